package org.lacatlas.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The one way a password is checked (form sign-in and HTTP Basic alike): refused unheard
 * while the account or address must wait, wrong passwords recorded, a right one forgiving
 * the account's earlier failures.
 */
@Component
class ThrottledSignIn implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final SignInThrottle throttle;

	ThrottledSignIn(UserAccounts users, PasswordEncoder encoder, SignInThrottle throttle) {
		this.passwords = new DaoAuthenticationProvider(encoder);
		this.passwords.setUserDetailsService(users);
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		String username = String.valueOf(attempt.getName());
		String address = attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
				? web.getRemoteAddress() : "unknown";
		throttle.check(username, address);
		try {
			Authentication done = passwords.authenticate(attempt);
			throttle.forgive(username);
			return done;
		}
		catch (BadCredentialsException ex) {
			throttle.failed(username, address);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
