package org.lacatlas.security;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A test's HTTP caller, seen from a given address (X-Forwarded-For, honoured from the
 * local proxy): with a cookie session after {@link #signIn}, or with HTTP Basic; never
 * following redirects, so a redirect is seen as one.
 */
final class Caller {

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.cookieHandler(cookies)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String base;

	private final String address;

	Caller(String base, String address) {
		this.base = base;
		this.address = address;
	}

	HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(base + path)).header("X-Forwarded-For", address);
	}

	HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> get(String path) throws Exception {
		return send(request(path));
	}

	/** Form sign-in as the map does it (fetching the CSRF cookie first). */
	HttpResponse<String> signIn(String username, String password) throws Exception {
		get("/api/config");
		String form = "username=" + username + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
		return send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Requested-With", "fetch")
			.header("X-XSRF-TOKEN", token())
			.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	HttpResponse<String> basic(String path, String username, String password) throws Exception {
		return send(request(path).header("Authorization", basicHeader(username, password)));
	}

	static String basicHeader(String username, String password) {
		return "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	String token() {
		return cookie("XSRF-TOKEN");
	}

	String cookie(String name) {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse("");
	}

}
