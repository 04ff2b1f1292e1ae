package org.lacatlas.ogc;

import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.HtmlUtils;

/**
 * The HTML encoding of the OGC resources (Part 1, conformance class html): plain,
 * accessible pages — a language, a title, one heading per page, a skip-free layout of
 * headings, lists and tables with captions and header cells — and no script, so they read
 * the same in any browser or screen reader. Everything from the data is escaped.
 */
final class OgcHtml {

	static final MediaType TYPE = MediaType.parseMediaType("text/html;charset=UTF-8");

	private static final String STYLE = "body{font-family:system-ui,sans-serif;max-width:60rem;margin:1rem auto;"
			+ "padding:0 1rem;line-height:1.4;color:#1b1b1b}table{border-collapse:collapse}th,td{border:1px solid "
			+ "#999;padding:.25rem .5rem;text-align:left;vertical-align:top}caption{text-align:left;font-weight:bold}"
			+ "a{color:#0b4fa0}a:focus{outline:3px solid #f9a800}";

	private final StringBuilder html = new StringBuilder();

	private OgcHtml(String title) {
		html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
			.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
			.append(escape(title))
			.append(" – LAC Atlas</title>\n<style>")
			.append(STYLE)
			.append("</style>\n</head>\n<body>\n<main>\n<h1>")
			.append(escape(title))
			.append("</h1>\n");
	}

	static OgcHtml page(String title) {
		return new OgcHtml(title);
	}

	static String escape(Object text) {
		return text == null ? "" : HtmlUtils.htmlEscape(String.valueOf(text));
	}

	OgcHtml paragraph(String text) {
		html.append("<p>").append(escape(text)).append("</p>\n");
		return this;
	}

	OgcHtml heading(String text) {
		html.append("<h2>").append(escape(text)).append("</h2>\n");
		return this;
	}

	/** A list of links, each {@code [href, text]}; an href made by this server. */
	OgcHtml links(String label, List<String[]> links) {
		html.append("<nav aria-label=\"").append(escape(label)).append("\">\n<ul>\n");
		for (String[] link : links) {
			html.append("<li>").append(anchor(link[0], link[1])).append("</li>\n");
		}
		html.append("</ul>\n</nav>\n");
		return this;
	}

	OgcHtml list(List<String> items) {
		html.append("<ul>\n");
		items.forEach(item -> html.append("<li>").append(escape(item)).append("</li>\n"));
		html.append("</ul>\n");
		return this;
	}

	/**
	 * A table: a caption, column headings and rows of cells; a cell given as
	 * {@code [href, text]} is a link, any other is text.
	 */
	OgcHtml table(String caption, List<String> headings, List<List<Object>> rows) {
		html.append("<table>\n<caption>").append(escape(caption)).append("</caption>\n<thead><tr>");
		headings.forEach(h -> html.append("<th scope=\"col\">").append(escape(h)).append("</th>"));
		html.append("</tr></thead>\n<tbody>\n");
		for (List<Object> row : rows) {
			html.append("<tr>");
			for (int i = 0; i < row.size(); i++) {
				String tag = i == 0 ? "th scope=\"row\"" : "td";
				html.append('<')
					.append(tag)
					.append('>')
					.append(cell(row.get(i)))
					.append("</")
					.append(i == 0 ? "th" : "td")
					.append('>');
			}
			html.append("</tr>\n");
		}
		html.append("</tbody>\n</table>\n");
		return this;
	}

	/** Name–value pairs as a two-column table. */
	OgcHtml pairs(String caption, Map<String, ?> pairs) {
		return table(caption, List.of("Property", "Value"),
				pairs.entrySet().stream().map(e -> List.<Object>of(e.getKey(), String.valueOf(e.getValue()))).toList());
	}

	private static String cell(Object value) {
		if (value instanceof String[] link) {
			return anchor(link[0], link[1]);
		}
		return escape(value == null ? "" : value);
	}

	private static String anchor(String href, String text) {
		return "<a href=\"" + escape(href.startsWith("/") ? OgcLinks.keepCouncil(href) : href) + "\">" + escape(text)
				+ "</a>";
	}

	ResponseEntity<String> answer() {
		html.append("</main>\n</body>\n</html>\n");
		return ResponseEntity.ok().contentType(TYPE).header("Vary", "Accept").body(html.toString());
	}

}
