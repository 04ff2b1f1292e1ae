package org.lacatlas.security;

import java.net.http.HttpRequest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lacatlas.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Password guessing is slowed per account and per address, recorded without the password,
 * and never answered with a redirect to a client that does not ask for pages.
 */
class SignInThrottleTests extends IntegrationTest {

	@AfterEach
	void cleanUp() {
		jdbc.sql("DELETE FROM sign_in_failure").update();
		jdbc.sql("UPDATE app_user SET failures_forgiven_at = now(), locked_until = NULL").update();
	}

	@Test
	void afterThreeWrongPasswordsTheAccountMustWaitEvenWithTheRightOne() throws Exception {
		var guesser = new Caller(url(""), "10.2.0.1");
		for (int i = 0; i < 3; i++) {
			assertThat(guesser.basic("/api/me", "coordinator", "guess number " + i).statusCode()).isEqualTo(401);
		}
		var waiting = new Caller(url(""), "10.2.0.2").basic("/api/me", "coordinator", PASSWORD);
		assertThat(waiting.statusCode()).isEqualTo(429);
		assertThat(waiting.headers().firstValue("Retry-After")).isPresent();
		assertThat(waiting.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(jdbc.sql("SELECT count(*) FROM sign_in_failure WHERE username = 'coordinator'")
			.query(Integer.class)
			.single()).isEqualTo(3);
		assertThat(
				jdbc.sql("SELECT string_agg(CAST(f AS text), ' ') FROM sign_in_failure f").query(String.class).single())
			.doesNotContain("guess number");
	}

	@Test
	void manyFailuresFromOneAddressSlowThatAddressOnly() throws Exception {
		jdbc.sql("""
				INSERT INTO sign_in_failure (username, address)
				SELECT 'someone-' || g, '10.2.0.9' FROM generate_series(1, 20) g
				""").update();
		assertThat(new Caller(url(""), "10.2.0.9").basic("/api/me", "planner", PASSWORD).statusCode()).isEqualTo(429);
		assertThat(new Caller(url(""), "10.2.0.10").basic("/api/me", "planner", PASSWORD).statusCode()).isEqualTo(200);
	}

	@Test
	void aWrongBasicPasswordGets401NotARedirectLoopAndPublicLayersOpenWithoutOne() throws Exception {
		var gdal = new Caller(url(""), "10.2.0.3");
		var wrong = gdal.send(gdal.request("/ogc/collections?council=" + THURROCK)
			.header("Accept", "*/*")
			.header("Authorization", Caller.basicHeader("planner", "not the password")));
		assertThat(wrong.statusCode()).isEqualTo(401);
		assertThat(wrong.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
		assertThat(wrong.headers().firstValue("Location")).isEmpty();
		var loginPage = gdal.send(
				gdal.request("/login.html").header("Authorization", Caller.basicHeader("planner", "not the password")));
		assertThat(loginPage.statusCode()).isEqualTo(401);
		assertThat(gdal.send(gdal.request("/ogc/collections?council=" + THURROCK).header("Accept", "*/*")).statusCode())
			.isEqualTo(200);
	}

	@Test
	void aCookieSessionNeedsItsCsrfTokenWhateverAuthorizationHeaderComesWithIt() throws Exception {
		var browser = new Caller(url(""), "10.2.0.4");
		assertThat(browser.signIn("planner", PASSWORD).statusCode()).isEqualTo(200);
		String body = "{\"name\":\"\"}";
		for (String authorization : new String[] { "Bearer anything", Caller.basicHeader("x", "y") }) {
			var forged = browser.send(browser.request("/api/coordinators")
				.header("Content-Type", "application/json")
				.header("Authorization", authorization)
				.POST(HttpRequest.BodyPublishers.ofString(body)));
			assertThat(forged.statusCode()).as(authorization).isEqualTo(403);
			assertThat(forged.body()).contains("CSRF");
		}
		var real = browser.send(browser.request("/api/coordinators")
			.header("Content-Type", "application/json")
			.header("X-XSRF-TOKEN", browser.token())
			.POST(HttpRequest.BodyPublishers.ofString(body)));
		assertThat(real.statusCode()).isEqualTo(400);
	}

	@Test
	void pagesCarryAPolicyWithoutInlineScriptAndCookiesAreSecureBehindTls() throws Exception {
		var browser = new Caller(url(""), "10.2.0.5");
		var page = browser.get("/");
		String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
		String scripts = policy.replaceAll(".*script-src ([^;]*);.*", "$1");
		assertThat(scripts).startsWith("'self'").doesNotContain("unsafe-inline").contains("'sha256-");
		assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
		var plain = browser.signIn("planner", PASSWORD);
		assertThat(plain.headers().allValues("Set-Cookie"))
			.anySatisfy(c -> assertThat(c).startsWith("SESSION=").doesNotContain("Secure"));
		var tls = new Caller(url(""), "10.2.0.6");
		tls.get("/api/config");
		var secure = tls.send(tls.request("/login")
			.header("X-Forwarded-Proto", "https")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Requested-With", "fetch")
			.header("X-XSRF-TOKEN", tls.token())
			.POST(HttpRequest.BodyPublishers.ofString("username=planner&password=" + PASSWORD)));
		assertThat(secure.statusCode()).isEqualTo(200);
		assertThat(secure.headers().allValues("Set-Cookie"))
			.anySatisfy(c -> assertThat(c).startsWith("SESSION=").contains("Secure"));
	}

}
