package org.lacatlas.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The Content-Security-Policy of every answer: scripts only from this server, no inline
 * script or handler, except the pages' import maps (which browsers accept only inline),
 * each allowed by its SHA-256 as read from the pages at start-up, so a changed map is
 * allowed without editing this class and an injected script is not. Images also from the
 * basemap's tile server.
 */
@Component
class ContentSecurityPolicy {

	private static final Pattern IMPORT_MAP = Pattern.compile("<script type=\"importmap\">(.*?)</script>",
			Pattern.DOTALL);

	private final String policy;

	ContentSecurityPolicy(
			@Value("${lacatlas.map.basemap-url:https://tile.openstreetmap.org/{z}/{x}/{y}.png}") String basemap)
			throws IOException {
		var hashes = new TreeSet<String>();
		for (Resource page : new PathMatchingResourcePatternResolver().getResources("classpath*:static/**/*.html")) {
			String html = page.getContentAsString(StandardCharsets.UTF_8);
			IMPORT_MAP.matcher(html).results().forEach(m -> hashes.add("'sha256-" + sha256(m.group(1)) + "'"));
		}
		this.policy = "default-src 'self'; script-src 'self' " + String.join(" ", hashes)
				+ "; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:" + origin(basemap)
				+ "; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
	}

	String policy() {
		return policy;
	}

	/**
	 * The tile server's scheme and host, e.g. " https://tile.openstreetmap.org"; "" for
	 * none.
	 */
	private static String origin(String basemap) {
		if (basemap == null || basemap.isBlank()) {
			return "";
		}
		URI uri = URI.create(basemap.replaceAll("\\{[a-z]}", "0"));
		return uri.getHost() == null ? "" : " " + uri.getScheme() + "://" + uri.getAuthority();
	}

	private static String sha256(String text) {
		try {
			return Base64.getEncoder()
				.encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new UncheckedIOException(new IOException(ex));
		}
	}

}
