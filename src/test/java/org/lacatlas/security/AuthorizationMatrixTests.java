package org.lacatlas.security;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lacatlas.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint × every role (and anonymous): the status each gets. Each later module
 * adds its rows. Requests that would change data carry a body that is refused after
 * authorisation (400/404), so the matrix never alters what other tests see; what matters
 * is 401/403 versus anything else.
 */
class AuthorizationMatrixTests extends IntegrationTest {

	/** Who asks; ANONYMOUS sends no credentials. */
	enum Caller {

		ANONYMOUS, PLANNER, COORDINATOR, COUNCILLOR, ADMIN, SERVICE_ADMIN

	}

	/**
	 * Expected statuses in the order of {@link Caller}. Where only five are given, the
	 * service administrator (who belongs to no council) is expected to read what anyone
	 * may read and be refused (403) everything of a council's own.
	 */
	record Row(HttpMethod method, String path, String body, int... given) {

		int[] expected() {
			if (given.length == Caller.values().length) {
				return given;
			}
			int[] all = java.util.Arrays.copyOf(given, Caller.values().length);
			all[Caller.SERVICE_ADMIN.ordinal()] = given[0] == 200 ? 200 : 403;
			return all;
		}

	}

	/**
	 * Thurrock's public data, named as an anonymous caller must on a server of several
	 * councils.
	 */
	static String thurrockPath(String path) {
		return path + (path.contains("?") ? "&" : "?") + "council=E06000034";
	}

	static final int OK = 200, BAD = 400, UNAUTHORISED = 401, FORBIDDEN = 403, NOT_FOUND = 404, NOT_ALLOWED = 405;

	static List<Row> rows() {
		List<Row> rows = new ArrayList<>();
		// Geography: public
		rows.add(new Row(HttpMethod.GET, thurrockPath("/api/borough"), null, OK, OK, OK, OK, OK));
		rows.add(new Row(HttpMethod.GET, thurrockPath("/api/wards"), null, OK, OK, OK, OK, OK));
		rows.add(new Row(HttpMethod.GET, thurrockPath("/api/wards/E05002235"), null, OK, OK, OK, OK, OK));
		rows.add(new Row(HttpMethod.GET, thurrockPath("/api/small-areas?bbox=0.2,51.4,0.6,51.6"), null, OK, OK, OK, OK,
				OK));
		rows.add(new Row(HttpMethod.GET, thurrockPath("/api/small-areas?bbox=0.2,51.4,0.6,51.6&geometry=false"), null,
				OK, OK, OK, OK, OK));
		rows.add(new Row(HttpMethod.GET, thurrockPath("/api/places"), null, OK, OK, OK, OK, OK));
		rows.add(new Row(HttpMethod.GET, thurrockPath("/api/places/search?q=Grays"), null, OK, OK, OK, OK, OK));
		rows.add(new Row(HttpMethod.GET, "/api/config", null, OK, OK, OK, OK, OK));
		// The map's vendored vector-tile renderer, a static file like the rest of the
		// page
		rows.add(new Row(HttpMethod.GET, "/vendor/leaflet.vectorgrid-1.3.0/Leaflet.VectorGrid.bundled.js", null, OK, OK,
				OK, OK, OK));
		rows.add(new Row(HttpMethod.GET, "/actuator/health", null, OK, OK, OK, OK, OK));
		rows.add(new Row(HttpMethod.GET, "/v3/api-docs", null, OK, OK, OK, OK, OK));
		// Signed-in people
		rows.add(new Row(HttpMethod.GET, "/api/me", null, UNAUTHORISED, OK, OK, OK, OK, OK));
		// Neighbourhoods and coordinators: everyone signed in reads; planners and admins
		// change
		rows.add(new Row(HttpMethod.GET, "/api/neighbourhoods", null, UNAUTHORISED, OK, OK, OK, OK));
		rows.add(new Row(HttpMethod.GET, "/api/coordinators", null, UNAUTHORISED, OK, OK, OK, OK));
		rows.add(new Row(HttpMethod.POST, "/api/neighbourhoods/preview", "{\"moves\":[{\"smallArea\":\"X\",\"to\":1}]}",
				FORBIDDEN, BAD, FORBIDDEN, FORBIDDEN, BAD));
		rows.add(
				new Row(HttpMethod.POST, "/api/neighbourhoods/moves", "{}", FORBIDDEN, BAD, FORBIDDEN, FORBIDDEN, BAD));
		rows.add(new Row(HttpMethod.POST, "/api/neighbourhoods/generate", "{\"minResidents\":0}", FORBIDDEN, BAD,
				FORBIDDEN, FORBIDDEN, BAD));
		rows.add(new Row(HttpMethod.GET, "/api/neighbourhoods/export.csv", null, UNAUTHORISED, OK, OK, OK, OK));
		rows.add(new Row(HttpMethod.POST, "/api/neighbourhoods/import", "{}", FORBIDDEN, BAD, FORBIDDEN, FORBIDDEN,
				BAD));
		rows.add(new Row(HttpMethod.POST, "/api/coordinators", "{}", FORBIDDEN, BAD, FORBIDDEN, FORBIDDEN, BAD));
		rows.add(new Row(HttpMethod.PUT, "/api/coordinators/999999", "{}", FORBIDDEN, NOT_FOUND, FORBIDDEN, FORBIDDEN,
				NOT_FOUND));
		// A coordinator's own post: everyone signed in asks; planners and admins name
		// holders
		rows.add(new Row(HttpMethod.GET, "/api/coordinators/mine", null, UNAUTHORISED, OK, OK, OK, OK));
		rows.add(
				new Row(HttpMethod.GET, "/api/coordinators/holders", null, UNAUTHORISED, OK, FORBIDDEN, FORBIDDEN, OK));
		rows.add(new Row(HttpMethod.GET, "/api/coordinators/999999/holder", null, UNAUTHORISED, NOT_FOUND, FORBIDDEN,
				FORBIDDEN, NOT_FOUND));
		rows.add(new Row(HttpMethod.PUT, "/api/coordinators/999999/holder", "{}", FORBIDDEN, NOT_FOUND, FORBIDDEN,
				FORBIDDEN, NOT_FOUND));
		// Coverage: every signed-in role reads
		rows.add(new Row(HttpMethod.GET, "/api/coverage", null, UNAUTHORISED, OK, OK, OK, OK));
		rows.add(new Row(HttpMethod.GET, "/api/coverage?scenario=999999", null, UNAUTHORISED, NOT_FOUND, NOT_FOUND,
				NOT_FOUND, NOT_FOUND));
		rows.add(new Row(HttpMethod.GET, "/api/coverage/gaps", null, UNAUTHORISED, OK, OK, OK, OK));
		// Planning: planners and admins
		rows.add(new Row(HttpMethod.POST, "/api/scenarios/plan", "{}", FORBIDDEN, BAD, FORBIDDEN, FORBIDDEN, BAD));
		rows.add(new Row(HttpMethod.GET, "/api/scenarios/full-coverage?minResidents=9&maxResidents=1", null,
				UNAUTHORISED, BAD, FORBIDDEN, FORBIDDEN, BAD));
		rows.add(new Row(HttpMethod.GET, "/api/scenarios/cost-curve?most=0", null, UNAUTHORISED, BAD, FORBIDDEN,
				FORBIDDEN, BAD));
		// OGC API Features and tiles: boundaries public, neighbourhoods and assets signed
		// in
		rows.add(new Row(HttpMethod.GET, "/ogc", null, OK, OK, OK, OK, OK));
		rows.add(new Row(HttpMethod.GET, thurrockPath("/ogc/collections/wards/items"), null, OK, OK, OK, OK, OK));
		rows.add(new Row(HttpMethod.GET, thurrockPath("/ogc/collections/neighbourhoods/items"), null, UNAUTHORISED, OK,
				OK, OK, OK));
		rows.add(new Row(HttpMethod.GET, thurrockPath("/ogc/collections/assets/items"), null, UNAUTHORISED, OK, OK, OK,
				OK));
		rows.add(new Row(HttpMethod.GET, thurrockPath("/tiles/small-areas/10/512/340.mvt"), null, OK, OK, OK, OK, OK));
		rows.add(new Row(HttpMethod.GET, thurrockPath("/tiles/neighbourhoods/10/512/340.mvt"), null, UNAUTHORISED, OK,
				OK, OK, OK));
		rows.add(new Row(HttpMethod.GET, "/ogc/api", null, OK, OK, OK, OK, OK));
		rows.add(new Row(HttpMethod.GET, "/ogc/conformance", null, OK, OK, OK, OK, OK));
		rows.add(new Row(HttpMethod.GET, thurrockPath("/ogc/collections/small-areas/queryables"), null, OK, OK, OK, OK,
				OK));
		rows.add(new Row(HttpMethod.GET, thurrockPath("/ogc/collections/assets/queryables"), null, UNAUTHORISED, OK, OK,
				OK, OK));
		rows.add(new Row(HttpMethod.GET, thurrockPath("/tiles/small-areas.json"), null, OK, OK, OK, OK, OK));
		rows.add(new Row(HttpMethod.GET, thurrockPath("/tiles/assets.json"), null, UNAUTHORISED, OK, OK, OK, OK));
		rows.add(new Row(HttpMethod.GET, "/tiles/introduction-density.json?cellSize=1000", null, UNAUTHORISED, OK, OK,
				OK, FORBIDDEN));
		// Open Referral UK: published assets, open to anyone
		// (lacatlas.open-referral.open)
		rows.add(new Row(HttpMethod.GET, thurrockPath("/openreferral"), null, OK, OK, OK, OK, OK));
		rows.add(new Row(HttpMethod.GET, thurrockPath("/openreferral/services"), null, OK, OK, OK, OK, OK));
		// Introductions: coordinators record; planners, coordinators and councillors read
		// aggregates; nobody reads one introduction (there is no such endpoint).
		rows.add(new Row(HttpMethod.POST, "/api/introductions", "{}", FORBIDDEN, FORBIDDEN, BAD, FORBIDDEN, FORBIDDEN));
		rows.add(new Row(HttpMethod.POST, "/api/introductions/import", "{}", FORBIDDEN, FORBIDDEN, BAD, FORBIDDEN,
				FORBIDDEN));
		rows.add(new Row(HttpMethod.GET, "/api/introductions/releases", null, UNAUTHORISED, OK, OK, OK, FORBIDDEN));
		rows.add(new Row(HttpMethod.GET, "/api/introductions/summary?by=patch", null, UNAUTHORISED, OK, OK, OK,
				FORBIDDEN));
		rows.add(new Row(HttpMethod.GET, "/api/introductions/summary.csv?by=ward", null, UNAUTHORISED, OK, OK, OK,
				FORBIDDEN));
		rows.add(new Row(HttpMethod.GET, "/api/introductions/density?cellSize=1000", null, UNAUTHORISED, OK, OK, OK,
				FORBIDDEN));
		rows.add(new Row(HttpMethod.GET, "/api/introductions/density?cellSize=100", null, UNAUTHORISED, BAD, BAD, BAD,
				FORBIDDEN));
		rows.add(new Row(HttpMethod.GET, "/tiles/introduction-density/11/1025/681.mvt?cellSize=1000", null,
				UNAUTHORISED, OK, OK, OK, FORBIDDEN));
		rows.add(new Row(HttpMethod.GET, "/tiles/introduction-density/11/1025/681.mvt?cellSize=100", null, UNAUTHORISED,
				BAD, BAD, BAD, FORBIDDEN));
		rows.add(new Row(HttpMethod.GET, "/api/introductions/sectors", null, UNAUTHORISED, OK, OK, OK, OK));
		rows.add(new Row(HttpMethod.GET, "/api/introductions", null, UNAUTHORISED, NOT_ALLOWED, NOT_ALLOWED,
				NOT_ALLOWED, NOT_ALLOWED, NOT_ALLOWED));
		rows.add(new Row(HttpMethod.GET, "/api/introductions/1", null, UNAUTHORISED, NOT_FOUND, NOT_FOUND, NOT_FOUND,
				NOT_FOUND, NOT_FOUND));
		rows.add(new Row(HttpMethod.PUT, "/api/introductions/1", "{}", FORBIDDEN, NOT_FOUND, NOT_FOUND, NOT_FOUND,
				NOT_FOUND, NOT_FOUND));
		rows.add(new Row(HttpMethod.DELETE, "/api/introductions/1", null, FORBIDDEN, NOT_FOUND, NOT_FOUND, NOT_FOUND,
				NOT_FOUND, NOT_FOUND));
		// Scenarios: every signed-in role reads; planners and admins create, copy, delete
		rows.add(new Row(HttpMethod.POST, "/api/scenarios", "{}", FORBIDDEN, BAD, FORBIDDEN, FORBIDDEN, BAD));
		rows.add(new Row(HttpMethod.GET, "/api/scenarios", null, UNAUTHORISED, OK, OK, OK, OK));
		rows.add(new Row(HttpMethod.GET, "/api/scenarios/compare?ids=current", null, UNAUTHORISED, OK, OK, OK, OK));
		for (String read : List.of("/api/scenarios/999999", "/api/scenarios/999999/export.geojson",
				"/api/scenarios/999999/export.csv")) {
			rows.add(new Row(HttpMethod.GET, read, null, UNAUTHORISED, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND));
		}
		rows.add(new Row(HttpMethod.POST, "/api/scenarios/999999/copy", "{}", FORBIDDEN, NOT_FOUND, FORBIDDEN,
				FORBIDDEN, NOT_FOUND));
		rows.add(new Row(HttpMethod.DELETE, "/api/scenarios/999999?version=1", null, FORBIDDEN, NOT_FOUND, FORBIDDEN,
				FORBIDDEN, NOT_FOUND));
		rows.add(new Row(HttpMethod.PATCH, "/api/scenarios/999999", "{\"name\":\"x\"}", FORBIDDEN, NOT_FOUND, FORBIDDEN,
				FORBIDDEN, NOT_FOUND));
		// A ward's coverage: every signed-in role, councillors included
		rows.add(new Row(HttpMethod.GET, "/api/wards/E05002239/coverage", null, UNAUTHORISED, OK, OK, OK, OK));
		// Administration
		rows.add(new Row(HttpMethod.GET, "/api/admin/users", null, UNAUTHORISED, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK,
				OK));
		rows.add(new Row(HttpMethod.POST, "/api/admin/users", "{\"username\":\"x\"}", FORBIDDEN, FORBIDDEN, FORBIDDEN,
				FORBIDDEN, BAD, BAD));
		rows.add(new Row(HttpMethod.PATCH, "/api/admin/users/nobody", "{\"enabled\":false}", FORBIDDEN, FORBIDDEN,
				FORBIDDEN, FORBIDDEN, NOT_FOUND, NOT_FOUND));
		rows.add(new Row(HttpMethod.GET, "/api/admin/imports/00000000-0000-0000-0000-000000000000", null, UNAUTHORISED,
				FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, NOT_FOUND));
		// Councils: the list and what any page shows of one are public; settings are the
		// council's own, changed by its administrator
		rows.add(new Row(HttpMethod.GET, "/api/councils", null, OK, OK, OK, OK, OK));
		rows.add(new Row(HttpMethod.GET, thurrockPath("/api/council"), null, OK, OK, OK, OK, OK));
		rows.add(new Row(HttpMethod.GET, "/api/council/settings", null, UNAUTHORISED, OK, OK, OK, OK));
		rows.add(new Row(HttpMethod.PUT, "/api/council/settings", "{}", FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
				BAD));
		rows.add(new Row(HttpMethod.GET, "/api/neighbourhoods/bands", null, UNAUTHORISED, OK, OK, OK, OK));
		// Community assets: reading needs sign-in (unless lacatlas.assets.public-read;
		// see
		// AssetPublicReadTests); coordinators and planners edit; planners publish.
		for (String read : List.of("/api/assets", "/api/assets?q=library&near=0.32,51.47&radius=900", "/api/assets/1",
				"/api/assets/clusters?bbox=0.2,51.4,0.6,51.6&zoom=12",
				"/api/assets/access?category=library&distance=800", "/api/assets/export.csv",
				"/api/assets/export.geojson", "/api/assets/export/openreferral.json")) {
			// Assets are the council's: a service administrator would have to name one.
			rows.add(new Row(HttpMethod.GET, read, null, UNAUTHORISED, OK, OK, OK, OK, BAD));
		}
		rows.add(new Row(HttpMethod.GET, "/api/assets/categories", null, UNAUTHORISED, OK, OK, OK, OK, OK));
		rows.add(new Row(HttpMethod.GET, "/api/assets/1/changes", null, UNAUTHORISED, OK, OK, FORBIDDEN, OK));
		rows.add(new Row(HttpMethod.POST, "/api/assets", "{}", FORBIDDEN, BAD, BAD, FORBIDDEN, FORBIDDEN));
		rows.add(new Row(HttpMethod.PUT, "/api/assets/999999", "{}", FORBIDDEN, BAD, BAD, FORBIDDEN, FORBIDDEN));
		rows.add(new Row(HttpMethod.DELETE, "/api/assets/999999", null, FORBIDDEN, NOT_FOUND, NOT_FOUND, FORBIDDEN,
				FORBIDDEN));
		rows.add(new Row(HttpMethod.POST, "/api/assets/999999/reopen", null, FORBIDDEN, NOT_FOUND, NOT_FOUND, FORBIDDEN,
				FORBIDDEN));
		rows.add(new Row(HttpMethod.POST, "/api/assets/999999/publish", null, FORBIDDEN, NOT_FOUND, FORBIDDEN,
				FORBIDDEN, FORBIDDEN));
		rows.add(new Row(HttpMethod.POST, "/api/assets/import", "{}", FORBIDDEN, BAD, BAD, FORBIDDEN, FORBIDDEN));
		return rows;
	}

	static Stream<Arguments> cases() {
		return rows().stream()
			.flatMap(row -> Stream.of(Caller.values())
				.map(caller -> Arguments.of(caller, row.method(), row.path(), row.body(),
						row.expected()[caller.ordinal()])));
	}

	@Autowired
	TestRestTemplate http;

	@ParameterizedTest(name = "{0} {1} {2} → {4}")
	@MethodSource("cases")
	void eachRoleGetsTheExpectedStatus(Caller caller, HttpMethod method, String path, String body, int expected) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		if (caller != Caller.ANONYMOUS) {
			headers.setBasicAuth(caller.name().toLowerCase(java.util.Locale.ROOT), PASSWORD);
		}
		var answer = http.exchange(url(path), method, new HttpEntity<>(body, headers), String.class);
		assertThat(answer.getStatusCode().value()).as("%s %s as %s", method, path, caller).isEqualTo(expected);
	}

}
