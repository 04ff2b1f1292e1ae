package org.lacatlas.asset;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An asset's version is its ETag ({@code "3"}). An edit says which version it started
 * from, in {@code If-Match} (preferred) or in a {@code version} property of the body.
 */
final class AssetVersions {

	private static final Pattern ETAG = Pattern.compile("^\\s*(?:W/)?\"?(\\d{1,9})\"?\\s*$");

	private AssetVersions() {
	}

	static String etag(int version) {
		return "\"" + version + "\"";
	}

	/**
	 * The version the client edited: from {@code If-Match} if sent, else the body's
	 * {@code version}; null when neither is given.
	 */
	static Integer expected(String ifMatch, Integer bodyVersion) {
		if (ifMatch == null || ifMatch.isBlank()) {
			return bodyVersion;
		}
		Matcher m = ETAG.matcher(ifMatch);
		if (!m.matches()) {
			throw new AssetProblem.AssetVersionUnreadable();
		}
		return Integer.valueOf(m.group(1));
	}

	/** As {@link #expected}, but a missing version is refused with 428. */
	static int required(String ifMatch, Integer bodyVersion) {
		Integer version = expected(ifMatch, bodyVersion);
		if (version == null) {
			throw new AssetProblem.AssetVersionMissing();
		}
		return version;
	}

}
