package org.lacatlas.security;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The last line of a start-up: where the map is and how to sign in, so a person who ran
 * {@code scripts/run} knows what to do next without reading the log above it.
 */
@Component
class ReadyMessage {

	private static final Logger log = LoggerFactory.getLogger(ReadyMessage.class);

	private final Environment environment;

	private final Optional<DemoUsers> demo;

	private final UserAccounts accounts;

	ReadyMessage(Environment environment, Optional<DemoUsers> demo, UserAccounts accounts) {
		this.environment = environment;
		this.demo = demo;
		this.accounts = accounts;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		String port = environment.getProperty("local.server.port");
		if (port == null) {
			return; // a command such as import, with no web server
		}
		String url = "http://localhost:" + port + "/";
		String hint = demo.map(DemoUsers::signInHint)
			.orElseGet(() -> !accounts.anyUser()
					? "nobody can sign in yet: create the first administrator as the README says"
					: "sign in at " + url + "login.html");
		log.info("LAC Atlas is ready at {} — {}", url, hint);
	}

}
