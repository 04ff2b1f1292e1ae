package org.lacatlas.geography;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lacatlas.IntegrationTest;
import org.lacatlas.SecondCouncil;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Adding a council from the admin page: the manifest and its files are uploaded, the
 * import runs in the background and reports each step, a refusal lists every problem and
 * changes nothing, and a council's administrator may import only their own council.
 */
class CouncilImportJobTests extends IntegrationTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	ObjectMapper json;

	@TempDir
	Path dir;

	@AfterEach
	void removeTheFictitiousCouncil() {
		FictitiousCouncil.delete(jdbc);
	}

	@Test
	void aServiceAdministratorAddsACouncilAndFollowsItToTheEnd() throws Exception {
		FictitiousCouncil.fromThurrock(jdbc).asGeoJson(dir.resolve("fictitious")).write();
		ResponseEntity<String> started = upload("service_admin", dir);
		assertThat(started.getStatusCode().value()).isEqualTo(202);
		JsonNode job = finished(started);
		assertThat(job.path("state").asText()).isEqualTo("done");
		assertThat(job.path("step").asInt()).isEqualTo(job.path("steps").asInt());
		assertThat(job.path("report").path("smallAreas").asInt()).isEqualTo(6);
		assertThat(json.readTree(http.getForObject(url("/api/councils"), String.class)).findValuesAsText("code"))
			.contains(FictitiousCouncil.CODE, THURROCK, SecondCouncil.CODE);
	}

	@Test
	void aRefusedUploadListsEveryProblemAndChangesNothing() throws Exception {
		CouncilFixture council = FictitiousCouncil.fromThurrock(jdbc).asGeoJson(dir.resolve("fictitious"));
		council.statistics().set("E01999991", "residents", "many").set("E01999992", "residents_65_plus", "99999");
		council.write();
		JsonNode job = finished(upload("service_admin", dir));
		assertThat(job.path("state").asText()).isEqualTo("refused");
		assertThat(job.path("problems").toString()).contains("row 2: 'residents' must be a whole number", "E01999992");
		assertThat(jdbc.sql("SELECT count(*) FROM council WHERE code = :c")
			.param("c", FictitiousCouncil.CODE)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aCouncilsAdministratorCannotAddAnotherCouncil() throws Exception {
		FictitiousCouncil.fromThurrock(jdbc).asGeoJson(dir.resolve("fictitious")).write();
		ResponseEntity<String> refused = upload(SecondCouncil.user("admin"), dir);
		assertThat(refused.getStatusCode().value()).isEqualTo(403);
		assertThat(upload("planner", dir).getStatusCode().value()).isEqualTo(403);
	}

	@Test
	void anUploadWithoutAManifestIsRefusedAtOnce() throws Exception {
		Files.writeString(dir.resolve("wards.geojson"), "{}");
		ResponseEntity<String> refused = upload("service_admin", dir);
		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(json.readTree(refused.getBody()).path("problems").toString()).contains("no manifest");
	}

	private JsonNode finished(ResponseEntity<String> started) throws Exception {
		String id = json.readTree(started.getBody()).path("id").asText();
		Instant until = Instant.now().plus(Duration.ofSeconds(60));
		while (true) {
			JsonNode job = json.readTree(http.withBasicAuth("service_admin", PASSWORD)
				.getForObject(url("/api/admin/imports/" + id), String.class));
			String state = job.path("state").asText();
			if (!state.equals("queued") && !state.equals("running") || Instant.now().isAfter(until)) {
				return job;
			}
			Thread.sleep(200);
		}
	}

	/**
	 * Every file under {@code root}, each part named by its path as a browser sends a
	 * folder.
	 */
	private ResponseEntity<String> upload(String user, Path root) throws IOException {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String name = root.relativize(file).toString();
				parts.add("files", new ByteArrayResource(Files.readAllBytes(file)) {
					@Override
					public String getFilename() {
						return name;
					}
				});
			}
		}
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		headers.setBasicAuth(user, PASSWORD);
		return http.postForEntity(url("/api/admin/imports"), new HttpEntity<>(parts, headers), String.class);
	}

}
