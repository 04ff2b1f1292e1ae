package org.lacatlas.system;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.lacatlas.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both OpenAPI documents — the app's ({@code /v3/api-docs}) and the OGC API's
 * ({@code /ogc/api}) — are clean under Redocly's recommended rules (Redocly CLI, pinned
 * in scripts/openapi-lint and installed there by scripts/test), and say what clients
 * need: how to sign in, what errors look like, typed parameters.
 */
class OpenApiLintTests extends IntegrationTest {

	private static final Path LINT = Path.of("scripts/openapi-lint");

	@Autowired
	TestRestTemplate http;

	@Autowired
	ObjectMapper json;

	@Test
	void theAppsDocumentHasNoLintErrorsOrWarnings() throws Exception {
		assertThat(lint("api-docs.json", "/v3/api-docs")).isEmpty();
	}

	@Test
	void theOgcApiDefinitionHasNoLintErrorsOrWarnings() throws Exception {
		assertThat(lint("ogc-api.json", "/ogc/api")).isEmpty();
	}

	@Test
	void everyOperationHasASummaryTypedAnswersAndProblemErrors() throws Exception {
		JsonNode api = json.readTree(http.getForObject(docs("/v3/api-docs"), String.class));
		assertThat(api.get("openapi").asText()).startsWith("3.0");
		assertThat(api.at("/components/securitySchemes/basicAuth/scheme").asText()).isEqualTo("basic");
		assertThat(api.at("/components/securitySchemes/sessionCookie/in").asText()).isEqualTo("cookie");
		List<String> faults = new ArrayList<>();
		api.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
			String name = op.getKey().toUpperCase() + " " + path.getKey();
			if (!op.getValue().hasNonNull("summary")) {
				faults.add(name + " has no summary (add it to api-operations.txt)");
			}
			if (op.getValue().toString().contains("*/*")) {
				faults.add(name + " answers */*");
			}
			boolean problem = false;
			for (var status = op.getValue().get("responses").fieldNames(); status.hasNext();) {
				problem |= status.next().startsWith("4");
			}
			if (!problem) {
				faults.add(name + " documents no 4xx error");
			}
		}));
		assertThat(faults).isEmpty();
		assertThat(api.at("/components/responses/Problem400/content/application~1problem+json")).isNotNull();
		JsonNode search = api.at("/paths/~1api~1assets/get/parameters");
		List<String> names = search.findValuesAsText("name");
		assertThat(names).contains("q", "category", "bbox", "near", "radius", "limit", "offset")
			.doesNotContain("params");
		for (JsonNode p : search) {
			if (p.get("name").asText().equals("bbox")) {
				assertThat(p.at("/schema/type").asText()).isEqualTo("array");
				assertThat(p.at("/schema/items/type").asText()).isEqualTo("number");
			}
			if (p.get("name").asText().equals("limit")) {
				assertThat(p.at("/schema/maximum").asInt()).isEqualTo(500);
			}
		}
	}

	/** Lints the document at {@code path}; the problems Redocly reports, as text. */
	private List<String> lint(String file, String path) throws Exception {
		File redocly = LINT.resolve("node_modules/.bin/redocly").toFile();
		assertThat(redocly).as("Redocly CLI is installed by scripts/test (npm ci in scripts/openapi-lint)").exists();
		Path document = Path.of("target/openapi", file);
		Files.createDirectories(document.getParent());
		Files.writeString(document, http.getForObject(docs(path), String.class), StandardCharsets.UTF_8);
		Process lint = new ProcessBuilder(redocly.getAbsolutePath(), "lint", "--format=json", "--max-problems=1000",
				"--config=" + LINT.resolve("redocly.yaml").toAbsolutePath(), document.toAbsolutePath().toString())
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
		String out = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(lint.waitFor(120, TimeUnit.SECONDS)).isTrue();
		List<String> problems = new ArrayList<>();
		for (JsonNode p : json.readTree(out).get("problems")) {
			problems.add(p.get("severity").asText() + " " + p.get("ruleId").asText() + " at "
					+ p.at("/location/0/pointer").asText() + ": " + p.get("message").asText());
		}
		return problems;
	}

	/**
	 * The document as served to 127.0.0.1: Redocly warns about servers on "localhost",
	 * which a real deployment never has.
	 */
	private String docs(String path) {
		return "http://127.0.0.1:" + port + path;
	}

}
