package org.lacatlas.security;

import java.net.URI;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which other web sites may call LAC Atlas from a browser ({@code lacatlas.cors.*}).
 *
 * @param allowedOrigins origins ({@code https://host[:port]}) trusted with the signed-in
 * API: their pages may send the user's session cookie or password and read private
 * answers. Empty by default. Public, read-only endpoints are open to every origin without
 * this (see {@link CorsPolicy}).
 */
@ConfigurationProperties("lacatlas.cors")
public record CorsProperties(@DefaultValue( {
	}) List<String> allowedOrigins){

	public CorsProperties {
		for (String origin : allowedOrigins) {
			URI uri;
			try {
				uri = URI.create(origin);
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("lacatlas.cors.allowed-origins: '" + origin + "' is not an origin");
			}
			boolean bare = (uri.getPath() == null || uri.getPath().isEmpty()) && uri.getQuery() == null;
			if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null
					|| !bare) {
				throw new IllegalArgumentException("lacatlas.cors.allowed-origins: '" + origin
						+ "' is not an origin such as https://map.example.org (scheme, host and port only; "
						+ "* is not allowed with credentials)");
			}
		}
		allowedOrigins = List.copyOf(allowedOrigins);
	}

}
