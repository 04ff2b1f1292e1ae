package org.lacatlas.security;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacatlas.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Browsers on other sites: public read-only endpoints answer any origin with
 * {@code Access-Control-Allow-Origin: *} and no credentials; the trusted origin
 * (lacatlas.cors.allowed-origins) reaches the signed-in API with credentials; other
 * preflights are refused.
 */
class CorsTests extends IntegrationTest {

	static final String STRANGER = "https://elsewhere.example.net";

	@Autowired
	TestRestTemplate http;

	@ParameterizedTest
	@ValueSource(strings = { "/ogc", "/ogc/collections/wards/items?council=E06000034",
			"/tiles/small-areas/12/2051/1362.mvt?council=E06000034", "/tiles/small-areas.json?council=E06000034",
			"/openreferral/services?council=E06000034", "/api/wards?council=E06000034", "/api/wards/E05002235",
			"/api/small-areas?bbox=0.2,51.4,0.6,51.6&council=E06000034", "/api/borough?council=E06000034",
			"/v3/api-docs" })
	void publicReadsAnswerAnyOriginWithoutCredentials(String path) {
		ResponseEntity<String> preflight = preflight(path, STRANGER, "GET");
		assertThat(preflight.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(preflight.getHeaders().getAccessControlAllowOrigin()).isEqualTo("*");
		assertThat(preflight.getHeaders().getAccessControlAllowMethods()).contains(HttpMethod.GET);
		ResponseEntity<String> read = get(path, STRANGER);
		assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(read.getHeaders().getAccessControlAllowOrigin()).isEqualTo("*");
		assertThat(read.getHeaders().getAccessControlAllowCredentials()).isFalse();
	}

	@Test
	void theSignedInApiIsClosedToOtherOriginsAndOpenToTheTrustedOneWithCredentials() {
		for (String path : List.of("/api/coverage", "/api/neighbourhoods", "/api/wards/E05002235/coverage")) {
			assertThat(preflight(path, STRANGER, "GET").getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
			ResponseEntity<String> trusted = preflight(path, TRUSTED_ORIGIN, "GET");
			assertThat(trusted.getStatusCode()).isEqualTo(HttpStatus.OK);
			assertThat(trusted.getHeaders().getAccessControlAllowOrigin()).isEqualTo(TRUSTED_ORIGIN);
			assertThat(trusted.getHeaders().getAccessControlAllowCredentials()).isTrue();
		}
		// writes: not even to public paths from a stranger; with credentials from the
		// trusted origin
		assertThat(preflight("/api/assets", STRANGER, "POST").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(preflight("/api/wards", STRANGER, "DELETE").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		ResponseEntity<String> write = preflight("/api/assets", TRUSTED_ORIGIN, "POST");
		assertThat(write.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(write.getHeaders().getAccessControlAllowMethods()).contains(HttpMethod.POST);
		HttpHeaders headers = new HttpHeaders();
		headers.setOrigin(TRUSTED_ORIGIN);
		headers.setBasicAuth("planner", PASSWORD);
		ResponseEntity<String> read = http.exchange(url("/api/coverage"), HttpMethod.GET, new HttpEntity<>(headers),
				String.class);
		assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(read.getHeaders().getAccessControlAllowOrigin()).isEqualTo(TRUSTED_ORIGIN);
		assertThat(read.getHeaders().getAccessControlAllowCredentials()).isTrue();
	}

	@Test
	void aPrivateAnswerToAStrangerCarriesNoCorsHeaderSoItsBrowserCannotReadIt() {
		HttpHeaders headers = new HttpHeaders();
		headers.setOrigin(STRANGER);
		headers.setBasicAuth("planner", PASSWORD);
		ResponseEntity<String> answer = http.exchange(url("/api/coverage"), HttpMethod.GET, new HttpEntity<>(headers),
				String.class);
		assertThat(answer.getHeaders().getAccessControlAllowOrigin()).isNull();
	}

	private ResponseEntity<String> preflight(String path, String origin, String method) {
		HttpHeaders headers = new HttpHeaders();
		headers.setOrigin(origin);
		headers.set(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, method);
		headers.set(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "accept");
		return http.exchange(url(path), HttpMethod.OPTIONS, new HttpEntity<>(headers), String.class);
	}

	private ResponseEntity<String> get(String path, String origin) {
		HttpHeaders headers = new HttpHeaders();
		headers.setOrigin(origin);
		return http.exchange(url(path), HttpMethod.GET, new HttpEntity<>(headers), String.class);
	}

}
