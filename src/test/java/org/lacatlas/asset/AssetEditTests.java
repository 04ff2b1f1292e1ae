package org.lacatlas.asset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pinning and editing: the publish rule, versions and 412, soft close, the change log.
 */
class AssetEditTests extends AssetApiTest {

	@Test
	void coordinatorsAssetsStartProposedAndOnlyAPlannerPublishesThem() {
		JsonNode asset = create("coordinator", feature(unique("Tuesday lunch club"), "lunch-club", 0.325, 51.478,
				Map.of("status", "published", "cost", "low", "tags", List.of("over 60s", "hot meal"))));
		long id = asset.get("id").asLong();
		assertThat(asset.at("/properties/status").asText()).isEqualTo("proposed");
		assertThat(asset.at("/properties/addedBy").asText()).isEqualTo("coordinator");
		assertThat(asset.at("/properties/version").asInt()).isEqualTo(1);
		assertThat(call("coordinator", HttpMethod.POST, "/api/assets/" + id + "/publish", null, null).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		var published = call("planner", HttpMethod.POST, "/api/assets/" + id + "/publish", null, "\"1\"");
		assertThat(published.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(published.getHeaders().getETag()).isEqualTo("\"2\"");
		assertThat(read(published.getBody()).at("/properties/status").asText()).isEqualTo("published");
		assertThat(get("councillor", "/api/assets/" + id).getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void plannersAssetsArePublishedStraightAway() {
		JsonNode asset = create("planner", feature(unique("Men's shed"), "mens-shed", 0.34, 51.49));
		assertThat(asset.at("/properties/status").asText()).isEqualTo("published");
	}

	@Test
	void aStaleEditGets412WithTheCurrentVersionAndOverwritesNothing() {
		long id = create("coordinator", feature(unique("Choir"), "music-choir", 0.33, 51.48)).get("id").asLong();
		var first = edit("coordinator", id, "\"1\"", "Choir rehearses on Mondays");
		assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(first.getHeaders().getETag()).isEqualTo("\"2\"");

		var second = edit("planner", id, "\"1\"", "Choir rehearses on Fridays");
		assertThat(second.getStatusCode()).isEqualTo(HttpStatus.PRECONDITION_FAILED);
		assertThat(second.getHeaders().getETag()).isEqualTo("\"2\"");
		JsonNode problem = read(second.getBody());
		assertThat(problem.get("currentVersion").asInt()).isEqualTo(2);
		assertThat(problem.at("/current/properties/description").asText()).isEqualTo("Choir rehearses on Mondays");
		assertThat(description(id)).isEqualTo("Choir rehearses on Mondays");

		ObjectNode retry = feature("Choir", "music-choir", 0.33, 51.48,
				Map.of("description", "Choir rehearses on Fridays", "version", 2));
		assertThat(call("planner", HttpMethod.PUT, "/api/assets/" + id, retry, null).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		assertThat(description(id)).isEqualTo("Choir rehearses on Fridays");
	}

	@Test
	void twoConcurrentEditsOfOneVersionSaveExactlyOne() throws Exception {
		long id = create("coordinator", feature(unique("Allotment"), "allotment-garden", 0.33, 51.48)).get("id")
			.asLong();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
			for (String text : List.of("Plots free in spring", "Waiting list open")) {
				Callable<ResponseEntity<String>> edit = () -> {
					start.await();
					return edit("coordinator", id, "\"1\"", text);
				};
				answers.add(pool.submit(edit));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			String saved = null;
			for (var answer : answers) {
				var response = answer.get();
				statuses.add(response.getStatusCode().value());
				if (response.getStatusCode().is2xxSuccessful()) {
					saved = read(response.getBody()).at("/properties/description").asText();
				}
			}
			assertThat(statuses).containsExactlyInAnyOrder(200, 412);
			assertThat(description(id)).isEqualTo(saved);
			assertThat(jdbc.sql("SELECT count(*) FROM asset_change WHERE asset_id = :id AND action = 'edit'")
				.param("id", id)
				.query(Integer.class)
				.single()).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void anEditThatDoesNotSayWhichVersionIsRefused() {
		long id = create("coordinator", feature(unique("Forum"), "forum", 0.33, 51.48)).get("id").asLong();
		var answer = call("coordinator", HttpMethod.PUT, "/api/assets/" + id, feature("Forum", "forum", 0.33, 51.48),
				null);
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.PRECONDITION_REQUIRED);
		assertThat(read(answer.getBody()).get("detail").asText()).contains("If-Match");
	}

	@Test
	void closingReopeningAndPublishingNeedTheVersionSeen() {
		long id = create("coordinator", feature(unique("Library"), "library", 0.33, 51.48)).get("id").asLong();
		for (String[] change : new String[][] { { "DELETE", "" }, { "POST", "/publish" } }) {
			var path = "/api/assets/" + id + change[1];
			var method = HttpMethod.valueOf(change[0]);
			assertThat(call("planner", method, path, null, null).getStatusCode())
				.isEqualTo(HttpStatus.PRECONDITION_REQUIRED);
			assertThat(call("planner", method, path, null, "\"7\"").getStatusCode())
				.isEqualTo(HttpStatus.PRECONDITION_FAILED);
		}
		call("planner", HttpMethod.DELETE, "/api/assets/" + id, null, "\"1\"");
		assertThat(call("planner", HttpMethod.POST, "/api/assets/" + id + "/reopen", null, null).getStatusCode())
			.isEqualTo(HttpStatus.PRECONDITION_REQUIRED);
		assertThat(call("planner", HttpMethod.POST, "/api/assets/" + id + "/reopen", null, "\"1\"").getStatusCode())
			.isEqualTo(HttpStatus.PRECONDITION_FAILED);
		assertThat(read(call("planner", HttpMethod.GET, "/api/assets/" + id, null, null).getBody())
			.at("/properties/status")
			.asText()).isEqualTo("closed");
	}

	@Test
	void closingIsSoftAndCanBeUndone() {
		long id = create("planner", feature(unique("Sailing club"), "sports-leisure", 0.44, 51.5)).get("id").asLong();
		var closed = call("coordinator", HttpMethod.DELETE, "/api/assets/" + id, null, "\"1\"");
		assertThat(read(closed.getBody()).at("/properties/status").asText()).isEqualTo("closed");
		assertThat(getJson("councillor", "/api/assets?q=" + nameOf(id).split(" ")[2]).get("total").asInt()).isZero();
		assertThat(edit("coordinator", id, "\"2\"", "still here?").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		var reopened = call("coordinator", HttpMethod.POST, "/api/assets/" + id + "/reopen", null, "\"2\"");
		assertThat(reopened.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(read(reopened.getBody()).at("/properties/status").asText()).isEqualTo("published");
		assertThat(read(reopened.getBody()).at("/properties/version").asInt()).isEqualTo(3);
	}

	@Test
	void everyChangeIsLoggedWithWhoWhenBeforeAndAfter() {
		long id = create("coordinator", feature(unique("Cafe"), "community-cafe", 0.33, 51.48)).get("id").asLong();
		edit("coordinator", id, "\"1\"", "Open Saturdays");
		call("planner", HttpMethod.POST, "/api/assets/" + id + "/publish", null, "\"2\"");
		call("planner", HttpMethod.DELETE, "/api/assets/" + id, null, "\"3\"");
		JsonNode log = getJson("planner", "/api/assets/" + id + "/changes");
		assertThat(log.findValuesAsText("action")).containsExactly("create", "edit", "publish", "close");
		assertThat(log.findValuesAsText("changedBy")).containsExactly("coordinator", "coordinator", "planner",
				"planner");
		assertThat(log.get(0).get("before").isNull()).isTrue();
		assertThat(log.get(1).at("/before/description").isNull()).isTrue();
		assertThat(log.get(1).at("/after/description").asText()).isEqualTo("Open Saturdays");
		assertThat(log.get(3).at("/after/status").asText()).isEqualTo("closed");
		assertThat(log.get(3).at("/after/location/type").asText()).isEqualTo("Point");
		assertThat(get("councillor", "/api/assets/" + id + "/changes").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	private ResponseEntity<String> edit(String user, long id, String ifMatch, String description) {
		var body = read(get(user, "/api/assets/" + id).getBody());
		((ObjectNode) body.get("properties")).put("description", description);
		return call(user, HttpMethod.PUT, "/api/assets/" + id, body, ifMatch);
	}

	private String description(long id) {
		return jdbc.sql("SELECT description FROM asset WHERE id = :id").param("id", id).query(String.class).single();
	}

	private String nameOf(long id) {
		return jdbc.sql("SELECT name FROM asset WHERE id = :id").param("id", id).query(String.class).single();
	}

}
