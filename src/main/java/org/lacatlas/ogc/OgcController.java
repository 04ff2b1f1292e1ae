package org.lacatlas.ogc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import org.lacatlas.council.Council;
import org.lacatlas.council.SignedInCouncil;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * OGC API – Features: the landing page, the conformance declaration and the API
 * definition ({@code service-desc}, OpenAPI 3.0, in its own media type; its HTML form is
 * the {@code service-doc}). Each answers JSON or HTML as {@link OgcFormat} says.
 */
@RestController
class OgcController {

	static final List<String> CONFORMANCE = List.of("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
			"http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
			"http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html",
			"http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
			"http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables",
			"http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables-query-parameters",
			"http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/filter",
			"http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/features-filter",
			"http://www.opengis.net/spec/cql2/1.0/conf/cql2-text",
			"http://www.opengis.net/spec/cql2/1.0/conf/basic-cql2");

	static final String TITLE = "LAC Atlas";

	static final String DESCRIPTION = "Local Area Coordination geography, neighbourhoods and community assets as "
			+ "OGC API – Features.";

	private static final List<MediaType> JSON = List.of(MediaType.APPLICATION_JSON);

	private static final List<MediaType> OPENAPI = List.of(MediaType.parseMediaType(OgcLinks.OPENAPI),
			MediaType.APPLICATION_JSON);

	private static final Set<String> ONLY_F = Set.of("f");

	private final OgcApiDefinition definition;

	OgcController(OgcApiDefinition definition) {
		this.definition = definition;
	}

	@GetMapping({ "/ogc", "/ogc/" })
	ResponseEntity<?> landing(HttpServletRequest request,
			@RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
		var params = OgcParameters.single(request.getParameterMap(), ONLY_F, null);
		var links = OgcLinks.selfAndHtml("/ogc", OgcLinks.JSON, "This document");
		links.add(OgcLinks.link("/ogc/api", "service-desc", OgcLinks.OPENAPI, "The API definition (OpenAPI 3.0)"));
		links.add(OgcLinks.link("/ogc/api?f=html", "service-doc", OgcLinks.HTML, "The API documentation"));
		links.add(OgcLinks.link("/ogc/conformance", "conformance", OgcLinks.JSON, "Conformance classes"));
		links.add(OgcLinks.link("/ogc/collections", "data", OgcLinks.JSON, "The collections"));
		if (OgcFormat.of(params.get("f"), accept, JSON) == OgcFormat.HTML) {
			return OgcHtml.page(TITLE)
				.paragraph(DESCRIPTION)
				.links("Contents",
						List.of(new String[] { "/ogc/collections?f=html", "The collections" },
								new String[] { "/ogc/conformance?f=html", "Conformance classes" },
								new String[] { "/ogc/api?f=html", "The API documentation" },
								new String[] { "/ogc/api", "The API definition (OpenAPI 3.0, JSON)" },
								new String[] { "/ogc?f=json", "This page as JSON" }))
				.answer();
		}
		Map<String, Object> landing = new LinkedHashMap<>();
		landing.put("title", TITLE);
		landing.put("description", DESCRIPTION);
		landing.put("links", links);
		return json(MediaType.APPLICATION_JSON, landing);
	}

	@GetMapping("/ogc/conformance")
	ResponseEntity<?> conformance(HttpServletRequest request,
			@RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
		var params = OgcParameters.single(request.getParameterMap(), ONLY_F, null);
		if (OgcFormat.of(params.get("f"), accept, JSON) == OgcFormat.HTML) {
			return OgcHtml.page("Conformance classes")
				.paragraph("The parts of the OGC standards this API implements.")
				.list(CONFORMANCE)
				.links("Elsewhere", List.<String[]>of(new String[] { "/ogc?f=html", "Landing page" }))
				.answer();
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("links", OgcLinks.selfAndHtml("/ogc/conformance", OgcLinks.JSON, "Conformance classes"));
		body.put("conformsTo", CONFORMANCE);
		return json(MediaType.APPLICATION_JSON, body);
	}

	@GetMapping("/ogc/api")
	ResponseEntity<?> api(HttpServletRequest request,
			@RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
		var params = OgcParameters.single(request.getParameterMap(), ONLY_F, null);
		ObjectNode document = definition.document(OgcLinks.server("/ogc"));
		if (OgcFormat.of(params.get("f"), accept, OPENAPI) == OgcFormat.HTML) {
			return OgcApiPage.of(document);
		}
		return json(MediaType.parseMediaType(OgcLinks.OPENAPI), document);
	}

	static ResponseEntity<Object> json(MediaType type, Object body) {
		return ResponseEntity.ok().contentType(type).header("Vary", "Accept").body(body);
	}

	/**
	 * Whose data a collection holds for this request: a public one the named council's
	 * (or the only one's); one for signed-in users only their own council's, whatever is
	 * named.
	 */
	static String councilOf(FeatureCollections.Collection c, Council council) {
		if (c.signedIn() && !SignedInCouncil.required().equals(council.code())) {
			throw new OgcProblem.CollectionForOwnUsers(
					c.title() + " of " + council.name() + " are for its own users only.");
		}
		return council.code();
	}

	/** 401 with a Basic challenge, so GIS clients ask for a user name and password. */
	static ErrorResponseException signInRequired(FeatureCollections.Collection c) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, "Sign in to read " + c.title() + ".");
		var ex = new ErrorResponseException(HttpStatus.UNAUTHORIZED, problem, null);
		ex.getHeaders().set("WWW-Authenticate", "Basic realm=\"LAC Atlas\"");
		return ex;
	}

	static boolean signedIn(Authentication who) {
		return who != null && who.isAuthenticated() && !"anonymousUser".equals(who.getName());
	}

}
