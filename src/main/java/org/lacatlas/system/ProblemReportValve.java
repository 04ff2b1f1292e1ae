package org.lacatlas.system;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own refusals, made before any of the app runs (a {@code %00} or {@code %2f} in
 * the path, an address or headers over 8 kB): problem+json instead of Tomcat's HTML page,
 * which also named the server's version.
 */
public class ProblemReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		try {
			response.setContentType("application/problem+json");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			Writer out = response.getReporter();
			if (out != null) {
				out.write("{\"type\":\"about:blank\",\"status\":" + status + ",\"title\":\"" + title(status)
						+ "\",\"detail\":\"" + detail(status) + "\"}");
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The client has gone or the answer was committed: nothing more to say.
		}
	}

	private static String title(int status) {
		var known = org.springframework.http.HttpStatus.resolve(status);
		return known == null ? "Error" : known.getReasonPhrase();
	}

	private static String detail(int status) {
		return switch (status) {
			case 400 -> "The request is not well formed: its address or headers hold characters, encodings or "
					+ "sizes this server does not accept (no %00 or %2F; address and headers under 8 kB).";
			case 413 -> "The request is too large.";
			case 414 -> "The address is too long.";
			default -> status >= 500 ? "Something went wrong on the server. Please try again." : title(status) + ".";
		};
	}

}
