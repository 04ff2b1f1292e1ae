package org.lacatlas.council;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in person's council, for handlers that serve every council's public data and
 * only the caller's own non-public data (the OGC services and tiles), so they cannot take
 * a {@link Council} argument for every request.
 */
public final class SignedInCouncil {

	private SignedInCouncil() {
	}

	/**
	 * The code of the signed-in user's council; empty when nobody is signed in or the
	 * user is a service administrator.
	 */
	public static Optional<String> code() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getPrincipal() instanceof CouncilMember m ? Optional.ofNullable(m.councilCode())
				: Optional.empty();
	}

	/**
	 * The signed-in user's council, for non-public data.
	 * @throws CouncilProblem 403 for a service administrator, who has none
	 */
	public static String required() {
		return code().orElseThrow(CouncilProblem::noCouncilOfYourOwn);
	}

}
