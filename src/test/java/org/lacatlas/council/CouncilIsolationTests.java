package org.lacatlas.council;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.lacatlas.IntegrationTest;
import org.lacatlas.SecondCouncil;
import org.lacatlas.ogc.MvtReader;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two councils in one database, Thurrock and Eastwick, each with its own plan, posts,
 * assets, scenarios, users and settings: no path lets a user of one read or change the
 * other's non-public data — not by id, not by naming the other council, not through OGC
 * pages, tiles or the caches in front of them — while public boundaries stay open to
 * anyone for any council.
 */
class CouncilIsolationTests extends IntegrationTest {

	static final String EASTWICK_PLANNER = SecondCouncil.user("planner");

	@Autowired
	TestRestTemplate http;

	@Autowired
	ObjectMapper json;

	@Test
	void eachCouncilsUsersSeeTheirOwnPlanPostsAndCoverage() throws Exception {
		JsonNode thurrock = get("planner", "/api/neighbourhoods");
		JsonNode eastwick = get(EASTWICK_PLANNER, "/api/neighbourhoods");
		assertThat(thurrock.path("plan").path("minResidents").asInt()).isEqualTo(8000);
		assertThat(eastwick.path("plan").path("minResidents").asInt()).isEqualTo(SecondCouncil.MIN);
		assertThat(ids(eastwick)).doesNotContainAnyElementsOf(ids(thurrock));
		List<String> posts = new ArrayList<>();
		get(EASTWICK_PLANNER, "/api/coordinators").forEach(p -> posts.add(p.path("name").asText()));
		assertThat(posts).containsExactlyInAnyOrder("Eastwick North", "Eastwick South", "Eastwick West");
		assertThat(get(EASTWICK_PLANNER, "/api/coverage").path("borough").path("code").asText())
			.isEqualTo(SecondCouncil.CODE);
		long thurrockNeighbourhood = ids(thurrock).get(0);
		assertThat(status(EASTWICK_PLANNER, HttpMethod.GET, "/api/neighbourhoods/" + thurrockNeighbourhood, null))
			.isEqualTo(404);
	}

	@Test
	void namingAnotherCouncilIsRefusedForItsOwnDataAndAllowedForPublicData() throws Exception {
		assertThat(status(EASTWICK_PLANNER, HttpMethod.GET, "/api/coverage?council=" + THURROCK, null)).isEqualTo(403);
		assertThat(status(EASTWICK_PLANNER, HttpMethod.GET, "/api/scenarios?council=" + THURROCK, null)).isEqualTo(403);
		assertThat(status(EASTWICK_PLANNER, HttpMethod.GET, "/api/assets?council=" + THURROCK, null)).isEqualTo(403);
		JsonNode wards = json.readTree(http.withBasicAuth(EASTWICK_PLANNER, PASSWORD)
			.getForObject(url("/api/wards?council=" + THURROCK), String.class));
		assertThat(wards.path("features").get(0).path("properties").path("council").asText()).isEqualTo(THURROCK);
		JsonNode eastwick = json
			.readTree(http.getForObject(url("/api/council?council=" + SecondCouncil.CODE), String.class));
		assertThat(eastwick.path("name").asText()).isEqualTo(SecondCouncil.NAME);
		assertThat(eastwick.path("area").asText()).isEqualTo("the city");
	}

	@Test
	void anotherCouncilsScenarioCannotBeReadCopiedComparedOrDeleted() throws Exception {
		JsonNode created = send("planner", HttpMethod.POST, "/api/scenarios",
				"{\"name\":\"Thurrock only\",\"fromCurrent\":true}");
		String id = created.path("id").asText();
		for (String path : List.of("/api/scenarios/" + id, "/api/scenarios/" + id + "/export.csv",
				"/api/scenarios/" + id + "/export.geojson", "/api/scenarios/compare?ids=" + id,
				"/api/coverage?scenario=" + id)) {
			assertThat(status(EASTWICK_PLANNER, HttpMethod.GET, path, null)).as(path).isEqualTo(404);
		}
		assertThat(status(EASTWICK_PLANNER, HttpMethod.POST, "/api/scenarios/" + id + "/copy", "{}")).isEqualTo(404);
		assertThat(status(EASTWICK_PLANNER, HttpMethod.DELETE, "/api/scenarios/" + id + "?version=1", null))
			.isEqualTo(404);
		assertThat(get(EASTWICK_PLANNER, "/api/scenarios").findValuesAsText("name")).doesNotContain("Thurrock only");
		assertThat(status("planner", HttpMethod.DELETE, "/api/scenarios/" + id + "?version=1", null)).isEqualTo(204);
	}

	@Test
	void anotherCouncilsAssetsAndPostsCannotBeReadOrChanged() throws Exception {
		long thurrockAsset = jdbc.sql("SELECT min(id) FROM asset WHERE authority_code = :c")
			.param("c", THURROCK)
			.query(Long.class)
			.single();
		assertThat(status(EASTWICK_PLANNER, HttpMethod.GET, "/api/assets/" + thurrockAsset, null)).isEqualTo(404);
		assertThat(status(EASTWICK_PLANNER, HttpMethod.DELETE, "/api/assets/" + thurrockAsset, null)).isEqualTo(404);
		assertThat(status(EASTWICK_PLANNER, HttpMethod.POST, "/api/assets/" + thurrockAsset + "/publish", null))
			.isEqualTo(404);
		JsonNode eastwickAssets = get(EASTWICK_PLANNER, "/api/assets?limit=500");
		assertThat(eastwickAssets.path("total").asInt()).isEqualTo(5);
		assertThat(eastwickAssets.findValuesAsText("name")).allMatch(n -> n.startsWith("Eastwick"));
		long thurrockPost = jdbc.sql("SELECT min(id) FROM coordinator_post WHERE authority_code = :c")
			.param("c", THURROCK)
			.query(Long.class)
			.single();
		assertThat(status(EASTWICK_PLANNER, HttpMethod.PUT, "/api/coordinators/" + thurrockPost,
				"{\"name\":\"Taken\",\"status\":\"VACANT\",\"version\":1}"))
			.isEqualTo(404);
		assertThat(jdbc.sql("SELECT name FROM coordinator_post WHERE id = :id")
			.param("id", thurrockPost)
			.query(String.class)
			.single()).isNotEqualTo("Taken");
	}

	@Test
	void ogcPagesAndTilesOfPrivateLayersHoldOnlyTheReadersCouncilEvenWhenCached() throws Exception {
		JsonNode thurrockPlan = get("planner", "/api/neighbourhoods");
		JsonNode eastwickPlan = get(EASTWICK_PLANNER, "/api/neighbourhoods");
		List<Long> thurrock = ids(thurrockPlan);
		List<Long> eastwick = ids(eastwickPlan);
		assertThat(thurrock).hasSize(17).doesNotContainAnyElementsOf(eastwick);
		for (int round = 0; round < 2; round++) {
			// The second round is answered from the caches the first one filled.
			assertThat(featureIds(get("planner", "/ogc/collections/neighbourhoods/items?limit=100")))
				.containsExactlyInAnyOrderElementsOf(thurrock);
			assertThat(featureIds(get(EASTWICK_PLANNER, "/ogc/collections/neighbourhoods/items?limit=100")))
				.containsExactlyInAnyOrderElementsOf(eastwick);
			assertThat(get(EASTWICK_PLANNER, "/ogc/collections/assets/items?limit=100").path("numberMatched").asInt())
				.isEqualTo(5);
			// One tile over both councils.
			assertThat(tileNames("planner")).isNotEmpty().allMatch(names(thurrockPlan)::contains);
			assertThat(tileNames(EASTWICK_PLANNER)).isNotEmpty()
				.allMatch(names(eastwickPlan)::contains)
				.anyMatch(n -> !names(thurrockPlan).contains(n));
		}
	}

	@Test
	void councilAdministratorsManageOnlyTheirOwnCouncilsUsersAndSettings() throws Exception {
		String admin = SecondCouncil.user("admin");
		assertThat(get(admin, "/api/admin/users").findValuesAsText("council")).containsOnly(SecondCouncil.CODE);
		assertThat(status(admin, HttpMethod.PATCH, "/api/admin/users/planner", "{\"enabled\":false}")).isEqualTo(404);
		assertThat(status(admin, HttpMethod.POST, "/api/admin/users",
				"{\"username\":\"sneaky\",\"password\":\"long-enough-1\",\"role\":\"SERVICE_ADMIN\"}"))
			.isEqualTo(403);
		JsonNode made = send(admin, HttpMethod.POST, "/api/admin/users",
				"{\"username\":\"eastwick-extra\",\"password\":\"long-enough-1\",\"role\":\"PLANNER\",\"council\":\""
						+ THURROCK + "\"}");
		assertThat(made.path("council").asText()).as("their own council, whatever they say")
			.isEqualTo(SecondCouncil.CODE);
		assertThat(get("service_admin", "/api/admin/users").findValuesAsText("council")).contains(THURROCK,
				SecondCouncil.CODE);
		jdbc.sql("DELETE FROM app_user WHERE username = 'eastwick-extra'").update();
	}

	@Test
	void aServiceAdministratorReadsPublicDataOnlyAndSeesEveryCouncilsUsers() {
		assertThat(status("service_admin", HttpMethod.GET, "/api/coverage", null)).isEqualTo(403);
		assertThat(status("service_admin", HttpMethod.GET, "/ogc/collections/neighbourhoods/items?council=" + THURROCK,
				null))
			.isEqualTo(403);
		assertThat(status("service_admin", HttpMethod.GET, "/api/wards?council=" + SecondCouncil.CODE, null))
			.isEqualTo(200);
	}

	private List<String> tileNames(String user) {
		byte[] tile = http.withBasicAuth(user, PASSWORD)
			.getForObject(url("/tiles/neighbourhoods/6/32/21.mvt"), byte[].class);
		List<String> names = new ArrayList<>();
		MvtReader.read(tile)
			.values()
			.forEach(l -> l.features().forEach(f -> names.add((String) f.properties().get("name"))));
		return names;
	}

	private static List<String> names(JsonNode collection) {
		List<String> names = new ArrayList<>();
		collection.path("features").forEach(f -> names.add(f.path("properties").path("name").asText()));
		return names;
	}

	private static List<Long> featureIds(JsonNode collection) {
		List<Long> ids = new ArrayList<>();
		collection.path("features").forEach(f -> ids.add(f.path("id").asLong()));
		return ids;
	}

	private static List<Long> ids(JsonNode collection) {
		List<Long> ids = new ArrayList<>();
		collection.path("features").forEach(f -> ids.add(f.path("properties").path("id").asLong()));
		return ids;
	}

	private JsonNode get(String user, String path) throws Exception {
		ResponseEntity<String> answer = http.withBasicAuth(user, PASSWORD).getForEntity(url(path), String.class);
		assertThat(answer.getStatusCode().value()).as("GET %s as %s", path, user).isEqualTo(200);
		return json.readTree(answer.getBody());
	}

	private JsonNode send(String user, HttpMethod method, String path, String body) throws Exception {
		var answer = exchange(user, method, path, body);
		assertThat(answer.getStatusCode().is2xxSuccessful()).as("%s %s as %s: %s", method, path, user, answer.getBody())
			.isTrue();
		return json.readTree(answer.getBody());
	}

	private int status(String user, HttpMethod method, String path, String body) {
		return exchange(user, method, path, body).getStatusCode().value();
	}

	private ResponseEntity<String> exchange(String user, HttpMethod method, String path, String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.setBasicAuth(user, PASSWORD);
		return http.exchange(url(path), method, new HttpEntity<>(body, headers), String.class);
	}

}
