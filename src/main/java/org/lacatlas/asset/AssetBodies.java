package org.lacatlas.asset;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Request bodies read with a size limit, so an oversized body is refused (413, naming
 * {@code body}) before it is parsed or stored.
 */
final class AssetBodies {

	private AssetBodies() {
	}

	static byte[] read(HttpServletRequest request, int limit) throws IOException {
		long declared = request.getContentLengthLong();
		if (declared > limit) {
			throw tooLarge(declared + " bytes", limit);
		}
		byte[] body = request.getInputStream().readNBytes(limit + 1);
		if (body.length > limit) {
			throw tooLarge("more than " + limit + " bytes", limit);
		}
		return body;
	}

	static JsonNode json(HttpServletRequest request, int limit, ObjectMapper json) throws IOException {
		byte[] body = read(request, limit);
		try {
			JsonNode node = json.readTree(body);
			if (node == null || node.isMissingNode()) {
				throw AssetRejected.of("body", "is empty: send a GeoJSON Feature");
			}
			return node;
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw AssetRejected.of("body", "is not JSON: " + ex.getOriginalMessage());
		}
	}

	private static ErrorResponseException tooLarge(String size, int limit) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
				"body: the request is " + size + "; at most " + limit + " bytes are accepted. Nothing was changed.");
		problem.setTitle("Request too large");
		problem.setProperty("errors", List.of(FieldError.of("body", "is larger than " + limit + " bytes")));
		return new ErrorResponseException(HttpStatus.PAYLOAD_TOO_LARGE, problem, null);
	}

}
