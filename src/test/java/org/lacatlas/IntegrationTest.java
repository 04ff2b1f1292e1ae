package org.lacatlas;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of tests that need the whole app on a real port with Thurrock loaded and the demo
 * users (password {@link #PASSWORD}). Every subclass shares one Spring context and one
 * database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "LACATLAS_DEMO_PASSWORD=" + IntegrationTest.PASSWORD, "lacatlas.map.basemap-url=",
				"lacatlas.cors.allowed-origins=" + IntegrationTest.TRUSTED_ORIGIN })
@ActiveProfiles("demo")
public abstract class IntegrationTest {

	protected static final String PASSWORD = "test-password-1";

	protected static final String THURROCK = "E06000034";

	/**
	 * The one origin the tests trust with credentials (lacatlas.cors.allowed-origins).
	 */
	protected static final String TRUSTED_ORIGIN = "https://trusted.example.org";

	@LocalServerPort
	protected int port;

	@Autowired
	protected JdbcClient jdbc;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		PostgisDatabase.register(registry);
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

}
