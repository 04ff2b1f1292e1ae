package org.lacatlas.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the API document says about each operation, from {@code api-operations.txt}: who
 * may call it, the media type of its success and its summary. Kept in one file beside the
 * code so every module's endpoints are described the same way.
 */
final class ApiOperations {

	/** Who may call an operation. */
	enum Access {

		/** anyone, signed in or not */
		ANYONE,
		/** a signed-in user (the role may restrict it further) */
		SIGNED_IN,
		/** anyone for public tile layers, signed-in users for the others */
		LAYER,
		/** anyone, unless the council closes its Open Referral directory */
		OPEN_REFERRAL

	}

	/**
	 * @param mediaType the success's media type, or "none" for an empty answer
	 */
	record Operation(Access access, String mediaType, String summary) {
	}

	static final Set<String> BINARY = Set.of("text/csv", "application/vnd.mapbox-vector-tile");

	private ApiOperations() {
	}

	/** Operations by {@code "METHOD /path"}. */
	static Map<String, Operation> load() {
		Map<String, Operation> operations = new LinkedHashMap<>();
		try (var in = ApiOperations.class.getResourceAsStream("/api-operations.txt");
				var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			lines.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(line -> {
				String[] parts = line.split("\\s*\\|\\s*", 4);
				if (parts.length != 4) {
					throw new IllegalStateException("api-operations.txt: cannot read '" + line + "'");
				}
				Access access = Access.valueOf(parts[1].toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
				operations.put(parts[0], new Operation(access, parts[2], parts[3]));
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return operations;
	}

}
