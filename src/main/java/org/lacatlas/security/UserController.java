package org.lacatlas.security;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who am I, and who may sign in: a council's administrator manages its users, a service
 * administrator every user.
 */
@RestController
class UserController {

	/** What an administrator changes about a user; each part optional, at least one. */
	record UserChange(Boolean enabled, Role role, Boolean locked) {
	}

	private final UserAccounts accounts;

	UserController(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/api/me")
	Map<String, Object> me(Authentication auth) {
		return SignedInUser.of(auth);
	}

	@GetMapping("/api/admin/users")
	@PreAuthorize("hasAnyRole('ADMIN', 'SERVICE_ADMIN')")
	List<UserAccount> users(Authentication auth) {
		return accounts.list(SignedInUser.manager(auth));
	}

	@PostMapping("/api/admin/users")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyRole('ADMIN', 'SERVICE_ADMIN')")
	UserAccount create(@RequestBody UserAccounts.NewUser user, Authentication auth) {
		return accounts.create(SignedInUser.manager(auth), user);
	}

	@PatchMapping("/api/admin/users/{username}")
	@PreAuthorize("hasAnyRole('ADMIN', 'SERVICE_ADMIN')")
	UserAccount change(@PathVariable String username, @RequestBody UserChange change, Authentication auth) {
		if (change.enabled() == null && change.role() == null && change.locked() == null) {
			throw UserProblem.invalid("Say what to change: {\"enabled\": false}, {\"role\": \"PLANNER\"} or "
					+ "{\"locked\": false} (to lift a lockout after wrong passwords).");
		}
		if (Boolean.TRUE.equals(change.locked())) {
			throw UserProblem
				.invalid("Accounts are locked only by wrong passwords; say {\"enabled\": false} to stop one.");
		}
		var by = SignedInUser.manager(auth);
		if (change.locked() != null) {
			accounts.unlock(by, username);
		}
		if (change.role() != null) {
			accounts.setRole(by, username, change.role());
		}
		if (change.enabled() != null) {
			accounts.setEnabled(by, username, change.enabled());
		}
		return accounts.account(by, username);
	}

}
