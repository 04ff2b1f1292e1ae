package org.lacatlas.coordinator;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code demo} profile's coordinator holds the Grays Riverside post, so signing in as
 * {@code coordinator} opens on that patch. Runs after the demo users exist (they are made
 * after the programme); a holder someone has already named is left alone.
 */
@Component
@Profile("demo")
@Order(40)
class DemoHolder implements ApplicationRunner {

	static final String POST = "Grays Riverside";

	static final String USER = "coordinator";

	private final JdbcClient jdbc;

	private final String council;

	DemoHolder(JdbcClient jdbc, @Value("${lacatlas.demo.council}") String council) {
		this.jdbc = jdbc;
		this.council = council;
	}

	@Override
	public void run(ApplicationArguments args) {
		jdbc.sql(
				"""
						UPDATE coordinator_post SET held_by = :user
						WHERE authority_code = :a AND name = :post AND held_by IS NULL
							AND NOT EXISTS (SELECT 1 FROM coordinator_post WHERE held_by = :user)
							AND EXISTS (SELECT 1 FROM app_user WHERE username = :user AND council_code = :a AND role = 'COORDINATOR')
						""")
			.param("user", USER)
			.param("a", council)
			.param("post", POST)
			.update();
	}

}
