package org.lacatlas.security;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.lacatlas.council.Councils;

import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people who may sign in, each of one council with one role (service administrators
 * of none). Passwords are stored only as BCrypt hashes. Users are disabled, never
 * deleted, so what they recorded stays attributable. A council's administrator manages
 * that council's users; a service administrator manages every user.
 */
@Service
public class UserAccounts implements UserDetailsService {

	static final int MIN_PASSWORD_LENGTH = 10;

	static final int MAX_PASSWORD_BYTES = 72;

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,40}");

	/**
	 * Who asks for a change: a service administrator ({@code council} null) or a
	 * council's administrator.
	 */
	public record Manager(String username, String council) {

		public boolean hostsService() {
			return council == null;
		}

	}

	/**
	 * A user to create; {@code council} is ignored for a council's administrator (theirs
	 * is used).
	 */
	public record NewUser(String username, String password, Role role, String council, List<String> wards) {
	}

	private final UserRepository users;

	private final PasswordEncoder passwords;

	private final Councils councils;

	private final SignInThrottle throttle;

	UserAccounts(UserRepository users, PasswordEncoder passwords, Councils councils, SignInThrottle throttle) {
		this.users = users;
		this.passwords = passwords;
		this.councils = councils;
		this.throttle = throttle;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		var user = users.find(username).orElseThrow(() -> new UsernameNotFoundException(username));
		return new CouncilUser(user.username(), user.passwordHash(), user.enabled(),
				AuthorityUtils.createAuthorityList("ROLE_" + user.role().name()), user.council(), user.wards());
	}

	/** The users a manager manages. */
	public List<UserAccount> list(Manager by) {
		return users.all(by.council());
	}

	/** Whether anyone at all can sign in yet. */
	public boolean anyUser() {
		return users.any();
	}

	/**
	 * @throws UserProblem 400 for a bad name, password, role, council or ward; 403 when
	 * the manager may not create such a user; 409 when the name is taken
	 */
	@Transactional
	public UserAccount create(Manager by, NewUser user) {
		if (user.username() == null || !USERNAME.matcher(user.username()).matches()) {
			throw UserProblem
				.invalid("username must be 3 to 40 lower-case letters, digits, dots, dashes or underscores");
		}
		checkPassword(user.password());
		if (user.role() == null) {
			throw UserProblem
				.invalid("role is required: one of PLANNER, COORDINATOR, COUNCILLOR, ADMIN, SERVICE_ADMIN");
		}
		String council = by.hostsService() ? user.council() : by.council();
		if (!by.hostsService() && user.role() == Role.SERVICE_ADMIN) {
			throw UserProblem.forbidden("Only a service administrator can create another.");
		}
		List<String> wards = checkedPlace(user.role(), council, user.wards());
		if (!users.insert(user.username(), passwords.encode(user.password()), user.role(), council, wards)) {
			throw UserProblem.taken(user.username());
		}
		return users.account(user.username()).orElseThrow();
	}

	/**
	 * Disabling a user ends their sessions at once.
	 * @throws UserProblem 409 when they are the last administrator who could sign in
	 */
	@Transactional
	public UserAccount setEnabled(Manager by, String username, boolean enabled) {
		var user = managed(by, username);
		if (!enabled && user.enabled()) {
			keepAnAdministrator(user);
		}
		users.setEnabled(user.username(), enabled);
		if (!enabled) {
			users.endSessions(username);
		}
		return users.account(username).orElseThrow();
	}

	/**
	 * A new role within the user's council (a councillor's wards go with the old role);
	 * their sessions end, so the next request sees the new role.
	 * @throws UserProblem 400 to or from service administrator, 409 for the last
	 * administrator
	 */
	@Transactional
	public UserAccount setRole(Manager by, String username, Role role) {
		var user = managed(by, username);
		if (role == user.role()) {
			return user;
		}
		if (role.ofCouncil() != user.role().ofCouncil()) {
			throw UserProblem.invalid("A service administrator belongs to no council: create a new user instead.");
		}
		if (user.enabled()) {
			keepAnAdministrator(user);
		}
		users.setRole(username, role);
		users.endSessions(username);
		return users.account(username).orElseThrow();
	}

	/** Lifts a lockout after wrong passwords. */
	@Transactional
	public UserAccount unlock(Manager by, String username) {
		managed(by, username);
		throttle.forgive(username);
		return users.account(username).orElseThrow();
	}

	public UserAccount account(Manager by, String username) {
		return managed(by, username);
	}

	/** Someone must remain able to manage the council's users (or the service's). */
	private void keepAnAdministrator(UserAccount user) {
		if (user.role() != Role.ADMIN && user.role() != Role.SERVICE_ADMIN) {
			return;
		}
		if (users.otherEnabled(user.role(), user.council(), user.username()) == 0) {
			throw UserProblem.conflict(user.username() + " is the last "
					+ (user.council() == null ? "service administrator" : "administrator of council " + user.council())
					+ " who can sign in: make another first.");
		}
	}

	/**
	 * Creates the user or, if it exists, sets its password, role, council and wards as
	 * given.
	 */
	@Transactional
	void createOrReset(String username, String password, Role role, String council, List<String> wards) {
		String hash = passwords.encode(password);
		if (!users.insert(username, hash, role, council, wards)) {
			users.reset(username, hash, role, council, wards);
		}
	}

	private UserAccount managed(Manager by, String username) {
		var user = users.account(username).orElseThrow(() -> UserProblem.notFound(username));
		if (!by.hostsService() && !by.council().equals(user.council())) {
			throw UserProblem.notFound(username);
		}
		return user;
	}

	/** The council and wards a user of this role may have, checked. */
	private List<String> checkedPlace(Role role, String council, List<String> wards) {
		List<String> given = wards == null ? List.of() : wards;
		if (!role.ofCouncil()) {
			if (council != null || !given.isEmpty()) {
				throw UserProblem.invalid("A service administrator belongs to no council and has no wards.");
			}
			return List.of();
		}
		if (council == null || councils.find(council).isEmpty()) {
			throw UserProblem.invalid("council is required: the code of a council loaded here (GET /api/councils)");
		}
		if (!given.isEmpty() && role != Role.COUNCILLOR) {
			throw UserProblem.invalid("Only councillors have wards.");
		}
		List<String> unknown = users.notWardsOf(council, given);
		if (!unknown.isEmpty()) {
			throw UserProblem.invalid("Not wards of council " + council + ": " + String.join(", ", unknown));
		}
		return given.stream().distinct().toList();
	}

	static void checkPassword(String password) {
		if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
			throw UserProblem.invalid("password must be at least " + MIN_PASSWORD_LENGTH + " characters");
		}
		// BCrypt reads only the first 72 bytes (UTF-8) and Spring's encoder refuses more.
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			throw UserProblem.invalid("password must be at most " + MAX_PASSWORD_BYTES
					+ " bytes (72 letters and digits; fewer with accented letters or symbols)");
		}
	}

}
