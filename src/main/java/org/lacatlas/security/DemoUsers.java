package org.lacatlas.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The {@code demo} profile's users: one per role, named after the role, of the demo's
 * council (Thurrock), except {@code service_admin}, who belongs to none. The councillor
 * represents Grays Riverside. Their password is {@code LACATLAS_DEMO_PASSWORD}; if that
 * is unset, a random one is made and logged once.
 */
@Component
@Profile("demo")
@Order(30)
class DemoUsers implements ApplicationRunner {

	/** Grays Riverside, the demo councillor's ward. */
	static final String COUNCILLOR_WARD = "E05002235";

	private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

	private final UserAccounts accounts;

	private final String configuredPassword;

	private final String council;

	private String password;

	DemoUsers(UserAccounts accounts, @Value("${LACATLAS_DEMO_PASSWORD:}") String configuredPassword,
			@Value("${lacatlas.demo.council}") String council) {
		this.accounts = accounts;
		this.configuredPassword = configuredPassword;
		this.council = council;
	}

	@Override
	public void run(ApplicationArguments args) {
		password = configuredPassword.isBlank() ? randomPassword() : configuredPassword;
		for (Role role : Role.values()) {
			accounts.createOrReset(role.name().toLowerCase(Locale.ROOT), password, role,
					role.ofCouncil() ? council : null, role == Role.COUNCILLOR ? List.of(COUNCILLOR_WARD) : List.of());
		}
		if (configuredPassword.isBlank()) {
			log.warn("Demo users planner, coordinator, councillor, admin and service_admin have the password {} "
					+ "(set LACATLAS_DEMO_PASSWORD to choose one)", password);
		}
		else {
			log.info("Demo users planner, coordinator, councillor, admin and service_admin use LACATLAS_DEMO_PASSWORD");
		}
	}

	/** How to sign in, for the last line of the start-up. */
	String signInHint() {
		return "sign in as planner, coordinator, councillor, admin or service_admin with the password "
				+ (configuredPassword.isBlank() ? password : "in LACATLAS_DEMO_PASSWORD");
	}

	private static String randomPassword() {
		byte[] bytes = new byte[12];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
