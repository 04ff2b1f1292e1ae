package org.lacatlas;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The real PostGIS every test runs against. {@code scripts/test} provides a fresh local
 * database through {@code SPRING_DATASOURCE_URL}; without it, a Testcontainers PostGIS is
 * started where a Docker engine answers; otherwise the tests fail saying what to run.
 * Never an in-memory stand-in.
 */
public final class PostgisDatabase {

	private static PostgreSQLContainer<?> container;

	private PostgisDatabase() {
	}

	public static synchronized void register(DynamicPropertyRegistry registry) {
		String url = System.getenv("SPRING_DATASOURCE_URL");
		if (url != null && !url.isBlank()) {
			registry.add("spring.datasource.url", () -> url);
			registry.add("spring.datasource.username", () -> System.getenv("SPRING_DATASOURCE_USERNAME"));
			registry.add("spring.datasource.password", () -> System.getenv("SPRING_DATASOURCE_PASSWORD"));
			return;
		}
		if (!DockerClientFactory.instance().isDockerAvailable()) {
			throw new IllegalStateException(
					"No PostGIS for the tests: SPRING_DATASOURCE_URL is not set and no Docker engine answers. "
							+ "scripts/test sets one up (a local PostGIS from Debian's packages); when running "
							+ "Maven yourself, set SPRING_DATASOURCE_URL/USERNAME/PASSWORD or start a Docker engine.");
		}
		if (container == null) {
			container = new PostgreSQLContainer<>(
					DockerImageName.parse("postgis/postgis:16-3.4").asCompatibleSubstituteFor("postgres"));
			container.start();
		}
		registry.add("spring.datasource.url", container::getJdbcUrl);
		registry.add("spring.datasource.username", container::getUsername);
		registry.add("spring.datasource.password", container::getPassword);
	}

}
