package org.lacatlas.council;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets every handler take the request's {@link Council} as an argument. */
@Configuration
class CouncilWebConfig implements WebMvcConfigurer {

	private final Councils councils;

	CouncilWebConfig(Councils councils) {
		this.councils = councils;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new CouncilResolver(councils));
	}

}
