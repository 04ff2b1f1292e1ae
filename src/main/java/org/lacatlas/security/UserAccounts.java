package org.lacatlas.security;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * The people who may sign in. Passwords are stored only as BCrypt hashes. Users are
 * disabled, never deleted, so what they recorded stays attributable.
 */
@Service
public class UserAccounts implements UserDetailsService {

	static final int MIN_PASSWORD_LENGTH = 10;

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,40}");

	private final UserRepository users;

	private final PasswordEncoder passwords;

	UserAccounts(UserRepository users, PasswordEncoder passwords) {
		this.users = users;
		this.passwords = passwords;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		var user = users.find(username).orElseThrow(() -> new UsernameNotFoundException(username));
		return User.withUsername(user.username())
			.password(user.passwordHash())
			.disabled(!user.enabled())
			.authorities(AuthorityUtils.createAuthorityList("ROLE_" + user.role().name()))
			.build();
	}

	public List<UserAccount> list() {
		return users.all();
	}

	/**
	 * Creates a user; 400 for a bad name or short password, 409 when the name is taken.
	 */
	public UserAccount create(String username, String password, Role role) {
		if (username == null || !USERNAME.matcher(username).matches()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"username must be 3 to 40 lower-case letters, digits, dots, dashes or underscores");
		}
		checkPassword(password);
		if (role == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"role is required: one of PLANNER, COORDINATOR, COUNCILLOR, ADMIN");
		}
		if (!users.insert(username, passwords.encode(password), role)) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "A user called " + username + " already exists.");
		}
		return account(username);
	}

	public UserAccount setEnabled(String username, boolean enabled) {
		if (!users.setEnabled(username, enabled)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No user called " + username + ".");
		}
		return account(username);
	}

	/**
	 * Creates the user or, if it exists, sets its password and role-independent state as
	 * given.
	 */
	void createOrResetPassword(String username, String password, Role role) {
		if (!users.insert(username, passwords.encode(password), role)) {
			users.setPassword(username, passwords.encode(password));
		}
	}

	private UserAccount account(String username) {
		return users.all().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
	}

	private static void checkPassword(String password) {
		if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"password must be at least " + MIN_PASSWORD_LENGTH + " characters");
		}
	}

}
