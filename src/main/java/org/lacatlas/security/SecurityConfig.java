package org.lacatlas.security;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.PathPatternRequestMatcherBuilderFactoryBean;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may call what. Browsers: form sign-in at {@code /login}, a session cookie, and CSRF
 * protection with the token in the {@code XSRF-TOKEN} cookie sent back as
 * {@code X-XSRF-TOKEN}. API clients: HTTP Basic on each request (no cookie, so no CSRF
 * token needed). Passwords are checked by {@link ThrottledSignIn}. API errors are
 * problem+json.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

	private static final String[] PUBLIC_GEOGRAPHY = { "/api/borough", "/api/wards", "/api/wards/*", "/api/small-areas",
			"/api/places", "/api/places/search", "/api/config", "/api/councils", "/api/council" };

	/**
	 * Readable without signing in only when the council turns on
	 * {@code lacatlas.assets.public-read}; the asset module then shows anonymous readers
	 * published assets only.
	 */
	private static final String[] ASSET_READS = { "/api/assets", "/api/assets/**" };

	private static final String CSRF_REFUSED = "This change was not sent from a LAC Atlas page (its CSRF token is "
			+ "missing or out of date). Reload the page, or use HTTP Basic from scripts.";

	private static final String ROLE_REFUSED = "Your role does not allow this. Ask an administrator if you need it.";

	private final ObjectMapper json;

	private final boolean assetsPublic;

	private final ContentSecurityPolicy policy;

	SecurityConfig(ObjectMapper json, @Value("${lacatlas.assets.public-read:false}") boolean assetsPublic,
			ContentSecurityPolicy policy) {
		this.json = json;
		this.assetsPublic = assetsPublic;
		this.policy = policy;
	}

	/**
	 * No security observations: nothing reads them (only health is exposed), and wrapping
	 * each of the chain's filters in one cost about a third of the CPU of a small cached
	 * answer such as a tile (JFR, BENCHMARKS.md "What one cached tile costs").
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * The paths below are matched as path patterns, without asking Spring MVC which
	 * handler each request would reach: that lookup, repeated for each rule, walked every
	 * mapping.
	 */
	@Bean
	PathPatternRequestMatcherBuilderFactoryBean requestMatcherBuilder() {
		return new PathPatternRequestMatcherBuilderFactoryBean();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * Only in the web app: {@code java -jar lac-atlas.jar import} runs without a web
	 * server, where there is no {@link HttpSecurity} to build a filter chain from.
	 */
	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	SecurityFilterChain filterChain(HttpSecurity http) throws Exception {
		// Pages and the API load the token on every request so the cookie is set. Tiles
		// and
		// OGC services are read-only and never need it; without a Set-Cookie their
		// responses can be kept by a shared cache.
		var eager = new CsrfTokenRequestAttributeHandler();
		eager.setCsrfRequestAttributeName(null);
		var lazy = new CsrfTokenRequestAttributeHandler();
		CsrfTokenRequestHandler csrfHandler = (request, response, token) -> (readOnlyService(request) ? lazy : eager)
			.handle(request, response, token);
		// Cross-origin browsers: CorsPolicy decides (answers preflights before sign-in).
		http.cors(Customizer.withDefaults());
		http.authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, PUBLIC_GEOGRAPHY)
			.permitAll()
			.requestMatchers("/actuator/health", "/actuator/health/**", "/v3/api-docs/**", "/swagger-ui/**",
					"/swagger-ui.html")
			.permitAll()
			.requestMatchers(HttpMethod.GET, ASSET_READS)
			.access(assetsPublic ? (authentication, context) -> new AuthorizationDecision(true)
					: AuthenticatedAuthorizationManager.authenticated())
			.requestMatchers("/api/admin/**")
			.hasAnyRole("ADMIN", "SERVICE_ADMIN")
			.requestMatchers("/actuator/**")
			.hasAnyRole("ADMIN", "SERVICE_ADMIN")
			.requestMatchers("/api/**")
			.authenticated()
			.anyRequest()
			.permitAll())
			.csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
				.csrfTokenRequestHandler(csrfHandler)
				// Only a request without a session cookie may skip the token: any other
				// header (a Bearer, a wrong Basic) beside a session cookie does not make
				// it safe.
				.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null
						&& request.getRequestedSessionId() == null))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(policy.policy()))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
			.formLogin(form -> form.loginPage("/login.html")
				.loginProcessingUrl("/login")
				.successHandler((request, response, auth) -> {
					if (fromScript(request)) {
						response.setContentType(MediaType.APPLICATION_JSON_VALUE);
						json.writeValue(response.getOutputStream(), SignedInUser.of(auth));
					}
					else {
						response.sendRedirect("/");
					}
				})
				.failureHandler((request, response, ex) -> {
					if (ex instanceof LockedException) {
						refusedSignIn(request, response, ex);
					}
					else if (fromScript(request)) {
						problem(response, HttpStatus.UNAUTHORIZED, "The user name or password is not right.");
					}
					else {
						response.sendRedirect("/login.html?error");
					}
				})
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessHandler((request, response, auth) -> {
				if (fromScript(request)) {
					response.setStatus(HttpStatus.NO_CONTENT.value());
				}
				else {
					response.sendRedirect("/");
				}
			}))
			// No saved-request redirects: the map signs in by script, API clients send
			// credentials each time.
			.requestCache(cache -> cache.disable())
			.httpBasic(basic -> basic.authenticationEntryPoint((request, response, ex) -> {
				if (ex instanceof LockedException) {
					refusedSignIn(request, response, ex);
				}
				else {
					signInRequired(request, response);
				}
			}))
			.exceptionHandling(
					ex -> ex.authenticationEntryPoint((request, response, e) -> signInRequired(request, response))
						.accessDeniedHandler((request, response, e) -> problem(response, HttpStatus.FORBIDDEN,
								e instanceof CsrfException ? CSRF_REFUSED : ROLE_REFUSED)));
		return http.build();
	}

	/**
	 * A browser asking for a page goes to the sign-in page; everything else (the API,
	 * GDAL and other clients that do not ask for HTML or that sent credentials) gets 401
	 * problem+json, so a wrong password never becomes a redirect loop.
	 */
	private void signInRequired(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (!request.getRequestURI().startsWith("/api/") && browserPage(request)) {
			response.sendRedirect("/login.html");
			return;
		}
		if (!fromScript(request)) {
			// Only for API clients: a browser would pop up its own password box.
			response.setHeader("WWW-Authenticate", "Basic realm=\"LAC Atlas\"");
		}
		problem(response, HttpStatus.UNAUTHORIZED, "Sign in to see this.");
	}

	/**
	 * Locked (401) or too soon after wrong passwords (429 with Retry-After), for any
	 * client.
	 */
	private void refusedSignIn(HttpServletRequest request, HttpServletResponse response, Exception ex)
			throws IOException {
		if (!fromScript(request) && browserPage(request) && !request.getRequestURI().startsWith("/api/")) {
			response.sendRedirect("/login.html?error=locked");
			return;
		}
		if (ex instanceof SignInThrottle.TooSoon soon) {
			response.setHeader("Retry-After", Long.toString(soon.seconds));
			problem(response, HttpStatus.TOO_MANY_REQUESTS, ex.getMessage());
		}
		else {
			problem(response, HttpStatus.UNAUTHORIZED, ex.getMessage());
		}
	}

	private static boolean browserPage(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		return request.getHeader("Authorization") == null && accept != null && accept.contains("text/html");
	}

	private static boolean readOnlyService(HttpServletRequest request) {
		String path = request.getRequestURI();
		return path.startsWith("/tiles/") || path.startsWith("/ogc");
	}

	private static boolean fromScript(HttpServletRequest request) {
		return request.getHeader("X-Requested-With") != null;
	}

	private void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), ProblemDetail.forStatusAndDetail(status, detail));
	}

}
