package org.lacatlas.system;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lacatlas.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every bad input of {@link BadInputCases} is refused with a 4xx problem+json saying what
 * was wrong, and changes nothing: the rows of Thurrock's tables are counted before and
 * after each.
 */
class BadInputTests extends IntegrationTest {

	private static final String COUNTS = """
			SELECT concat_ws(' ',
				(SELECT count(*) FROM asset WHERE authority_code = 'E06000034'),
				(SELECT count(*) FROM coordinator_post WHERE authority_code = 'E06000034'),
				(SELECT count(*) FROM introduction WHERE authority_code = 'E06000034'),
				(SELECT count(*) FROM scenario WHERE authority_code = 'E06000034'),
				(SELECT count(*) FROM app_user WHERE council_code = 'E06000034'),
				(SELECT string_agg(username || role || enabled, ',' ORDER BY username) FROM app_user
					WHERE council_code = 'E06000034'),
				(SELECT count(*) FROM neighbourhood_plan WHERE authority_code = 'E06000034'))
			""";

	/** One signed-in session per user, so each case does not pay a password check. */
	private static final Map<String, HttpClient> SESSIONS = new ConcurrentHashMap<>();

	private HttpClient session(String who) {
		return SESSIONS.computeIfAbsent(port + who, key -> {
			var cookies = new CookieManager();
			var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies).build();
			try {
				http.send(HttpRequest.newBuilder(URI.create(url("/api/config"))).build(),
						HttpResponse.BodyHandlers.discarding());
				var signedIn = http.send(HttpRequest.newBuilder(URI.create(url("/login")))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.header("X-Requested-With", "fetch")
					.header("X-XSRF-TOKEN", token(cookies))
					.POST(HttpRequest.BodyPublishers.ofString("username=" + who + "&password=" + PASSWORD))
					.build(), HttpResponse.BodyHandlers.discarding());
				assertThat(signedIn.statusCode()).isEqualTo(200);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
			TOKENS.put(port + who, token(cookies));
			return http;
		});
	}

	private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

	private static String token(CookieManager cookies) {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals("XSRF-TOKEN"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse("");
	}

	/** A small area of Thurrock in no post's patch: one a proposed patch may take in. */
	private String freeArea() {
		return jdbc
			.sql("""
					SELECT min(s.code) FROM small_area s WHERE s.authority_code = 'E06000034' AND NOT EXISTS (
						SELECT 1 FROM neighbourhood_area na JOIN coordinator_post p ON p.neighbourhood_id = na.neighbourhood_id
						WHERE na.small_area_code = s.code)
					""")
			.query(String.class)
			.single();
	}

	static List<BadInputCases.Case> cases() {
		return BadInputCases.all();
	}

	@Test
	void thereAreAtLeastThreeHundredCases() {
		assertThat(cases()).hasSizeGreaterThanOrEqualTo(300);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void isRefusedWithAProblemAndChangesNothing(BadInputCases.Case bad) throws Exception {
		String before = jdbc.sql(COUNTS).query(String.class).single();
		String body = bad.body() == null ? null : bad.body().replace(BadInputCases.FREE_AREA, freeArea());
		HttpClient http = session(bad.who());
		var request = HttpRequest.newBuilder(URI.create(url(bad.path())))
			.header("X-XSRF-TOKEN", TOKENS.get(port + bad.who()))
			.header("Content-Type", "application/json")
			.method(bad.method(),
					body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(answer.body()).isBetween(400, 499);
		assertThat(answer.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(answer.body()).contains("\"detail\"");
		assertThat(jdbc.sql(COUNTS).query(String.class).single()).isEqualTo(before);
	}

}
