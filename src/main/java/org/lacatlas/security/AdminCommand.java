package org.lacatlas.security;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar lac-atlas.jar admin create --username NAME [--role ROLE] [--council
 * CODE] [--wards CODE,CODE]}: creates a user from the command line, the password read
 * from standard input (typed without echo at a terminal, or piped), never from an
 * argument where it would sit in the shell's history. Without {@code --role} it makes a
 * service administrator, the first person who can sign in to a new deployment.
 */
@Component
@ConditionalOnProperty("lacatlas.admin-command")
class AdminCommand implements ApplicationRunner, ExitCodeGenerator {

	private static final Logger log = LoggerFactory.getLogger(AdminCommand.class);

	static final String USAGE = "usage: java -jar lac-atlas.jar admin create --username NAME [--role "
			+ "SERVICE_ADMIN|ADMIN|PLANNER|COORDINATOR|COUNCILLOR] [--council CODE] [--wards CODE,CODE] "
			+ "(the password is read from standard input)";

	private final UserAccounts accounts;

	private int exitCode;

	AdminCommand(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			Map<String, String> options = options(args.getSourceArgs());
			Role role = Role.valueOf(options.getOrDefault("role", "SERVICE_ADMIN").toUpperCase(java.util.Locale.ROOT));
			List<String> wards = options.containsKey("wards") ? Arrays.asList(options.get("wards").split(","))
					: List.of();
			var created = accounts.create(new UserAccounts.Manager("command line", null),
					new UserAccounts.NewUser(options.get("username"), password(), role, options.get("council"), wards));
			log.info("Created {} {}{}: they can sign in now", created.role(), created.username(),
					created.council() == null ? "" : " of council " + created.council());
		}
		catch (UserProblem | IllegalArgumentException ex) {
			log.error("No user was created: {}", ex.getMessage());
			exitCode = ex instanceof UserProblem ? 1 : 2;
		}
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

	private static Map<String, String> options(String[] args) {
		if (args.length < 1 || !"create".equals(args[0])) {
			throw new IllegalArgumentException(USAGE);
		}
		Map<String, String> options = new HashMap<>();
		for (int i = 1; i < args.length; i++) {
			if (args[i].startsWith("--") && args[i].contains("=")) {
				continue; // a Spring setting such as --spring.datasource.url=…
			}
			String name = args[i].replaceFirst("^--", "");
			if (!args[i].startsWith("--") || !List.of("username", "role", "council", "wards").contains(name)
					|| i + 1 == args.length) {
				throw new IllegalArgumentException(USAGE);
			}
			options.put(name, args[++i]);
		}
		if (!options.containsKey("username")) {
			throw new IllegalArgumentException(USAGE);
		}
		return options;
	}

	private static String password() {
		Console console = System.console();
		if (console != null) {
			char[] typed = console.readPassword("Password (at least %d characters): ",
					UserAccounts.MIN_PASSWORD_LENGTH);
			return typed == null ? null : new String(typed);
		}
		try {
			return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("cannot read the password from standard input");
		}
	}

}
