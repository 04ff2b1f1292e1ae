package org.lacatlas.coordinator;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lacatlas.IntegrationTest;
import org.lacatlas.SecondCouncil;

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
 * Who holds a post: the demo coordinator holds Grays Riverside; a coordinator whom no
 * post names is told what to do; planners name and free holders (one post each, a
 * coordinator of their own council, the post's version checked). Eastwick's posts are
 * used for the changes and freed again after each test.
 */
class PostHolderTests extends IntegrationTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	ObjectMapper json;

	private static final String EAST_PLANNER = SecondCouncil.user("planner");

	private static final String EAST_COORDINATOR = SecondCouncil.user("coordinator");

	@AfterEach
	void freeEastwicksPosts() {
		jdbc.sql("UPDATE coordinator_post SET held_by = NULL WHERE authority_code = :a")
			.param("a", SecondCouncil.CODE)
			.update();
	}

	private ResponseEntity<String> call(String user, HttpMethod method, String path, Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBasicAuth(user, PASSWORD);
		headers.setContentType(MediaType.APPLICATION_JSON);
		return http.exchange(url(path), method, new HttpEntity<>(body, headers), String.class);
	}

	private JsonNode read(ResponseEntity<String> answer, HttpStatus expected) throws Exception {
		assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(expected);
		return json.readTree(answer.getBody());
	}

	private JsonNode eastwickPost(String name) throws Exception {
		for (JsonNode post : read(call(EAST_PLANNER, HttpMethod.GET, "/api/coordinators", null), HttpStatus.OK)) {
			if (post.get("name").asText().equals(name)) {
				return post;
			}
		}
		throw new AssertionError("no post " + name);
	}

	private ResponseEntity<String> name(String user, JsonNode post, Object username, Object version) {
		Map<String, Object> body = new java.util.HashMap<>();
		body.put("username", username);
		body.put("version", version);
		return call(user, HttpMethod.PUT, "/api/coordinators/" + post.get("id").asLong() + "/holder", body);
	}

	@Test
	void theDemoCoordinatorHoldsGraysRiverside() throws Exception {
		JsonNode mine = read(call("coordinator", HttpMethod.GET, "/api/coordinators/mine", null), HttpStatus.OK);
		assertThat(mine.at("/post/name").asText()).isEqualTo("Grays Riverside");
		assertThat(mine.at("/post/patch/id").asLong()).isPositive();
		assertThat(mine.has("advice")).isFalse();
		// The general list of posts names no people
		assertThat(call("councillor", HttpMethod.GET, "/api/coordinators", null).getBody()).doesNotContain("heldBy")
			.doesNotContain("\"coordinator\"");
	}

	@Test
	void aCoordinatorWhomNoPostNamesIsToldWhatToDo() throws Exception {
		JsonNode mine = read(call(EAST_COORDINATOR, HttpMethod.GET, "/api/coordinators/mine", null), HttpStatus.OK);
		assertThat(mine.has("post")).isFalse();
		assertThat(mine.get("advice").asText()).startsWith("No coordinator post names you")
			.contains("Ask a planner or your council's administrator");
	}

	@Test
	void aPlannerNamesAndFreesTheHolderOfAPost() throws Exception {
		JsonNode north = eastwickPost("Eastwick North");
		JsonNode held = read(name(EAST_PLANNER, north, EAST_COORDINATOR, north.get("version").asInt()), HttpStatus.OK);
		assertThat(held.get("heldBy").asText()).isEqualTo(EAST_COORDINATOR);
		assertThat(held.at("/post/version").asInt()).isEqualTo(north.get("version").asInt() + 1);
		JsonNode mine = read(call(EAST_COORDINATOR, HttpMethod.GET, "/api/coordinators/mine", null), HttpStatus.OK);
		assertThat(mine.at("/post/name").asText()).isEqualTo("Eastwick North");

		JsonNode freed = read(name(EAST_PLANNER, north, null, held.at("/post/version").asInt()), HttpStatus.OK);
		assertThat(freed.has("heldBy")).isFalse();
		mine = read(call(EAST_COORDINATOR, HttpMethod.GET, "/api/coordinators/mine", null), HttpStatus.OK);
		assertThat(mine.has("post")).isFalse();
	}

	@Test
	void aCoordinatorHoldsOnePostAtATime() throws Exception {
		JsonNode north = eastwickPost("Eastwick North");
		read(name(EAST_PLANNER, north, EAST_COORDINATOR, north.get("version").asInt()), HttpStatus.OK);
		JsonNode south = eastwickPost("Eastwick South");
		JsonNode refused = read(name(EAST_PLANNER, south, EAST_COORDINATOR, south.get("version").asInt()),
				HttpStatus.CONFLICT);
		assertThat(refused.get("detail").asText()).contains("already holds the post Eastwick North");
		assertThat(eastwickPost("Eastwick South").get("version").asInt()).isEqualTo(south.get("version").asInt());
	}

	@Test
	void onlyACoordinatorOfTheSameCouncilMayHoldAPost() throws Exception {
		JsonNode north = eastwickPost("Eastwick North");
		int version = north.get("version").asInt();
		for (String user : new String[] { "coordinator", EAST_PLANNER, "nobody-here" }) {
			JsonNode refused = read(name(EAST_PLANNER, north, user, version), HttpStatus.BAD_REQUEST);
			assertThat(refused.get("detail").asText()).contains("is not a coordinator of this council");
		}
		assertThat(read(name(EAST_PLANNER, north, "", version), HttpStatus.BAD_REQUEST).get("detail").asText())
			.startsWith("username is required");
		assertThat(eastwickPost("Eastwick North").get("version").asInt()).isEqualTo(version);
	}

	@Test
	void aStaleOrMissingVersionIsRefused() throws Exception {
		JsonNode north = eastwickPost("Eastwick North");
		int version = north.get("version").asInt();
		read(name(EAST_PLANNER, north, EAST_COORDINATOR, version - 1), HttpStatus.PRECONDITION_FAILED);
		read(name(EAST_PLANNER, north, EAST_COORDINATOR, null), HttpStatus.PRECONDITION_REQUIRED);
		assertThat(
				read(call(EAST_COORDINATOR, HttpMethod.GET, "/api/coordinators/mine", null), HttpStatus.OK).has("post"))
			.isFalse();
	}

	@Test
	void aBodyThatIsNotAHolderChangeIsA400Problem() throws Exception {
		JsonNode north = eastwickPost("Eastwick North");
		String path = "/api/coordinators/" + north.get("id").asLong() + "/holder";
		for (String body : new String[] { "not json", "[]",
				"{\"username\":\"" + EAST_COORDINATOR + "\",\"version\":" + north.get("version").asInt()
						+ ",\"verison\":1}",
				"{\"username\":1,\"version\":1}", "{\"username\":\"a\\u0000b\",\"version\":1}" }) {
			ResponseEntity<String> answer = call(EAST_PLANNER, HttpMethod.PUT, path, body);
			assertThat(answer.getStatusCode()).as(body + " → " + answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
		}
		assertThat(eastwickPost("Eastwick North").get("version").asInt()).isEqualTo(north.get("version").asInt());
	}

	@Test
	void coordinatorsCannotNameHoldersAndPlannersOnlyTheirOwnCouncilsPosts() throws Exception {
		JsonNode north = eastwickPost("Eastwick North");
		int version = north.get("version").asInt();
		read(name(EAST_COORDINATOR, north, EAST_COORDINATOR, version), HttpStatus.FORBIDDEN);
		read(name("planner", north, EAST_COORDINATOR, version), HttpStatus.NOT_FOUND);
		read(call("planner", HttpMethod.GET, "/api/coordinators/" + north.get("id").asLong() + "/holder", null),
				HttpStatus.NOT_FOUND);
		assertThat(eastwickPost("Eastwick North").get("version").asInt()).isEqualTo(version);
	}

	private java.util.List<String> coordinatorAccountsOf(String council) {
		return jdbc
			.sql("SELECT username FROM app_user WHERE council_code = :c AND role = 'COORDINATOR' ORDER BY username")
			.param("c", council)
			.query(String.class)
			.list();
	}

	private Map<String, JsonNode> holders(String user) throws Exception {
		Map<String, JsonNode> byName = new java.util.LinkedHashMap<>();
		for (JsonNode account : read(call(user, HttpMethod.GET, "/api/coordinators/holders", null), HttpStatus.OK)) {
			byName.put(account.get("username").asText(), account);
		}
		return byName;
	}

	@Test
	void plannersAndAdminsListTheirOwnCouncilsCoordinatorAccountsOnly() throws Exception {
		JsonNode north = eastwickPost("Eastwick North");
		read(name(EAST_PLANNER, north, EAST_COORDINATOR, north.get("version").asInt()), HttpStatus.OK);
		java.util.List<String> thurrock = coordinatorAccountsOf("E06000034");
		java.util.List<String> eastwick = coordinatorAccountsOf(SecondCouncil.CODE);
		assertThat(thurrock).contains("coordinator").doesNotContainAnyElementsOf(eastwick);
		assertThat(eastwick).contains(EAST_COORDINATOR);
		for (String user : new String[] { "planner", "admin" }) {
			Map<String, JsonNode> listed = holders(user);
			assertThat(listed.keySet()).as(user).containsExactlyElementsOf(thurrock);
			assertThat(listed.get("coordinator").at("/holds/name").asText()).isEqualTo("Grays Riverside");
			assertThat(listed.get("coordinator").get("enabled").asBoolean()).isTrue();
		}
		for (String user : new String[] { EAST_PLANNER, SecondCouncil.user("admin") }) {
			Map<String, JsonNode> listed = holders(user);
			assertThat(listed.keySet()).as(user).containsExactlyElementsOf(eastwick);
			assertThat(listed.get(EAST_COORDINATOR).at("/holds/id").asLong()).isEqualTo(north.get("id").asLong());
			assertThat(listed.get(EAST_COORDINATOR).at("/holds/name").asText()).isEqualTo("Eastwick North");
			assertThat(listed.values()).noneMatch(a -> a.toString().contains("Grays Riverside"));
		}
	}

	@Test
	void coordinatorsAndCouncillorsMayNotListCoordinatorAccountsNorAnyoneSignedOut() throws Exception {
		for (String user : new String[] { "coordinator", "councillor", EAST_COORDINATOR,
				SecondCouncil.user("councillor") }) {
			ResponseEntity<String> refused = call(user, HttpMethod.GET, "/api/coordinators/holders", null);
			assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
			assertThat(refused.getBody()).doesNotContain("coordinator\"").doesNotContain(EAST_COORDINATOR);
		}
		ResponseEntity<String> signedOut = http.getForEntity(url("/api/coordinators/holders"), String.class);
		assertThat(signedOut.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

}
