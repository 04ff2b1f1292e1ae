package org.lacatlas.ogc;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.geojson.GeoJsonReader;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the OGC test suite for Part 1 (ets-ogcapi-features10) checks, checked here: the
 * service-desc answers its own media type with an OpenAPI 3.0 document whose items
 * parameters are declared as Part 1 defines them; collections and features carry self and
 * alternate links with types; numberMatched is what paging to the end returns; the
 * suite's own test boxes answer 200 with only features meeting them; bad and unknown
 * parameters are 400; single features link to themselves and their collection.
 */
class OgcConformanceTests extends OgcClient {

	static final String OPENAPI = "application/vnd.oai.openapi+json;version=3.0";

	@Test
	void theServiceDescriptionAnswersItsOwnMediaTypeAndStatesItsVersion() throws Exception {
		JsonNode landing = get("/ogc");
		for (String rel : List.of("self", "alternate", "service-desc", "service-doc", "conformance", "data")) {
			assertThat(link(landing, rel)).as(rel).isNotNull();
		}
		JsonNode desc = link(landing, "service-desc");
		assertThat(desc.get("type").asText()).isEqualTo(OPENAPI);
		ResponseEntity<String> api = call(desc.get("href").asText(), OPENAPI, null);
		assertThat(api.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(api.getHeaders().getContentType().toString().replace(" ", "")).isEqualTo(OPENAPI);
		JsonNode document = json.readTree(api.getBody());
		assertThat(document.get("openapi").asText()).startsWith("3.0.");
		assertThat(document.at("/servers/0/url").asText()).endsWith("/ogc");
		assertThat(document.get("paths").has("/conformance")).isTrue();
		assertThat(document.get("paths").has("/collections")).isTrue();
		JsonNode conformance = get(link(landing, "conformance").get("href").asText());
		assertThat(conformance.get("conformsTo").toString()).contains("conf/core", "conf/geojson", "conf/html",
				"conf/oas30", "ogcapi-features-3/1.0/conf/queryables", "cql2/1.0/conf/basic-cql2");
	}

	@Test
	void itemsParametersAreDeclaredAsPartOneDefinesThem() throws Exception {
		JsonNode api = get("/ogc/api", OPENAPI, null);
		for (var c : FeatureCollections.ALL) {
			JsonNode parameters = api.at("/paths/~1collections~1" + c.id() + "~1items/get/parameters");
			assertThat(parameters.isArray()).as(c.id()).isTrue();
			JsonNode bbox = parameter(api, parameters, "bbox");
			assertThat(bbox.get("in").asText()).isEqualTo("query");
			assertThat(bbox.get("required").asBoolean()).isFalse();
			assertThat(bbox.get("style").asText()).isEqualTo("form");
			assertThat(bbox.get("explode").asBoolean()).isFalse();
			assertThat(bbox.at("/schema/type").asText()).isEqualTo("array");
			assertThat(bbox.at("/schema/minItems").asInt()).isEqualTo(4);
			assertThat(bbox.at("/schema/maxItems").asInt()).isEqualTo(6);
			assertThat(bbox.at("/schema/items/type").asText()).isEqualTo("number");
			JsonNode limit = parameter(api, parameters, "limit");
			assertThat(limit.at("/schema/type").asText()).isEqualTo("integer");
			assertThat(limit.at("/schema/minimum").asInt()).isEqualTo(1);
			assertThat(limit.at("/schema/maximum").asInt()).isEqualTo(ItemsQuery.MAX_LIMIT);
			assertThat(limit.at("/schema/default").asInt()).isEqualTo(ItemsQuery.DEFAULT_LIMIT);
			JsonNode datetime = parameter(api, parameters, "datetime");
			assertThat(datetime.at("/schema/type").asText()).isEqualTo("string");
			assertThat(datetime.get("style").asText()).isEqualTo("form");
			for (var p : c.properties()) {
				assertThat(parameter(api, parameters, p.name()).at("/schema/type").asText())
					.isEqualTo(p.kind().jsonType());
			}
		}
	}

	@Test
	void collectionsAndEachCollectionAgreeAndCarryTypedLinks() throws Exception {
		JsonNode collections = get("/ogc/collections", "application/json", "planner");
		assertThat(link(collections, "self").get("type").asText()).isEqualTo("application/json");
		assertThat(link(collections, "alternate", "text/html")).isNotNull();
		for (JsonNode c : collections.get("collections")) {
			JsonNode one = get("/ogc/collections/" + c.get("id").asText(), "application/json", "planner");
			for (String field : List.of("id", "title", "description", "extent")) {
				assertThat(one.get(field)).as(field).isEqualTo(c.get(field));
			}
			assertThat(link(one, "items", "application/geo+json")).isNotNull();
			assertThat(link(one, "http://www.opengis.net/def/rel/ogc/1.0/queryables")).isNotNull();
			one.get("links").forEach(l -> assertThat(l.has("rel") && l.has("type")).as(l.toString()).isTrue());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "wards", "small-areas" })
	void numberMatchedIsWhatPagingToTheEndReturns(String collection) throws Exception {
		JsonNode page = get("/ogc/collections/" + collection + "/items?limit=7", "application/geo+json", null);
		int matched = page.get("numberMatched").asInt();
		assertThat(link(page, "self").get("type").asText()).isEqualTo("application/geo+json");
		assertThat(link(page, "alternate", "text/html")).isNotNull();
		assertThat(page.get("timeStamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
		Set<String> ids = new HashSet<>();
		while (true) {
			assertThat(page.get("numberReturned").asInt()).isEqualTo(page.get("features").size());
			page.get("features").forEach(f -> assertThat(ids.add(f.get("id").asText())).isTrue());
			JsonNode next = link(page, "next");
			if (next == null) {
				break;
			}
			page = get(next.get("href").asText(), "application/geo+json", null);
		}
		assertThat(ids).hasSize(matched);
		String table = collection.equals("wards") ? "ward" : "small_area";
		assertThat(matched).isEqualTo(jdbc.sql("SELECT count(*) FROM " + table + " WHERE authority_code = 'E06000034'")
			.query(Integer.class)
			.single());
	}

	/**
	 * The suite's boxes: the extent, the meridian, the equator, the antimeridian, the
	 * poles.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "-1.5,50.0,1.5,53.0", "-80.0,-5.0,-70.0,5.0", "177.0,65.0,-177.0,70.0",
			"-180.0,85.0,180.0,90.0", "-180.0,-90.0,180.0,-85.0", "2.25,48.81,2.42,48.90", "0.36,51.50,0.38,51.51",
			"0.2,51.4,0,0.6,51.6,100" })
	void testBoxesAnswerWithOnlyFeaturesThatMeetThem(String bbox) throws Exception {
		for (String collection : List.of("wards", "small-areas", "neighbourhoods", "assets")) {
			JsonNode page = get("/ogc/collections/" + collection + "/items?limit=1000&bbox=" + bbox,
					"application/geo+json", "planner");
			Geometry box = box(bbox);
			for (JsonNode feature : page.get("features")) {
				Geometry geometry = new GeoJsonReader().read(feature.get("geometry").toString());
				assertThat(geometry.intersects(box)).as(collection + " " + feature.get("id") + " in " + bbox).isTrue();
			}
			assertThat(page.has("numberMatched")).isFalse();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "limit=unlimited", "limit=0", "limit=-3", "offset=-1", "foo123=1",
			"unknownQueryParameter12345=1", "crs=http://www.opengis.net/def/crs/EPSG/0/27700",
			"bbox-crs=http://www.opengis.net/def/crs/EPSG/0/27700", "datetime=not-a-date",
			"datetime=2024-05-02T00:00:00Z/2024-05-01T00:00:00Z", "bbox=1,2", "bbox=0,52,1,51", "bbox=0,51,a,52",
			"bbox=0,51,0,52", "bbox=0,51,1,52,3", "limit=5&limit=6", "f=xml", "filter-lang=cql2-json",
			"filter-crs=http://www.opengis.net/def/crs/EPSG/0/27700" })
	void badOrUnknownParametersAre400ProblemsSayingWhy(String query) {
		ResponseEntity<String> answer = call("/ogc/collections/small-areas/items?" + query, "application/geo+json",
				null);
		assertThat(answer.getStatusCode()).as(query).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
		assertThat(answer.getBody()).contains("\"detail\"");
	}

	@Test
	void aLimitAboveTheMaximumIsServedAsTheMaximumAndValidDatetimesMatchEverything() throws Exception {
		assertThat(get("/ogc/collections/small-areas/items?limit=5000", "application/geo+json", null).get("features"))
			.hasSize(100);
		for (String datetime : List.of("2018-02-12T23:20:50Z", "2018-02-12T00:00:00Z/2018-03-18T12:31:12Z",
				"../2018-03-18T12:31:12Z", "2018-02-12T00:00:00Z/..", "2024-05-01", "2018-02-12T00:00:00+01:00")) {
			JsonNode page = get("/ogc/collections/wards/items?datetime=" + datetime.replace("+", "%2B"),
					"application/geo+json", null);
			assertThat(page.get("numberReturned").asInt()).as(datetime).isEqualTo(20);
		}
	}

	@Test
	void aSingleFeatureLinksToItselfItsHtmlAndItsCollection() throws Exception {
		for (String path : List.of("/ogc/collections/wards/items/E05002235",
				"/ogc/collections/neighbourhoods/items/" + jdbc.sql("""
						SELECT min(n.id) FROM neighbourhood n
						JOIN neighbourhood_plan p ON p.id = n.plan_id AND p.authority_code = 'E06000034'
						""").query(Long.class).single())) {
			JsonNode feature = get(path, "application/geo+json", "planner");
			assertThat(link(feature, "self").get("type").asText()).isEqualTo("application/geo+json");
			// links keep the council asked for
			assertThat(link(feature, "self").get("href").asText()).endsWith(path + "?council=" + THURROCK);
			assertThat(link(feature, "alternate", "text/html")).isNotNull();
			assertThat(link(feature, "collection").get("type").asText()).isEqualTo("application/json");
			assertThat(link(feature, "collection").get("href").asText())
				.endsWith(path.substring(0, path.indexOf("/items")) + "?council=" + THURROCK);
		}
		assertThat(call("/ogc/collections/neighbourhoods/items/not-a-number", null, "planner").getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	private static JsonNode parameter(JsonNode api, JsonNode parameters, String name) {
		List<String> seen = new ArrayList<>();
		for (JsonNode p : parameters) {
			JsonNode resolved = p.has("$ref") ? api.at(p.get("$ref").asText().substring(1)) : p;
			if (resolved.get("name").asText().equals(name)) {
				return resolved;
			}
			seen.add(resolved.get("name").asText());
		}
		throw new AssertionError("no parameter " + name + " among " + seen);
	}

	/** The box as a lon/lat polygon; across the antimeridian as two. */
	static Geometry box(String bbox) {
		String[] v = bbox.split(",");
		int up = v.length == 6 ? 3 : 2;
		double w = Double.parseDouble(v[0]), s = Double.parseDouble(v[1]), e = Double.parseDouble(v[up]),
				n = Double.parseDouble(v[up + 1]);
		GeometryFactory f = new GeometryFactory();
		if (w > e) {
			return f.createMultiPolygon(new Polygon[] { rectangle(f, w, s, 180, n), rectangle(f, -180, s, e, n) });
		}
		return rectangle(f, w, s, e, n);
	}

	private static Polygon rectangle(GeometryFactory f, double w, double s, double e, double n) {
		return f.createPolygon(new Coordinate[] { new Coordinate(w, s), new Coordinate(e, s), new Coordinate(e, n),
				new Coordinate(w, n), new Coordinate(w, s) });
	}

}
