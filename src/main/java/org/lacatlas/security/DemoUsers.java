package org.lacatlas.security;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The {@code demo} profile's users: one per role, named after the role. Their password is
 * {@code LACATLAS_DEMO_PASSWORD}; if that is unset, a random one is made and logged once.
 */
@Component
@Profile("demo")
class DemoUsers implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

	private final UserAccounts accounts;

	private final String configuredPassword;

	private String password;

	DemoUsers(UserAccounts accounts, @Value("${LACATLAS_DEMO_PASSWORD:}") String configuredPassword) {
		this.accounts = accounts;
		this.configuredPassword = configuredPassword;
	}

	@Override
	public void run(ApplicationArguments args) {
		password = configuredPassword.isBlank() ? randomPassword() : configuredPassword;
		for (Role role : Role.values()) {
			accounts.createOrResetPassword(role.name().toLowerCase(java.util.Locale.ROOT), password, role);
		}
		if (configuredPassword.isBlank()) {
			log.warn("Demo users planner, coordinator, councillor and admin have the password {} "
					+ "(set LACATLAS_DEMO_PASSWORD to choose one)", password);
		}
		else {
			log.info("Demo users planner, coordinator, councillor and admin use LACATLAS_DEMO_PASSWORD");
		}
	}

	/** How to sign in, for the last line of the start-up. */
	String signInHint() {
		return "sign in as planner, coordinator, councillor or admin with the password "
				+ (configuredPassword.isBlank() ? password : "in LACATLAS_DEMO_PASSWORD");
	}

	private static String randomPassword() {
		byte[] bytes = new byte[12];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
