package org.lacatlas.security;

import java.util.Map;

import org.springframework.security.core.Authentication;

/** The JSON the browser gets about the person signed in: name and role, nothing else. */
final class SignedInUser {

	private SignedInUser() {
	}

	static Map<String, String> of(Authentication auth) {
		String role = auth.getAuthorities()
			.stream()
			.map(a -> a.getAuthority().replaceFirst("^ROLE_", ""))
			.findFirst()
			.orElse("");
		return Map.of("username", auth.getName(), "role", role);
	}

}
