package org.lacatlas.ogc;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Asks for sign-in (401 with a Basic challenge) before anything else is decided about a
 * collection for signed-in users only. A handler's {@code Council} argument is resolved
 * before its body runs, so without this gate an anonymous reader who named no council,
 * with several loaded, was told to name one (400) when what they lack is a sign-in.
 */
@Configuration
class PrivateCollectionGate implements WebMvcConfigurer, HandlerInterceptor {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/ogc/collections/*", "/ogc/collections/*/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> path
				&& path.get("id") instanceof String id) {
			FeatureCollections.find(id)
				.filter(FeatureCollections.Collection::signedIn)
				.filter((c) -> !OgcController.signedIn(SecurityContextHolder.getContext().getAuthentication()))
				.ifPresent((c) -> {
					throw OgcController.signInRequired(c);
				});
		}
		return true;
	}

}
