package org.lacatlas.security;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lacatlas.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accounts stay manageable and sessions follow what an administrator decides: the last
 * administrator stays, a disabled or re-roled user's sessions end, an admin lifts a
 * lockout.
 */
class AccountSafetyTests extends IntegrationTest {

	@AfterEach
	void cleanUp() {
		jdbc.sql("DELETE FROM sign_in_failure").update();
		jdbc.sql("DELETE FROM spring_session WHERE principal_name LIKE 'safety-%'").update();
		jdbc.sql("DELETE FROM app_user WHERE username LIKE 'safety-%'").update();
		jdbc.sql("UPDATE app_user SET enabled = true, role = 'ADMIN' WHERE username = 'admin'").update();
	}

	@Test
	void theLastAdministratorOfACouncilCannotBeDisabledOrDemoted() throws Exception {
		var admin = new Caller(url(""), "10.1.0.1");
		for (String change : List.of("{\"enabled\":false}", "{\"role\":\"PLANNER\"}")) {
			var answer = patch(admin, "admin", change);
			assertThat(answer.statusCode()).as(change).isEqualTo(409);
			assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(answer.body()).contains("last administrator");
		}
		assertThat(jdbc.sql("SELECT enabled AND role = 'ADMIN' FROM app_user WHERE username = 'admin'")
			.query(Boolean.class)
			.single()).isTrue();
		create(admin, "safety-admin", "ADMIN");
		assertThat(patch(admin, "safety-admin", "{\"enabled\":false}").statusCode()).isEqualTo(200);
		assertThat(patch(admin, "admin", "{\"enabled\":false}").statusCode()).isEqualTo(409);
	}

	@Test
	void theLastServiceAdministratorCannotBeDisabled() throws Exception {
		var host = new Caller(url(""), "10.1.0.2");
		var answer = host.send(host.request("/api/admin/users/service_admin")
			.header("Authorization", Caller.basicHeader("service_admin", PASSWORD))
			.header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString("{\"enabled\":false}")));
		assertThat(answer.statusCode()).isEqualTo(409);
		assertThat(answer.body()).contains("last service administrator");
	}

	@Test
	void disablingAUserEndsTheirSessionsAtOnce() throws Exception {
		var admin = new Caller(url(""), "10.1.0.3");
		create(admin, "safety-planner", "PLANNER");
		var planner = new Caller(url(""), "10.1.0.4");
		assertThat(planner.signIn("safety-planner", "safety password").statusCode()).isEqualTo(200);
		assertThat(planner.get("/api/me").statusCode()).isEqualTo(200);
		assertThat(patch(admin, "safety-planner", "{\"enabled\":false}").statusCode()).isEqualTo(200);
		assertThat(planner.get("/api/me").statusCode()).isEqualTo(401);
		assertThat(planner.signIn("safety-planner", "safety password").statusCode()).isEqualTo(401);
	}

	@Test
	void changingARoleEndsTheOldRolesSessions() throws Exception {
		var admin = new Caller(url(""), "10.1.0.5");
		create(admin, "safety-coord", "PLANNER");
		var user = new Caller(url(""), "10.1.0.6");
		user.signIn("safety-coord", "safety password");
		assertThat(user.get("/api/me").body()).contains("PLANNER");
		var changed = patch(admin, "safety-coord", "{\"role\":\"COORDINATOR\"}");
		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(changed.body()).contains("COORDINATOR");
		assertThat(user.get("/api/me").statusCode()).isEqualTo(401);
		user.signIn("safety-coord", "safety password");
		assertThat(user.get("/api/me").body()).contains("COORDINATOR");
	}

	@Test
	void anAdministratorLiftsALockoutAfterWrongPasswords() throws Exception {
		var admin = new Caller(url(""), "10.1.0.7");
		create(admin, "safety-locked", "PLANNER");
		// Nine earlier failures, long enough ago that no delay is still running (and
		// after the account was made, which forgives nothing older).
		jdbc.sql(
				"UPDATE app_user SET failures_forgiven_at = now() - interval '1 hour' WHERE username = 'safety-locked'")
			.update();
		jdbc.sql("""
				INSERT INTO sign_in_failure (username, address, failed_at)
				SELECT 'safety-locked', '10.1.0.' || g, now() - interval '5 minutes' FROM generate_series(1, 9) g
				""").update();
		var guesser = new Caller(url(""), "10.1.0.8");
		assertThat(guesser.basic("/api/me", "safety-locked", "wrong guess 10").statusCode()).isEqualTo(401);
		var locked = guesser.basic("/api/me", "safety-locked", "safety password");
		assertThat(locked.statusCode()).isEqualTo(401);
		assertThat(locked.body()).contains("locked");
		assertThat(patch(admin, "safety-locked", "{\"locked\":false}").statusCode()).isEqualTo(200);
		assertThat(guesser.basic("/api/me", "safety-locked", "safety password").statusCode()).isEqualTo(200);
	}

	static HttpResponse<String> patch(Caller admin, String username, String body) throws Exception {
		return admin.send(admin.request("/api/admin/users/" + username)
			.header("Authorization", Caller.basicHeader("admin", PASSWORD))
			.header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString(body)));
	}

	static void create(Caller admin, String username, String role) throws Exception {
		var answer = admin.send(admin.request("/api/admin/users")
			.header("Authorization", Caller.basicHeader("admin", PASSWORD))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(
					"{\"username\":\"" + username + "\",\"password\":\"safety password\",\"role\":\"" + role + "\"}")));
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
	}

}
