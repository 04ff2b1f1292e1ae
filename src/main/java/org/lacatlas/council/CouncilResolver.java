package org.lacatlas.council;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * The one place a request's council is decided, for every handler that takes a
 * {@link Council}:
 * <ol>
 * <li>a signed-in council user gets their own council; naming another with
 * {@code council=} is refused (403), except for {@link PublicCouncilData public
 * data};</li>
 * <li>otherwise the {@code council} parameter names it (404 if unknown);</li>
 * <li>otherwise, when exactly one council is loaded, that one; with several, the request
 * must say (400); with none, 404.</li>
 * </ol>
 * A service administrator has no council of their own and reads only public data.
 */
class CouncilResolver implements HandlerMethodArgumentResolver {

	static final String PARAMETER = "council";

	private final Councils councils;

	CouncilResolver(Councils councils) {
		this.councils = councils;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == Council.class;
	}

	@Override
	public Council resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
			WebDataBinderFactory binders) {
		String named = request.getNativeRequest(HttpServletRequest.class).getParameter(PARAMETER);
		boolean publicData = parameter.hasParameterAnnotation(PublicCouncilData.class);
		CouncilMember member = member();
		if (member != null && member.councilCode() != null) {
			if (named == null || named.equals(member.councilCode())) {
				return councils.get(member.councilCode());
			}
			if (!publicData) {
				throw CouncilProblem.otherCouncil(member.councilCode());
			}
		}
		else if (!publicData) {
			throw member == null ? CouncilProblem.signInRequired() : CouncilProblem.noCouncilOfYourOwn();
		}
		if (named != null) {
			return councils.get(named);
		}
		List<Council> all = councils.list();
		if (all.isEmpty()) {
			throw CouncilProblem.noCouncilYet();
		}
		if (all.size() > 1) {
			throw CouncilProblem.notChosen();
		}
		return all.get(0);
	}

	private static CouncilMember member() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getPrincipal() instanceof CouncilMember m ? m : null;
	}

}
