package org.lacatlas.asset;

import java.io.StringReader;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CSV and GeoJSON in (all or nothing, duplicates reported) and out, and Open Referral UK.
 */
class AssetImportExportTests extends AssetApiTest {

	private static final String HEADER = "name,category,lon,lat,Opening times,email,tags\n";

	@Test
	void aCsvImportAddsEveryRowAsProposedForACoordinator() {
		String tag = unique("import");
		String csv = HEADER + "\"Walking group, Orsett\",sports-leisure,0.366,51.511,Thursdays 10:00,walk@example.org,"
				+ tag + ";outdoors\n" + "Bereavement cafe,support-group,0.33,51.48,,,\"" + tag + "\"\n";
		ResponseEntity<String> answer = importFile("coordinator", csv, "text/csv", "");
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(read(answer.getBody()).get("imported").asInt()).isEqualTo(2);
		JsonNode found = getJson("coordinator", "/api/assets?q=" + tag.split(" ")[1]);
		assertThat(found.findValuesAsText("name")).containsExactlyInAnyOrder("Walking group, Orsett",
				"Bereavement cafe");
		assertThat(found.findValuesAsText("status")).containsOnly("proposed");
		assertThat(found.findValuesAsText("openingTimes")).contains("Thursdays 10:00");
	}

	@Test
	void anImportWithAnyBadRowStoresNothingAndReportsEveryRow() {
		long assets = assets();
		String csv = HEADER + "Good row,library,0.33,51.48,,,\n" + ",library,0.33,51.48,,,\n"
				+ "Bad category,pub,0.33,51.48,,,\n" + "Bad email,library,0.33,51.48,,not-an-email,\n"
				+ "Outside,library,-0.12,51.5,,,\n";
		ResponseEntity<String> answer = importFile("planner", csv, "text/csv", "");
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		JsonNode errors = read(answer.getBody()).get("errors");
		assertThat(errors.findValuesAsText("row")).containsExactly("2", "3", "4");
		assertThat(errors.findValuesAsText("field")).containsExactly("name", "category", "email");
		assertThat(assets()).isEqualTo(assets);
		// Location is checked once every row is otherwise right.
		String outside = HEADER + "Good row,library,0.33,51.48,,,\n" + "Outside,library,-0.12,51.5,,,\n";
		JsonNode location = read(importFile("planner", outside, "text/csv", "").getBody()).get("errors");
		assertThat(location.findValuesAsText("row")).containsExactly("2");
		assertThat(location.findValuesAsText("field")).containsExactly("location");
		assertThat(assets()).isEqualTo(assets);
	}

	@Test
	void likelyDuplicatesAreReportedNotMergedUnlessAllowed() {
		long assets = assets();
		// Thurrock Health Centre is seeded at 0.323317, 51.477404; this point is about 20
		// m away.
		String csv = HEADER + "thurrock health centre,gp-surgery,0.3236,51.4775,,,\n"
				+ "Twin club,social-group,0.40,51.50,,,\n" + "TWIN CLUB,social-group,0.4002,51.5001,,,\n";
		ResponseEntity<String> refused = importFile("planner", csv, "text/csv", "");
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		JsonNode errors = read(refused.getBody()).get("errors");
		assertThat(errors.findValuesAsText("row")).containsExactly("1", "3");
		assertThat(errors.get(0).get("message").asText()).contains("Thurrock Health Centre").contains("duplicate");
		assertThat(errors.get(1).get("message").asText()).contains("row 2");
		assertThat(assets()).isEqualTo(assets);

		ResponseEntity<String> dryRun = importFile("planner", csv, "text/csv", "?allowDuplicates=true&dryRun=true");
		assertThat(dryRun.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(read(dryRun.getBody()).get("duplicates")).hasSize(2);
		assertThat(assets()).isEqualTo(assets);

		ResponseEntity<String> allowed = importFile("planner", csv, "text/csv", "?allowDuplicates=true");
		assertThat(allowed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(assets()).isEqualTo(assets + 3);
	}

	@Test
	void aGeoJsonImportTakesFeatures() {
		String name = unique("Geo import");
		var collection = json.createObjectNode().put("type", "FeatureCollection");
		collection.putArray("features").add(feature(name, "volunteering", 0.35, 51.49));
		ResponseEntity<String> answer = importFile("planner", collection.toString(), "application/geo+json", "");
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		long id = read(answer.getBody()).at("/ids/0").asLong();
		assertThat(getJson("councillor", "/api/assets/" + id).at("/properties/name").asText()).isEqualTo(name);
	}

	@Test
	void theCsvExportHoldsWhatTheSearchMatchesAndImportsBack() throws Exception {
		ResponseEntity<String> answer = get("councillor", "/api/assets/export.csv?category=library");
		assertThat(answer.getHeaders().getContentType().toString()).startsWith("text/csv");
		List<CSVRecord> rows = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(answer.getBody()))
			.getRecords();
		assertThat(rows).hasSize(10);
		assertThat(rows.get(0).get("name")).isEqualTo("Aveley Library within Aveley Community Hub");
		assertThat(Double.parseDouble(rows.get(0).get("lon"))).isBetween(0.25, 0.26);
		ResponseEntity<String> again = importFile("planner", answer.getBody(), "text/csv", "?dryRun=true");
		assertThat(again.getStatusCode()).as(again.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(read(again.getBody()).get("errors")).hasSize(10);
		assertThat(read(again.getBody()).get("title").asText()).contains("duplicates");
	}

	@Test
	void theGeoJsonExportIsEveryMatchingFeature() {
		JsonNode export = getJson("councillor", "/api/assets/export.geojson?category=pharmacy");
		assertThat(export.get("type").asText()).isEqualTo("FeatureCollection");
		assertThat(export.get("features")).hasSize(29);
		assertThat(export.get("attribution").asText()).contains("Crown copyright");
	}

	@Test
	void openReferralExportHasServicesWithOrganisationLocationAndTheirCategory() {
		String name = unique("Advice drop-in");
		create("planner",
				feature(name, "advice", 0.33, 51.48,
						java.util.Map.of("phone", "01375 123456", "email", "advice@example.org", "openingTimes",
								"Wednesdays 10-12", "cost", "free", "address", "1 High Street", "postcode",
								"RM17 6SL")));
		JsonNode page = getJson("councillor", "/api/assets/export/openreferral.json");
		assertThat(page.get("total_items").asInt()).isEqualTo(page.get("contents").size()).isGreaterThan(226);
		JsonNode service = null;
		for (JsonNode s : page.get("contents")) {
			if (s.get("name").asText().equals(name)) {
				service = s;
			}
		}
		assertThat(service).isNotNull();
		assertThat(service.get("id").asText()).matches("[0-9a-f-]{36}");
		assertThat(service.get("status").asText()).isEqualTo("active");
		assertThat(service.get("fees").asText()).isEqualTo("Free");
		assertThat(service.get("email").asText()).isEqualTo("advice@example.org");
		assertThat(service.at("/organization/name").asText()).isEqualTo(name);
		// the UK profile has no phones: the number is not published there
		assertThat(service.toString()).doesNotContain("01375 123456");
		assertThat(service.at("/schedules/0/description").asText()).isEqualTo("Wednesdays 10-12");
		assertThat(service.at("/service_at_locations/0/location/latitude").asDouble()).isBetween(51.47, 51.49);
		assertThat(service.at("/service_at_locations/0/location/addresses/0/country").asText()).isEqualTo("GB");
		assertThat(service.at("/service_at_locations/0/location/addresses/0/postal_code").asText())
			.isEqualTo("RM17 6SL");
		assertThat(service.at("/attributes/0/taxonomy_term/term").asText()).isEqualTo("advice");
		assertThat(service.at("/attributes/0/taxonomy_term/name").asText()).isEqualTo("Advice");
	}

	private ResponseEntity<String> importFile(String user, String body, String type, String query) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBasicAuth(user, PASSWORD);
		headers.setContentType(MediaType.parseMediaType(type));
		return http.exchange(url("/api/assets/import" + query), HttpMethod.POST, new HttpEntity<>(body, headers),
				String.class);
	}

}
