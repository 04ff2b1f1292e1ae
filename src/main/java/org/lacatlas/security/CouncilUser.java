package org.lacatlas.security;

import java.util.Collection;
import java.util.List;

import org.lacatlas.council.CouncilMember;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in person: their role, the council whose data they work with (none for a
 * service administrator) and, for a councillor, their wards. Kept in the session, so it
 * is serialisable like Spring's {@link User}.
 */
final class CouncilUser extends User implements CouncilMember {

	private static final long serialVersionUID = 1L;

	private final String councilCode;

	private final List<String> wards;

	CouncilUser(String username, String passwordHash, boolean enabled,
			Collection<? extends GrantedAuthority> authorities, String councilCode, List<String> wards) {
		super(username, passwordHash, enabled, true, true, true, authorities);
		this.councilCode = councilCode;
		this.wards = List.copyOf(wards);
	}

	@Override
	public String councilCode() {
		return councilCode;
	}

	List<String> wards() {
		return wards;
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
