package org.lacatlas;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plain start (no demo profile) on an empty database holds no council: no Thurrock, no
 * assets, no users, nothing a real council did not import. Run in a schema of its own in
 * the tests' database, so the shared context's data is neither seen nor touched.
 */
class PlainStartTests {

	static final String SCHEMA = "plain_start";

	static final List<String> TABLES = List.of("council", "authority", "ward", "small_area", "neighbourhood_plan",
			"coordinator_post", "asset", "asset_dataset", "introduction", "app_user", "scenario");

	@Test
	void anEmptyDatabaseStartsWithNoCouncilAndNothingLoaded() throws Exception {
		String url = System.getenv("SPRING_DATASOURCE_URL");
		assertThat(url).as("scripts/test provides the database").isNotBlank();
		String inSchema = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA + ",public";
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(LacAtlasApplication.class).run(
				"--spring.datasource.url=" + inSchema, "--spring.flyway.default-schema=" + SCHEMA,
				"--spring.flyway.schemas=" + SCHEMA, "--server.port=0", "--lacatlas.map.basemap-url=")) {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			for (String table : TABLES) {
				assertThat(jdbc.sql("SELECT count(*) FROM " + SCHEMA + "." + table).query(Long.class).single())
					.as(table)
					.isZero();
			}
			assertThat(get(port, "/api/councils").body()).isEqualTo("[]");
			HttpResponse<String> council = get(port, "/api/council");
			assertThat(council.statusCode()).isEqualTo(404);
			assertThat(council.body()).contains("No council has been loaded yet");
			assertThat(get(port, "/").body()).doesNotContain("Thurrock");
		}
		finally {
			JdbcClient
				.create(new org.springframework.jdbc.datasource.DriverManagerDataSource(url,
						System.getenv("SPRING_DATASOURCE_USERNAME"), System.getenv("SPRING_DATASOURCE_PASSWORD")))
				.sql("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE")
				.update();
		}
	}

	private static HttpResponse<String> get(int port, String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
	}

}
