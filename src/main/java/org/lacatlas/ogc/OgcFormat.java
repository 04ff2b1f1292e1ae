package org.lacatlas.ogc;

import java.util.List;
import java.util.Set;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * JSON or HTML, chosen as Part 1 says (7.7, 7.8): {@code f=json|html} when given, else by
 * the {@code Accept} header — a browser (which prefers {@code text/html}) gets HTML; GIS
 * clients, scripts and anyone who accepts anything get JSON. An {@code Accept} that
 * allows neither is 406.
 */
enum OgcFormat {

	JSON, HTML;

	static final Set<String> NAMES = Set.of("json", "html");

	/**
	 * @param f the {@code f} parameter, or null
	 * @param accept the {@code Accept} header, or null
	 * @param json the JSON media types this resource offers, most specific first
	 */
	static OgcFormat of(String f, String accept, List<MediaType> json) {
		if (f != null) {
			return f.equals("html") ? HTML : JSON;
		}
		if (accept == null || accept.isBlank()) {
			return JSON;
		}
		List<MediaType> asked;
		try {
			asked = new java.util.ArrayList<>(MediaType.parseMediaTypes(accept));
		}
		catch (InvalidMediaTypeException ex) {
			throw new OgcProblem.ParameterInvalid("The Accept header cannot be read.");
		}
		// most wanted first; equal qualities keep the client's order
		asked.sort(java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed());
		for (MediaType wanted : asked) {
			if (wanted.getQualityValue() == 0) {
				continue;
			}
			if (wanted.isWildcardType() || json.stream().anyMatch(wanted::isCompatibleWith)) {
				return JSON;
			}
			if (wanted.isCompatibleWith(MediaType.TEXT_HTML)) {
				return HTML;
			}
		}
		throw new OgcProblem.FormatNotOffered(
				"This resource is offered as " + json.get(0) + " or text/html (f=json or f=html).");
	}

}
