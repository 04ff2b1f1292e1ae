package org.lacatlas.security;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Who am I, and (for admins) who may sign in. */
@RestController
class UserController {

	record NewUser(String username, String password, Role role) {
	}

	record UserChange(Boolean enabled) {
	}

	private final UserAccounts accounts;

	UserController(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/api/me")
	Map<String, String> me(Authentication auth) {
		return SignedInUser.of(auth);
	}

	@GetMapping("/api/admin/users")
	List<UserAccount> users() {
		return accounts.list();
	}

	@PostMapping("/api/admin/users")
	@ResponseStatus(HttpStatus.CREATED)
	UserAccount create(@RequestBody NewUser user) {
		return accounts.create(user.username(), user.password(), user.role());
	}

	@PatchMapping("/api/admin/users/{username}")
	UserAccount change(@PathVariable String username, @RequestBody UserChange change) {
		if (change.enabled() == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"Say {\"enabled\": true} or {\"enabled\": false}.");
		}
		return accounts.setEnabled(username, change.enabled());
	}

}
