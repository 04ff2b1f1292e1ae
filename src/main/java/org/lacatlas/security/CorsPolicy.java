package org.lacatlas.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;

/**
 * Cross-origin requests from browsers (CORS), decided per request:
 * <ul>
 * <li>an origin listed in {@code lacatlas.cors.allowed-origins} may call anything, with
 * credentials (cookie or password), as the user it signs in as;</li>
 * <li>any other origin may read the public, read-only endpoints — OGC API, tiles and
 * TileJSON, Open Referral, boundaries, the API definition — with
 * {@code Access-Control-Allow-Origin: *} and no credentials, as the Open Referral UK
 * profile and web maps elsewhere expect;</li>
 * <li>anything else is refused: a preflight gets 403 and no CORS headers are sent.</li>
 * </ul>
 * Without credentials a browser sends no cookie, so the open policy can never expose what
 * only a signed-in user may see.
 */
@Configuration
class CorsPolicy {

	/** GET (and HEAD) only: the endpoints anyone may read. */
	private static final List<String> PUBLIC_READS = List.of("/ogc", "/ogc/**", "/tiles/**", "/openreferral",
			"/openreferral/**", "/api/borough", "/api/wards", "/api/wards/*", "/api/small-areas", "/api/places",
			"/api/config", "/v3/api-docs", "/v3/api-docs/**");

	private static final List<String> ASSET_READS = List.of("/api/assets", "/api/assets/*", "/api/assets/categories");

	private static final AntPathMatcher PATHS = new AntPathMatcher();

	@Bean
	CorsConfigurationSource corsConfigurationSource(CorsProperties properties,
			@Value("${lacatlas.assets.public-read:false}") boolean assetsPublic) {
		CorsConfiguration trusted = trusted(properties.allowedOrigins());
		CorsConfiguration open = open();
		CorsConfiguration refused = new CorsConfiguration();
		return request -> {
			String origin = request.getHeader("Origin");
			if (origin != null && properties.allowedOrigins().contains(origin)) {
				return trusted;
			}
			return publicRead(request, assetsPublic) ? open : refused;
		};
	}

	private static boolean publicRead(HttpServletRequest request, boolean assetsPublic) {
		String method = request.getMethod();
		String asked = request.getHeader("Access-Control-Request-Method");
		boolean read = "GET".equals(method) || "HEAD".equals(method)
				|| ("OPTIONS".equals(method) && ("GET".equals(asked) || "HEAD".equals(asked)));
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return read && (matches(PUBLIC_READS, path) || (assetsPublic && matches(ASSET_READS, path)));
	}

	private static boolean matches(List<String> patterns, String path) {
		return patterns.stream().anyMatch(p -> PATHS.match(p, path));
	}

	private static CorsConfiguration open() {
		CorsConfiguration open = new CorsConfiguration();
		open.addAllowedOrigin("*");
		open.setAllowedMethods(List.of("GET", "HEAD"));
		open.setAllowedHeaders(
				List.of("Accept", "Accept-Language", "Authorization", "If-None-Match", "X-Requested-With"));
		open.setExposedHeaders(List.of("ETag", "Link", "Content-Disposition"));
		open.setAllowCredentials(false);
		open.setMaxAge(3600L);
		return open;
	}

	private static CorsConfiguration trusted(List<String> origins) {
		CorsConfiguration trusted = new CorsConfiguration();
		trusted.setAllowedOrigins(origins);
		trusted.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"));
		trusted.setAllowedHeaders(List.of("Accept", "Accept-Language", "Authorization", "Content-Type", "If-Match",
				"If-None-Match", "X-Requested-With", "X-XSRF-TOKEN"));
		trusted.setExposedHeaders(List.of("ETag", "Link", "Location", "Content-Disposition"));
		trusted.setAllowCredentials(true);
		trusted.setMaxAge(3600L);
		return trusted;
	}

}
