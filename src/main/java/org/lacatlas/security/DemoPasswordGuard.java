package org.lacatlas.security;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Refuses to serve a council's real data with the demo's password set: outside the
 * {@code demo} profile nobody has a shared or default password, so a start with
 * {@code LACATLAS_DEMO_PASSWORD} set is a mistake (a demo setting carried into a real
 * deployment), not something to ignore.
 */
@Component
@ConditionalOnWebApplication
class DemoPasswordGuard implements InitializingBean {

	private final Environment environment;

	DemoPasswordGuard(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void afterPropertiesSet() {
		String password = environment.getProperty("LACATLAS_DEMO_PASSWORD", "");
		if (!password.isBlank() && !environment.acceptsProfiles(Profiles.of("demo"))) {
			throw new DemoPasswordOutsideDemo();
		}
	}

	/** Said at start-up by {@link DemoPasswordFailureAnalyzer}. */
	static class DemoPasswordOutsideDemo extends RuntimeException {

		DemoPasswordOutsideDemo() {
			super("LACATLAS_DEMO_PASSWORD is set but the demo profile is not active");
		}

	}

}
