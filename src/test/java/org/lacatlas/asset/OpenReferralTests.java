package org.lacatlas.asset;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.lacatlas.SecondCouncil;

import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Open Referral UK API as an aggregator reads it: open without signing in, every
 * record valid against the UK profile's own JSON Schemas (copied in
 * src/test/resources/standards/open-referral-uk with their licence), the profile's paging
 * and filters.
 */
class OpenReferralTests extends AssetApiTest {

	private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

	static Schema schema(String file) {
		InputStream in = OpenReferralTests.class.getResourceAsStream("/standards/open-referral-uk/" + file);
		return SCHEMAS.getSchema(in, InputFormat.JSON);
	}

	static List<Error> errors(Schema schema, JsonNode record) {
		return schema.validate(record.toString(), InputFormat.JSON,
				context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
	}

	@Test
	void everyPublishedServiceIsValidInFullAndInTheListAgainstTheUkProfile() {
		Schema full = schema("service.json");
		Schema listed = schema("service_list.json");
		int published = jdbc
			.sql("SELECT count(*) FROM asset WHERE status = 'published' AND authority_code = 'E06000034'")
			.query(Integer.class)
			.single();
		List<String> problems = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (int page = 1;; page++) {
			JsonNode answer = getJson(null, "/openreferral/services?per_page=100&page=" + page);
			for (JsonNode item : answer.get("contents")) {
				ids.add(item.get("id").asText());
				errors(listed, item).forEach(e -> problems.add("list " + item.get("id") + ": " + e));
				JsonNode service = getJson(null, "/openreferral/services/" + item.get("id").asText());
				errors(full, service).forEach(e -> problems.add("service " + item.get("id") + ": " + e));
			}
			if (answer.get("last_page").asBoolean()) {
				assertThat(answer.get("total_items").asInt()).isEqualTo(published);
				break;
			}
		}
		assertThat(problems).isEmpty();
		assertThat(ids).hasSize(published);
	}

	@Test
	void eachCouncilsDirectoryHoldsOnlyItsOwnPublishedAssets() {
		Set<String> thurrock = names(getJson(null, "/openreferral/services?per_page=500"));
		JsonNode eastwick = getJson(null, "/openreferral/services?per_page=500&council=" + SecondCouncil.CODE);
		Set<String> eastwickNames = names(eastwick);
		assertThat(eastwickNames)
			.hasSize(jdbc.sql("SELECT count(*) FROM asset WHERE status = 'published' AND authority_code = '"
					+ SecondCouncil.CODE + "'")
				.query(Integer.class)
				.single())
			.isNotEmpty()
			.allMatch(name -> name.startsWith("Eastwick"));
		assertThat(thurrock).isNotEmpty().noneMatch(name -> name.startsWith("Eastwick"));
		// an Eastwick service is not found among Thurrock's, though anyone may read it
		// under its own council
		String id = eastwick.at("/contents/0/id").asText();
		assertThat(get(null, "/openreferral/services/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(
				getJson(null, "/openreferral/services/" + id + "?council=" + SecondCouncil.CODE).get("name").asText())
			.startsWith("Eastwick");
		// with two councils loaded an anonymous reader names one
		assertThat(super.get(null, "/openreferral/services").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		// a signed-in Eastwick user reads Eastwick's without naming it
		assertThat(names(super.getJson(SecondCouncil.user("planner"), "/openreferral/services?per_page=500")))
			.isEqualTo(eastwickNames);
	}

	private static Set<String> names(JsonNode page) {
		Set<String> names = new HashSet<>();
		page.get("contents").forEach(s -> names.add(s.get("name").asText()));
		return names;
	}

	/**
	 * Thurrock's directory unless the path names a council (the tests load Eastwick too).
	 */
	@Override
	ResponseEntity<String> get(String user, String path) {
		return super.get(user,
				path.contains("council=") || user != null ? path : AssetPublicReadTests.thurrockPath(path));
	}

	@Test
	void aRecordMissingWhatTheProfileRequiresIsRefusedByTheSchema() {
		// the schema really checks: a term without name and description, and a null fee
		JsonNode bad = read("""
				{"id": "not-a-uuid", "name": "x", "status": "open", "fees": null,
				 "attributes": [{"id": "1ac0a71a-5000-8700-8000-000000000001",
				   "taxonomy_term": {"id": "9c9c5977-bdb8-32d6-9f43-6c542f33d1b9"}}]}
				""");
		assertThat(errors(schema("service.json"), bad)).hasSizeGreaterThanOrEqualTo(4);
	}

	@Test
	void servicesArePagedAsTheProfileDescribes() {
		JsonNode first = getJson(null, "/openreferral/services?per_page=10");
		int total = first.get("total_items").asInt();
		assertThat(first.get("page_number").asInt()).isEqualTo(1);
		assertThat(first.get("size").asInt()).isEqualTo(10).isEqualTo(first.get("contents").size());
		assertThat(first.get("total_pages").asInt()).isEqualTo((total + 9) / 10);
		assertThat(first.get("first_page").asBoolean()).isTrue();
		assertThat(first.get("last_page").asBoolean()).isFalse();
		JsonNode last = getJson(null, "/openreferral/services?per_page=10&page=" + first.get("total_pages").asInt());
		assertThat(last.get("last_page").asBoolean()).isTrue();
		assertThat(last.get("size").asInt()).isEqualTo(total - 10 * (first.get("total_pages").asInt() - 1));
		JsonNode beyond = getJson(null, "/openreferral/services?per_page=10&page=999");
		assertThat(beyond.get("empty").asBoolean()).isTrue();
		assertThat(beyond.get("total_items").asInt()).isEqualTo(total);
	}

	@Test
	void filtersSearchTaxonomyTermAndTaxonomy() {
		int libraries = jdbc.sql(
				"SELECT count(*) FROM asset WHERE status = 'published' AND category = 'library' AND authority_code = 'E06000034'")
			.query(Integer.class)
			.single();
		String term = OpenReferralIds.category("library");
		JsonNode byTerm = getJson(null, "/openreferral/services?per_page=500&taxonomy_term_id=" + term);
		assertThat(byTerm.get("total_items").asInt()).isEqualTo(libraries).isPositive();
		JsonNode one = getJson(null, "/openreferral/services/" + byTerm.at("/contents/0/id").asText());
		assertThat(one.at("/attributes/0/taxonomy_term/id").asText()).isEqualTo(term);
		int matching = jdbc.sql(
				"SELECT count(*) FROM asset WHERE status = 'published' AND authority_code = 'E06000034' AND search @@ to_tsquery('english', 'library:*')")
			.query(Integer.class)
			.single();
		JsonNode searched = getJson(null, "/openreferral/services?search=library");
		assertThat(searched.get("total_items").asInt()).isEqualTo(matching).isPositive();
		String everyCategory = OpenReferralIds.taxonomy(OpenReferralIds.CATEGORY_TAXONOMY);
		assertThat(getJson(null, "/openreferral/services?taxonomy_id=" + everyCategory).get("total_items").asInt())
			.isEqualTo(getJson(null, "/openreferral/services").get("total_items").asInt());
		assertThat(getJson(null, "/openreferral/services?taxonomy_term_id=" + java.util.UUID.randomUUID())
			.get("total_items")
			.asInt()).isZero();
	}

	@Test
	void agesAndOpeningHoursAreRecordedByNoServiceSoNoneMatchesAndBadValuesAreRefused() {
		for (String query : List.of("minimum_age=12", "maximum_age=99", "day=MO", "start_time=09:00",
				"end_time=17:30")) {
			assertThat(getJson(null, "/openreferral/services?" + query).get("total_items").asInt()).as(query).isZero();
		}
		for (String query : List.of("minimum_age=old", "day=Someday", "start_time=9am", "per_page=0", "per_page=501",
				"page=0", "colour=red", "page=1&page=2")) {
			ResponseEntity<String> answer = get(null, "/openreferral/services?" + query);
			assertThat(answer.getStatusCode()).as(query).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
		}
	}

	@Test
	void theRootSaysTheVersionAndProfileAndUnknownServicesAre404() {
		JsonNode root = getJson(null, "/openreferral");
		assertThat(root.get("version").asText()).isEqualTo("3.0");
		assertThat(root.get("profile").asText()).contains("uk-profile");
		assertThat(root.get("openapi_url").asText()).endsWith("/v3/api-docs");
		assertThat(get(null, "/openreferral/services/" + java.util.UUID.randomUUID()).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(get(null, "/openreferral/services/nonsense").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		// a coordinator's new asset is proposed, not published: it is not in the
		// directory
		JsonNode proposed = create("coordinator",
				feature(unique("Proposed club"), "social-group", GRAYS_LON, GRAYS_LAT));
		assertThat(proposed.at("/properties/status").asText()).isEqualTo("proposed");
		String id = OpenReferralIds.service(proposed.get("id").asLong());
		assertThat(get(null, "/openreferral/services/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void anyOriginMayReadItWithoutCredentials() {
		HttpHeaders headers = new HttpHeaders();
		headers.setOrigin("https://aggregator.example.org");
		var answer = http.exchange(thurrock("/openreferral/services?per_page=1"), HttpMethod.GET,
				new HttpEntity<>(headers), String.class);
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(answer.getHeaders().getAccessControlAllowOrigin()).isEqualTo("*");
		assertThat(answer.getHeaders().getAccessControlAllowCredentials()).isFalse();
	}

}
