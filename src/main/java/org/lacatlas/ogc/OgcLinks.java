package org.lacatlas.ogc;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Links of OGC API documents: absolute, each with {@code rel} and {@code type} (Part 1,
 * 7.6: every link of a response carries both).
 */
final class OgcLinks {

	/** The parameter naming the council whose public data a request reads. */
	static final String COUNCIL = "council";

	static final String JSON = "application/json";

	static final String GEOJSON = "application/geo+json";

	static final String HTML = "text/html";

	static final String OPENAPI = "application/vnd.oai.openapi+json;version=3.0";

	static final String SCHEMA = "application/schema+json";

	static final String TILEJSON = "application/json";

	static final String QUERYABLES = "http://www.opengis.net/def/rel/ogc/1.0/queryables";

	private OgcLinks() {
	}

	/**
	 * The absolute address of a path of this server, keeping the request's
	 * {@code council} parameter: a client following links (GDAL paging, say) stays in the
	 * council it asked for.
	 */
	static String href(String pathAndQuery) {
		return server(keepCouncil(pathAndQuery));
	}

	/** The absolute address of a path, as it is. */
	static String server(String path) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() + path;
	}

	/**
	 * A path of this server with the request's {@code council} parameter, if it has one.
	 */
	static String keepCouncil(String pathAndQuery) {
		var attributes = RequestContextHolder.getRequestAttributes();
		String council = attributes instanceof ServletRequestAttributes r ? r.getRequest().getParameter(COUNCIL) : null;
		if (council == null || pathAndQuery.matches(".*[?&]" + COUNCIL + "=.*")) {
			return pathAndQuery;
		}
		return pathAndQuery + (pathAndQuery.contains("?") ? "&" : "?") + COUNCIL + "=" + encode(council);
	}

	static Map<String, String> link(String pathAndQuery, String rel, String type, String title) {
		Map<String, String> link = new LinkedHashMap<>();
		link.put("href", href(pathAndQuery));
		link.put("rel", rel);
		link.put("type", type);
		link.put("title", title);
		return link;
	}

	/** The same resource as JSON ({@code self}) and as HTML ({@code alternate}). */
	static List<Map<String, String>> selfAndHtml(String path, String jsonType, String title) {
		List<Map<String, String>> links = new ArrayList<>();
		links.add(link(path, "self", jsonType, title));
		links.add(link(path + (path.contains("?") ? "&" : "?") + "f=html", "alternate", HTML, title + " as HTML"));
		return links;
	}

	/**
	 * {@code ?a=1&b=2} of the given parameters, values percent-encoded except for commas,
	 * slashes and colons (a bbox or datetime stays readable), or "" when there are none.
	 */
	static String query(Map<String, String> params) {
		if (params.isEmpty()) {
			return "";
		}
		List<String> pairs = new ArrayList<>();
		params.forEach((name, value) -> pairs.add(encode(name) + "=" + encode(value)));
		return "?" + String.join("&", pairs);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8)
			.replace("%2C", ",")
			.replace("%2F", "/")
			.replace("%3A", ":")
			.replace("+", "%20");
	}

	/** A path segment: an id as it may appear between slashes. */
	static String segment(String id) {
		return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
