package org.lacatlas.system;

import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.ExternalDocumentation;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API document at {@code /v3/api-docs} (OpenAPI 3.0, made by springdoc from the
 * controllers): title, licence, the two ways to sign in (HTTP Basic, the map's session
 * cookie), the problem+json errors, and {@link ApiDocsCustomizer} for what each operation
 * says. The OGC API has its own definition at {@code /ogc/api}.
 */
@Configuration
class ApiDocs {

	static final String PROBLEM = "application/problem+json";

	/** Tags by the first part of the path after /api/, with what each holds. */
	static final Map<String, String> TAGS = new TreeMap<>(
			Map.ofEntries(Map.entry("Geography", "The council, wards, small areas and town names (open to anyone)"),
					Map.entry("Neighbourhoods", "The neighbourhood plan: editing, generation, import and export"),
					Map.entry("Coordinators", "Coordinator posts and their patches"),
					Map.entry("Coverage", "Coverage and gaps, for the borough, wards and neighbourhoods"),
					Map.entry("Planning", "Expansion plans and saved scenarios"),
					Map.entry("Introductions",
							"Anonymised introductions and their summaries, through disclosure control"),
					Map.entry("Assets", "Community assets: search, editing, import and export"),
					Map.entry("Users", "Who is signed in; user administration"),
					Map.entry("Map", "The web map's settings"), Map.entry("Tiles", "Mapbox vector tiles and TileJSON"),
					Map.entry("Open Referral UK", "Published assets as the Open Referral UK (HSDS 3.0) API")));

	@Bean
	OpenAPI lacAtlasApi() {
		Components components = new Components()
			.addSecuritySchemes("basicAuth",
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("basic")
						.description("A LAC Atlas user name and password on each request (scripts, GIS clients)."))
			.addSecuritySchemes("sessionCookie",
					new SecurityScheme().type(SecurityScheme.Type.APIKEY)
						.in(SecurityScheme.In.COOKIE)
						.name("SESSION")
						.description("The session of someone signed in at /login.html. Changes also need the "
								+ "XSRF-TOKEN cookie's value sent back as the X-XSRF-TOKEN header."))
			.addSchemas("Problem", problem());
		ApiDocsCustomizer.ERRORS.forEach((status, description) -> components.addResponses(response(status),
				new ApiResponse().description(description)
					.content(new Content().addMediaType(PROBLEM,
							new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))))));
		OpenAPI api = new OpenAPI()
			.info(new Info().title("LAC Atlas API")
				.version("1.0")
				.description("Local Area Coordination planning, coverage, assets and introductions. Errors are "
						+ "application/problem+json (RFC 9457) whose detail says what was wrong. GeoJSON follows "
						+ "RFC 7946. Counts about people are published through disclosure control.")
				.license(new License().name("Data: Open Government Licence v3.0 and the sources' own terms")
					.url("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/")))
			.externalDocs(
					new ExternalDocumentation().description("OGC API – Features: its own definition").url("/ogc/api"))
			.components(components);
		TAGS.forEach((name, description) -> api.addTagsItem(new Tag().name(name).description(description)));
		return api;
	}

	@Bean
	OpenApiCustomizer lacAtlasOperations() {
		return new ApiDocsCustomizer(ApiOperations.load());
	}

	static String response(String status) {
		return "Problem" + status;
	}

	private static Schema<?> problem() {
		ObjectSchema error = new ObjectSchema();
		error.addProperty("field", new StringSchema());
		error.addProperty("message", new StringSchema());
		ObjectSchema problem = new ObjectSchema();
		problem.description("RFC 9457 problem details");
		problem.addProperty("type", new StringSchema().format("uri-reference"));
		problem.addProperty("title", new StringSchema());
		problem.addProperty("status", new IntegerSchema());
		problem.addProperty("detail", new StringSchema().description("What was wrong, for a person to act on"));
		problem.addProperty("instance", new StringSchema());
		problem.addProperty("errors",
				new ArraySchema().items(error).description("Each fault, where there are several"));
		return problem;
	}

}
