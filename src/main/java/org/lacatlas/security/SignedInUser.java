package org.lacatlas.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.Authentication;

/**
 * The JSON the browser gets about the person signed in: name, role, council and wards,
 * nothing else.
 */
final class SignedInUser {

	private SignedInUser() {
	}

	static Map<String, Object> of(Authentication auth) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("username", auth.getName());
		out.put("role", role(auth));
		if (auth.getPrincipal() instanceof CouncilUser user) {
			out.put("council", user.councilCode());
			out.put("wards", user.wards());
		}
		else {
			out.put("wards", List.of());
		}
		return out;
	}

	static String role(Authentication auth) {
		return auth.getAuthorities()
			.stream()
			.map(a -> a.getAuthority().replaceFirst("^ROLE_", ""))
			.findFirst()
			.orElse("");
	}

	/** The signed-in administrator as the manager of users. */
	static UserAccounts.Manager manager(Authentication auth) {
		String council = auth.getPrincipal() instanceof CouncilUser user ? user.councilCode() : null;
		if (council == null && !"SERVICE_ADMIN".equals(role(auth))) {
			throw UserProblem.forbidden("Only administrators manage users.");
		}
		return new UserAccounts.Manager(auth.getName(), council);
	}

}
