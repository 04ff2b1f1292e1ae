package org.lacatlas.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Says in plain words why a start with the demo password outside the demo was refused.
 */
class DemoPasswordFailureAnalyzer extends AbstractFailureAnalyzer<DemoPasswordGuard.DemoPasswordOutsideDemo> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DemoPasswordGuard.DemoPasswordOutsideDemo cause) {
		return new FailureAnalysis(
				"LACATLAS_DEMO_PASSWORD is set, but this is not the demo: outside the demo profile there are no "
						+ "shared or default passwords.",
				"Unset LACATLAS_DEMO_PASSWORD. To create the first administrator, run "
						+ "'java -jar lac-atlas.jar admin create --username NAME' (see the README); to run the demo, "
						+ "add --spring.profiles.active=demo.",
				cause);
	}

}
