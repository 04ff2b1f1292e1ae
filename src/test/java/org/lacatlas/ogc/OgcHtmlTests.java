package org.lacatlas.ogc;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every OGC resource in HTML, by {@code f=html} or a browser's Accept header: plain,
 * accessible pages with no script; GIS clients and scripts still get JSON.
 */
class OgcHtmlTests extends OgcClient {

	static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	@ParameterizedTest
	@ValueSource(strings = { "/ogc", "/ogc/conformance", "/ogc/api", "/ogc/collections", "/ogc/collections/wards",
			"/ogc/collections/wards/queryables", "/ogc/collections/wards/items?limit=5",
			"/ogc/collections/wards/items/E05002235" })
	void browsersGetAccessiblePlainHtmlAndClientsJson(String path) {
		for (ResponseEntity<String> page : List.of(call(path, BROWSER, null),
				call(path + (path.contains("?") ? "&" : "?") + "f=html", "application/json", null))) {
			assertThat(page.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
			assertThat(page.getHeaders().getContentType().toString()).startsWith("text/html");
			assertThat(page.getBody()).startsWith("<!DOCTYPE html>")
				.contains("<html lang=\"en\">", "<title>", "<h1>", "<main>")
				.doesNotContainIgnoringCase("<script");
			if (page.getBody().contains("<table>")) {
				assertThat(page.getBody()).contains("<caption>", "<th scope=\"col\">");
			}
		}
		for (String accept : new String[] { null, "*/*", "application/json", "application/*" }) {
			ResponseEntity<String> data = call(path, accept, null);
			assertThat(data.getStatusCode()).as(path + " " + accept).isEqualTo(HttpStatus.OK);
			assertThat(data.getHeaders().getContentType().toString()).as(path + " " + accept).contains("json");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/ogc", "/ogc/collections/wards/items" })
	void anAcceptHeaderAllowingNeitherIs406(String path) {
		ResponseEntity<String> answer = call(path, "application/xml", null);
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_ACCEPTABLE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/ogc/collections/small-areas/items?limit=3&f=html" })
	void featurePagesLinkOnAndToTheirFeatures(String path) {
		String html = call(path, null, null).getBody();
		assertThat(html).contains("3 of 100 features", "Next page", "council=E06000034\">E01", "This page as GeoJSON");
		assertThat(html).contains("offset=3&amp;council=E06000034&amp;f=html");
	}

}
