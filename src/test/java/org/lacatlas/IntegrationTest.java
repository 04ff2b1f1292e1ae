package org.lacatlas;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of tests that need the whole app on a real port with Thurrock loaded and the demo
 * users (password {@link #PASSWORD}), and a second council beside it
 * ({@link SecondCouncil}, with users of its own), as a deployment serving several
 * councils holds them. Every subclass shares one Spring context and one database.
 */
@Import(SecondCouncilLoader.class)
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

	/**
	 * A public path of Thurrock's: with several councils loaded, anonymous callers name
	 * theirs.
	 */
	protected String thurrock(String path) {
		return url(path + (path.contains("?") ? "&" : "?") + "council=" + THURROCK);
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

}
