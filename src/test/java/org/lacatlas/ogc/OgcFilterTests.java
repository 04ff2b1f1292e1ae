package org.lacatlas.ogc;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Filters run by PostGIS: the bbox is an exact intersection (not an envelope overlap),
 * property=value and basic CQL2 select what the same condition selects in SQL, and the
 * queryables say which properties may be named.
 */
class OgcFilterTests extends OgcClient {

	@ParameterizedTest
	@CsvSource({ "small-areas, small_area, code, 0.36 51.50 0.38 51.51", "wards, ward, code, 0.36 51.50 0.38 51.51",
			"small-areas, small_area, code, 0.25 51.45 0.33 51.49",
			"neighbourhoods, neighbourhood, id, 0.36 51.50 0.38 51.51",
			"neighbourhoods, neighbourhood, id, 0.30 51.46 0.42 51.52" })
	void aBoxHoldsExactlyTheFeaturesWhoseGeometryMeetsIt(String collection, String table, String key, String box)
			throws Exception {
		String[] b = box.split(" ");
		String geom = table.equals("neighbourhood") ? "outline" : "geom";
		// computed independently: the geometry in WGS84 against the box in WGS84
		Set<String> expected = new HashSet<>(jdbc
			.sql("SELECT " + key + "::text FROM " + table + " WHERE ST_Intersects(" + "ST_Transform(" + geom
					+ ", 4326), ST_MakeEnvelope(:w, :s, :e, :n, 4326))")
			.param("w", Double.parseDouble(b[0]))
			.param("s", Double.parseDouble(b[1]))
			.param("e", Double.parseDouble(b[2]))
			.param("n", Double.parseDouble(b[3]))
			.query(String.class)
			.list());
		Set<String> envelopes = new HashSet<>(jdbc
			.sql("SELECT " + key + "::text FROM " + table + " WHERE " + geom
					+ " && ST_Transform(ST_MakeEnvelope(:w, :s, :e, :n, 4326), 27700)")
			.param("w", Double.parseDouble(b[0]))
			.param("s", Double.parseDouble(b[1]))
			.param("e", Double.parseDouble(b[2]))
			.param("n", Double.parseDouble(b[3]))
			.query(String.class)
			.list());
		JsonNode page = get("/ogc/collections/" + collection + "/items?limit=1000&bbox=" + String.join(",", b),
				"application/geo+json", "planner");
		assertThat(ids(page)).isEqualTo(expected).isNotEmpty();
		if (box.equals("0.36 51.50 0.38 51.51")) {
			// the box: envelopes alone let in areas that miss it
			assertThat(envelopes).hasSizeGreaterThan(expected.size());
		}
	}

	@Test
	void propertyEqualsValueSelectsWhatSqlSelects() throws Exception {
		Set<String> expected = new HashSet<>(
				jdbc.sql("SELECT code FROM small_area WHERE authority_code = 'E06000034' AND ward_code = 'E05002235'")
					.query(String.class)
					.list());
		assertThat(ids(get("/ogc/collections/small-areas/items?wardCode=E05002235"))).isEqualTo(expected).isNotEmpty();
		Set<String> decile = new HashSet<>(
				jdbc.sql("SELECT code FROM small_area WHERE imd_decile = 3 AND ward_code = " + "'E05002229'")
					.query(String.class)
					.list());
		assertThat(ids(get("/ogc/collections/small-areas/items?imdDecile=3&wardCode=E05002229"))).isEqualTo(decile);
		assertThat(call("/ogc/collections/small-areas/items?imdDecile=three", null, null).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "residents > 1700 | residents > 1700",
			"residents >= 1500 AND imdDecile <= 3 | residents >= 1500 AND imd_decile <= 3",
			"wardCode = 'E05002235' or wardCode='E05002229' | ward_code IN ('E05002235', 'E05002229')",
			"NOT (imdDecile <> 5) | imd_decile = 5", "name = 'Thurrock 021A' AND TRUE | name = 'Thurrock 021A'",
			"imdDecile IS NOT NULL AND residents65Plus < 150 | imd_decile IS NOT NULL AND residents_65_plus < 150",
			"\"wardCode\" = 'E05002235' AND residents <> 1e9 | ward_code = 'E05002235'",
			"imdDecile IS NULL | imd_decile IS NULL" })
	void cql2TextFiltersSelectWhatTheSameConditionSelectsInSql(String cql, String sql) throws Exception {
		Set<String> expected = new HashSet<>(
				jdbc.sql("SELECT code FROM small_area WHERE authority_code = 'E06000034' AND (" + sql + ")")
					.query(String.class)
					.list());
		String query = java.net.URLEncoder.encode(cql, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
		JsonNode page = get("/ogc/collections/small-areas/items?limit=1000&filter-lang=cql2-text&filter=" + query);
		assertThat(ids(page)).as(cql).isEqualTo(expected);
		assertThat(page.has("numberMatched")).isFalse();
		String next = link(page, "self").get("href").asText();
		assertThat(next).contains("filter=").contains("filter-lang=cql2-text");
		assertThat(ids(get(next))).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "colour = 'red' | not a queryable", "residents > 'many' | compares a number with a string",
					"name LIKE 'Th%' | basic CQL2", "residents > | expected a property name or a value",
					"(residents > 5 | expected ')'", "name = 'open | never closed",
					"S_INTERSECTS(geometry, POINT(0 51)) | basic CQL2", "residents > 5 residents | expected AND",
					"residents BETWEEN 1 AND 2 | basic CQL2" })
	void unreadableFiltersAre400WithWhereAndWhy(String cql, String says) {
		String query = java.net.URLEncoder.encode(cql, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
		var answer = call("/ogc/collections/small-areas/items?filter=" + query, null, null);
		assertThat(answer.getStatusCode()).as(cql).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(answer.getBody()).as(cql).contains(says);
	}

	@Test
	void queryablesAreAJsonSchemaOfTheProperties() throws Exception {
		JsonNode schema = get("/ogc/collections/small-areas/queryables", "application/schema+json", null);
		assertThat(schema.get("$schema").asText()).contains("2020-12");
		assertThat(schema.get("type").asText()).isEqualTo("object");
		assertThat(schema.at("/properties/residents/type").asText()).isEqualTo("integer");
		assertThat(schema.at("/properties/wardCode/type").asText()).isEqualTo("string");
		assertThat(call("/ogc/collections/neighbourhoods/queryables", null, null).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(call("/ogc/collections/small-areas/queryables", null, null).getHeaders().getContentType())
			.hasToString("application/schema+json");
	}

	static Set<String> ids(JsonNode page) {
		Set<String> ids = new HashSet<>();
		page.get("features").forEach(f -> ids.add(f.get("id").asText()));
		return ids;
	}

}
