package org.lacatlas.system;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacatlas.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests refused before any controller runs (by Tomcat, Spring Security's firewall or
 * for want of a handler) are answered as problem+json too, never as HTML or Spring's
 * {"timestamp"} page. Sent over a raw socket so nothing normalises the path first.
 */
class ContainerErrorTests extends IntegrationTest {

	@ParameterizedTest
	@ValueSource(strings = { "/api/assets%00", "/api/a%2fb", "/api/assets;x=1", "//api/config", "/api/%2e%2e/x",
			"/api/assets/%zz", "/no/such/page", "LONG", "HEADER" })
	void isProblemJson(String path) throws Exception {
		String header = path.equals("HEADER") ? "X-Big: " + "y".repeat(10_000) + "\r\n" : "";
		String target = path.equals("HEADER") ? "/api/config"
				: path.equals("LONG") ? "/api/config/" + "x".repeat(9000) : path;
		String answer = raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n" + header
				+ "Accept: */*\r\nConnection: close\r\n\r\n");
		String status = answer.substring(0, answer.indexOf("\r\n"));
		assertThat(status).as(answer).matches("HTTP/1.1 4\\d\\d.*");
		assertThat(answer.toLowerCase()).as(answer).contains("content-type: application/problem+json");
		assertThat(answer).doesNotContain("<html").doesNotContain("timestamp").doesNotContain("Tomcat");
	}

	private String raw(String request) throws Exception {
		try (Socket socket = new Socket("localhost", port)) {
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
			return in.lines().collect(Collectors.joining("\r\n"));
		}
	}

}
