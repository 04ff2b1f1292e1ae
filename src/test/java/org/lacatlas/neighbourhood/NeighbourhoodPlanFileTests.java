package org.lacatlas.neighbourhood;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.lacatlas.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Export and import of the plan as CSV and GeoJSON: round trips, and refusals that change
 * nothing.
 */
class NeighbourhoodPlanFileTests extends IntegrationTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	ObjectMapper json;

	@Test
	void theExportedCsvImportsBackUnchangedKeepingCoordinatorPosts() {
		String csv = call(HttpMethod.GET, "/api/neighbourhoods/export.csv", null, null).getBody();
		assertThat(csv.lines()).hasSize(101).first().asString().startsWith("small_area_code,");
		Map<String, Long> before = assignments();
		List<Long> patches = posts();
		ResponseEntity<String> answer = call(HttpMethod.POST, "/api/neighbourhoods/import?version=" + version(), csv,
				"text/csv");
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(assignments()).isEqualTo(before);
		assertThat(posts()).isEqualTo(patches);
	}

	@Test
	void theGeoJsonExportImportsBack() {
		String geoJson = call(HttpMethod.GET, "/api/neighbourhoods", null, null).getBody();
		Map<String, Long> before = assignments();
		ResponseEntity<String> answer = call(HttpMethod.POST, "/api/neighbourhoods/import?version=" + version(),
				geoJson, "application/geo+json");
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(assignments()).isEqualTo(before);
	}

	@Test
	void aBadFileIsRefusedRowByRowAndNothingChanges() throws Exception {
		List<String> lines = new ArrayList<>(
				call(HttpMethod.GET, "/api/neighbourhoods/export.csv", null, null).getBody().lines().toList());
		String[] second = lines.get(2).split(",");
		lines.set(1, "E01999999,Nowhere,Grays,1"); // unknown code, and the area it
													// replaced is in no neighbourhood
		lines.add(String.join(",", second)); // listed twice
		String far = farApartArea(lines);
		lines.add(far); // this one moves to a neighbourhood it does not touch, which then
						// has two pieces
		lines.removeIf(line -> line.startsWith(far.split(",")[0] + ",") && !line.equals(far));
		int version = version();
		Map<String, Long> before = assignments();
		ResponseEntity<String> answer = call(HttpMethod.POST, "/api/neighbourhoods/import?version=" + version,
				String.join("\n", lines), "text/csv");
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		String errors = json.readTree(answer.getBody()).get("errors").toString();
		assertThat(errors).contains("row 2: unknown small area code 'E01999999'")
			.contains("is listed twice")
			.contains("is in no neighbourhood")
			.contains("separate pieces");
		assertThat(assignments()).isEqualTo(before);
		assertThat(version()).isEqualTo(version);
	}

	@Test
	void aStaleImportIsRefused() {
		String csv = call(HttpMethod.GET, "/api/neighbourhoods/export.csv", null, null).getBody();
		ResponseEntity<String> answer = call(HttpMethod.POST, "/api/neighbourhoods/import?version=" + (version() - 1),
				csv, "text/csv");
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.PRECONDITION_FAILED);
	}

	/**
	 * A CSV line putting the first area of the first neighbourhood into the neighbourhood
	 * farthest away.
	 */
	private String farApartArea(List<String> lines) {
		String[] row = lines.get(5).split(",");
		String target = jdbc
			.sql("""
					SELECT b.name FROM neighbourhood a, neighbourhood b, neighbourhood_area na
					WHERE na.small_area_code = :code AND a.id = na.neighbourhood_id AND b.plan_id = a.plan_id AND b.id <> a.id
					ORDER BY ST_Distance(a.outline, b.outline) DESC LIMIT 1
					""")
			.param("code", row[0])
			.query(String.class)
			.single();
		return row[0] + "," + row[1] + "," + target + ",0";
	}

	private int version() {
		return jdbc.sql("SELECT version FROM neighbourhood_plan WHERE authority_code = 'E06000034'")
			.query(Integer.class)
			.single();
	}

	private Map<String, Long> assignments() {
		Map<String, Long> map = new java.util.TreeMap<>();
		jdbc.sql("SELECT small_area_code, neighbourhood_id FROM neighbourhood_area WHERE plan_id = "
				+ "(SELECT id FROM neighbourhood_plan WHERE authority_code = 'E06000034')")
			.query((rs, n) -> map.put(rs.getString(1), rs.getLong(2)))
			.list();
		return map;
	}

	private List<Long> posts() {
		return jdbc.sql("SELECT neighbourhood_id FROM coordinator_post WHERE authority_code = 'E06000034' ORDER BY id")
			.query(Long.class)
			.list();
	}

	private ResponseEntity<String> call(HttpMethod method, String path, String body, String type) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBasicAuth("planner", PASSWORD);
		if (type != null) {
			headers.setContentType(MediaType.parseMediaType(type));
		}
		return http.exchange(url(path), method, new HttpEntity<>(body, headers), String.class);
	}

}
