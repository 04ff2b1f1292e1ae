package org.lacatlas.asset;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;

import org.lacatlas.council.Council;
import org.lacatlas.council.PublicCouncilData;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The Open Referral UK API under {@code /openreferral}: {@code /} (which version and
 * profile), {@code /services} (paged, with the profile's filters) and
 * {@code /services/{id}}, of the council named by {@code council=} (or the only one, or
 * the signed-in user's). Open to anyone unless {@code lacatlas.open-referral.open} is
 * false; every origin may read it (CORS), as the profile requires.
 */
@RestController
@RequestMapping(path = "/openreferral", produces = MediaType.APPLICATION_JSON_VALUE)
class OpenReferralController {

	private final OpenReferralDirectory directory;

	private final OpenReferralProperties properties;

	OpenReferralController(OpenReferralDirectory directory, OpenReferralProperties properties) {
		this.directory = directory;
		this.properties = properties;
	}

	@GetMapping({ "", "/" })
	Map<String, Object> about(@PublicCouncilData Council council, HttpServletRequest request, Authentication who) {
		mayRead(who);
		OpenReferralQuery.none(request.getParameterMap());
		Map<String, Object> about = new LinkedHashMap<>();
		about.put("version", OpenReferralDirectory.VERSION);
		about.put("profile", OpenReferralDirectory.PROFILE);
		about.put("openapi_url",
				ServletUriComponentsBuilder.fromCurrentContextPath().path("/v3/api-docs").build().toUriString());
		return about;
	}

	@GetMapping("/services")
	@Parameters({ @Parameter(name = "page", in = ParameterIn.QUERY, schema = @Schema(type = "integer", minimum = "1")),
			@Parameter(name = "per_page", in = ParameterIn.QUERY,
					schema = @Schema(type = "integer", minimum = "1", maximum = "500", defaultValue = "50")),
			@Parameter(name = "search", in = ParameterIn.QUERY, schema = @Schema(type = "string"),
					description = "Words of the name or description"),
			@Parameter(name = "taxonomy_term_id", in = ParameterIn.QUERY, schema = @Schema(type = "string"),
					description = "Services with this category or free tag (a taxonomy term id)"),
			@Parameter(name = "taxonomy_id", in = ParameterIn.QUERY, schema = @Schema(type = "string"),
					description = "Services with a term of this taxonomy (categories or free tags)"),
			@Parameter(name = "minimum_age", in = ParameterIn.QUERY, schema = @Schema(type = "number"),
					description = "No service here records age limits, so none matches"),
			@Parameter(name = "maximum_age", in = ParameterIn.QUERY, schema = @Schema(type = "number"),
					description = "No service here records age limits, so none matches"),
			@Parameter(name = "start_time", in = ParameterIn.QUERY, schema = @Schema(type = "string"),
					description = "HH:MM; opening times here are " + "free text, so no service matches"),
			@Parameter(name = "end_time", in = ParameterIn.QUERY, schema = @Schema(type = "string"),
					description = "HH:MM; as start_time"),
			@Parameter(name = "day", in = ParameterIn.QUERY, schema = @Schema(type = "string"),
					description = "MO..SU or Monday..Sunday; as start_time") })
	ObjectNode services(@PublicCouncilData Council council, HttpServletRequest request, Authentication who) {
		mayRead(who);
		return directory.services(council.code(), OpenReferralQuery.parse(request.getParameterMap()));
	}

	@GetMapping("/services/{id}")
	ObjectNode service(@PathVariable String id, @PublicCouncilData Council council, HttpServletRequest request,
			Authentication who) {
		mayRead(who);
		OpenReferralQuery.none(request.getParameterMap());
		return directory.service(council.code(), id)
			.orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(
					HttpStatus.NOT_FOUND, "No published service of " + council.name() + " with id " + id + "."), null));
	}

	private void mayRead(Authentication who) {
		boolean signedIn = who != null && who.isAuthenticated() && !"anonymousUser".equals(who.getName());
		if (!properties.open() && !signedIn) {
			var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
					"This council has not opened its directory yet; sign in to read it.");
			var ex = new ErrorResponseException(HttpStatus.UNAUTHORIZED, problem, null);
			ex.getHeaders().set("WWW-Authenticate", "Basic realm=\"LAC Atlas\"");
			throw ex;
		}
	}

}
