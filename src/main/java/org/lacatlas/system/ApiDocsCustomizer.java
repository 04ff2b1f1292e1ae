package org.lacatlas.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.BinarySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Completes each operation springdoc found: its summary, who may call it (security), the
 * media type of its success instead of {@code *&#47;*}, typed shared parameters
 * ({@link ApiParameters}), the problem+json errors it can give, and a tag per part of the
 * product. Paths ending in "/" (a convenience for people typing them) are left out.
 */
class ApiDocsCustomizer implements OpenApiCustomizer {

	/** Error responses, by status. */
	static final Map<String, String> ERRORS = new LinkedHashMap<>(Map.of("400",
			"What was sent cannot be used; detail (and errors) say why", "401",
			"Sign in: HTTP Basic or the session of the map", "403", "Signed in, but your role does not allow this",
			"404", "There is no such thing (or you may not see it)", "406",
			"The Accept header allows no encoding offered", "412",
			"Someone saved a newer version first; nothing was changed", "428",
			"Say which version you started from (If-Match or version)"));

	/** Operations that check a version sent in their body. */
	private static final Set<String> VERSIONED = Set.of("POST /api/neighbourhoods/moves", "PUT /api/coordinators/{id}",
			"DELETE /api/scenarios/{id}", "POST /api/neighbourhoods/import");

	private final Map<String, ApiOperations.Operation> operations;

	ApiDocsCustomizer(Map<String, ApiOperations.Operation> operations) {
		this.operations = operations;
	}

	@Override
	public void customise(OpenAPI api) {
		api.getPaths().keySet().removeIf(path -> path.length() > 1 && path.endsWith("/"));
		api.getPaths()
			.forEach((path, item) -> item.readOperationsMap()
				.forEach((method, op) -> describe(method + " " + path, path, op)));
	}

	private void describe(String key, String path, Operation op) {
		ApiOperations.Operation about = operations.get(key);
		if (about == null) {
			return; // no summary: OpenApiLintTests names the operation
		}
		op.summary(about.summary());
		op.setTags(List.of(tag(path)));
		op.setSecurity(security(about.access()));
		if (op.getParameters() != null) {
			op.getParameters().removeIf(p -> ApiParameters.HEADERS_NOT_DOCUMENTED.contains(p.getName()));
			op.getParameters().forEach(p -> ApiParameters.type(path, p));
		}
		success(op.getResponses(), about.mediaType());
		errors(key, path, op, about.access());
	}

	private static List<SecurityRequirement> security(ApiOperations.Access access) {
		var basic = new SecurityRequirement().addList("basicAuth");
		var session = new SecurityRequirement().addList("sessionCookie");
		return switch (access) {
			case ANYONE -> List.of();
			case SIGNED_IN -> List.of(basic, session);
			case LAYER, OPEN_REFERRAL -> List.of(new SecurityRequirement(), basic, session);
		};
	}

	private static void success(ApiResponses responses, String mediaType) {
		responses.forEach((status, response) -> {
			if (!status.startsWith("2")) {
				return;
			}
			if (mediaType.equals("none")) {
				response.setContent(null);
				return;
			}
			Schema<?> schema = null;
			if (response.getContent() != null && !response.getContent().isEmpty()) {
				schema = response.getContent().values().iterator().next().getSchema();
			}
			if (ApiOperations.BINARY.contains(mediaType)) {
				schema = new BinarySchema();
			}
			else if (schema == null || "string".equals(schema.getType())) {
				schema = new ObjectSchema(); // JSON built by PostGIS, returned as text
			}
			response.setContent(new Content().addMediaType(mediaType, new MediaType().schema(schema)));
			if (response.getDescription() == null || response.getDescription().isBlank()
					|| response.getDescription().equals("OK")) {
				response.setDescription("Done");
			}
		});
	}

	private static void errors(String key, String path, Operation op, ApiOperations.Access access) {
		ApiResponses responses = op.getResponses();
		boolean input = (op.getParameters() != null && !op.getParameters().isEmpty()) || op.getRequestBody() != null
				|| !key.startsWith("GET ");
		boolean versioned = VERSIONED.contains(key) || (op.getParameters() != null
				&& op.getParameters().stream().map(Parameter::getName).anyMatch("If-Match"::equals));
		add(responses, "400", input || access == ApiOperations.Access.OPEN_REFERRAL);
		add(responses, "401", access != ApiOperations.Access.ANYONE);
		add(responses, "403", access == ApiOperations.Access.SIGNED_IN || access == ApiOperations.Access.LAYER);
		add(responses, "404", path.contains("{"));
		add(responses, "412", versioned);
		add(responses, "428", versioned && !VERSIONED.contains(key));
		boolean anyClientError = responses.keySet().stream().anyMatch(s -> s.startsWith("4"));
		add(responses, "406", !anyClientError);
	}

	private static void add(ApiResponses responses, String status, boolean when) {
		if (when && !responses.containsKey(status)) {
			responses.addApiResponse(status,
					new ApiResponse().$ref("#/components/responses/" + ApiDocs.response(status)));
		}
	}

	private static String tag(String path) {
		if (path.startsWith("/tiles/")) {
			return "Tiles";
		}
		if (path.startsWith("/openreferral")) {
			return "Open Referral UK";
		}
		if (path.endsWith("/coverage") || path.startsWith("/api/coverage")) {
			return "Coverage";
		}
		String part = path.split("/")[2];
		return switch (part) {
			case "borough", "wards", "small-areas", "places" -> "Geography";
			case "neighbourhoods" -> "Neighbourhoods";
			case "coordinators" -> "Coordinators";
			case "scenarios" -> "Planning";
			case "introductions" -> "Introductions";
			case "assets" -> "Assets";
			case "admin", "me" -> "Users";
			default -> "Map";
		};
	}

}
