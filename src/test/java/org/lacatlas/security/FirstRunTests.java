package org.lacatlas.security;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lacatlas.IntegrationTest;
import org.lacatlas.LacAtlasApplication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A real council's first run, without the demo: the first service administrator is made
 * from the command line with the password read from standard input, and a start with the
 * demo's password set outside the demo is refused.
 */
class FirstRunTests extends IntegrationTest {

	@Autowired
	Environment environment;

	@Autowired
	PasswordEncoder passwords;

	private final InputStream stdin = System.in;

	@AfterEach
	void cleanUp() {
		System.setIn(stdin);
		jdbc.sql("DELETE FROM app_user WHERE username LIKE 'first-%'").update();
	}

	@Test
	void theFirstServiceAdministratorIsCreatedFromTheCommandLineWithThePasswordFromStandardInput() {
		assertThat(admin("create", "--username", "first-host").withPassword("a long secret 1")).isZero();
		var stored = jdbc.sql("SELECT role, council_code, password_hash FROM app_user WHERE username = 'first-host'")
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
			.single();
		assertThat(stored[0]).isEqualTo("SERVICE_ADMIN");
		assertThat(stored[1]).isNull();
		assertThat(passwords.matches("a long secret 1", stored[2])).isTrue();
		assertThat(stored[2]).doesNotContain("a long secret");
	}

	@Test
	void aCouncilsAdministratorCanBeMadeTooAndBadArgumentsCreateNobody() {
		assertThat(admin("create", "--username", "first-admin", "--role", "ADMIN", "--council", THURROCK)
			.withPassword("another secret 2")).isZero();
		assertThat(jdbc.sql("SELECT council_code FROM app_user WHERE username = 'first-admin'")
			.query(String.class)
			.single()).isEqualTo(THURROCK);
		assertThat(admin("create", "--username", "first-short").withPassword("short")).isEqualTo(1);
		assertThat(admin("create", "--username", "first-lost", "--role", "ADMIN", "--council", "E00000000")
			.withPassword("long enough 3")).isEqualTo(1);
		assertThat(admin("make", "--username", "first-typo").withPassword("long enough 4")).isEqualTo(2);
		assertThat(
				jdbc.sql("SELECT count(*) FROM app_user WHERE username IN ('first-short', 'first-lost', 'first-typo')")
					.query(Integer.class)
					.single())
			.isZero();
	}

	@Test
	void aStartWithTheDemoPasswordOutsideTheDemoIsRefused() {
		var app = new SpringApplicationBuilder(LacAtlasApplication.class).web(WebApplicationType.SERVLET)
			.properties("LACATLAS_DEMO_PASSWORD=shared-password", "server.port=0")
			.build();
		assertThatThrownBy(() -> app.run(datasource()).close())
			.hasRootCauseInstanceOf(DemoPasswordGuard.DemoPasswordOutsideDemo.class);
	}

	private AdminRun admin(String... args) {
		return new AdminRun(args);
	}

	private final class AdminRun {

		private final String[] args;

		AdminRun(String[] args) {
			this.args = args;
		}

		int withPassword(String password) {
			System.setIn(new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8)));
			String[] all = java.util.stream.Stream
				.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(datasource()))
				.toArray(String[]::new);
			return SpringApplication.exit(LacAtlasApplication.adminCommand().run(all));
		}

	}

	private String[] datasource() {
		return new String[] { "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
				"--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
				"--spring.datasource.password=" + environment.getProperty("spring.datasource.password") };
	}

}
