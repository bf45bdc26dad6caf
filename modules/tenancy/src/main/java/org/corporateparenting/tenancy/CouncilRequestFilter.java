package org.corporateparenting.tenancy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.corporateparenting.tenancy.access.CouncilAccess.Decision;
import org.corporateparenting.tenancy.access.CouncilAccess.Enter;
import org.corporateparenting.tenancy.access.CouncilAccess.PassThrough;
import org.corporateparenting.tenancy.access.CouncilAccess.Refuse;
import org.corporateparenting.tenancy.access.CouncilAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Runs a request for a council's address ({@code /councils/{slug}/...}, {@code /api/councils/{slug}/...}, its public
 * pages) inside that council, once the caller is known, and clears it afterwards. Who may open what is
 * {@link CouncilAccess}'s to decide; a refusal is answered as a problem for the API and an error page otherwise.
 * Runs inside the security chains, after authorisation.
 */
@Component
public class CouncilRequestFilter extends OncePerRequestFilter {

	public static final String COUNCIL_CLAIM = CouncilAccess.COUNCIL_CLAIM;

	public static final String PARTNERSHIP_CLAIM = CouncilAccess.PARTNERSHIP_CLAIM;

	public static final String PUBLIC_PREFIX = CouncilAccess.PUBLIC_PREFIX;

	private static final String COUNCIL_ATTRIBUTE = CouncilRequestFilter.class.getName() + ".council";

	private static final Logger log = LoggerFactory.getLogger(CouncilRequestFilter.class);

	private static final JacksonJsonHttpMessageConverter PROBLEMS = new JacksonJsonHttpMessageConverter();

	private final CouncilAccess access;

	CouncilRequestFilter(CouncilAccess access) {
		this.access = access;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// Matched as the web layer matches it, decoded: "/council%73/..." is a council's address too.
		String path = UriUtils.decode(request.getRequestURI().substring(request.getContextPath().length()),
				StandardCharsets.UTF_8);
		Decision decision = access.decide(path, SecurityContextHolder.getContext().getAuthentication());
		switch (decision) {
			case PassThrough pass -> chain.doFilter(request, response);
			case Enter enter -> enter(enter.council(), request, response, chain);
			case Refuse refuse -> refuse(refuse, request, response);
		}
	}

	/** The council of a request this filter let through, as it read it from the registry. */
	public static Optional<Council> councilOf(ServletRequest request) {
		return request.getAttribute(COUNCIL_ATTRIBUTE) instanceof Council council ? Optional.of(council)
				: Optional.empty();
	}

	private static void enter(Council council, HttpServletRequest request, HttpServletResponse response,
			FilterChain chain) throws ServletException, IOException {
		// Kept for the rest of the request, so pages need not look the council up again.
		request.setAttribute(COUNCIL_ATTRIBUTE, council);
		try {
			CouncilContext.runIn(council.slug(), () -> chain.doFilter(request, response));
		}
		catch (IOException | ServletException | RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new ServletException(ex);
		}
	}

	private static void refuse(Refuse refuse, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		if (refuse.logged() != null) {
			log.warn("Refused {} {} to {}", request.getMethod(), request.getRequestURI(), refuse.logged());
		}
		if (!refuse.api()) {
			response.sendError(refuse.status().value(), refuse.reason());
			return;
		}
		response.setStatus(refuse.status().value());
		PROBLEMS.write(ProblemDetail.forStatusAndDetail(refuse.status(), refuse.reason()),
				MediaType.APPLICATION_PROBLEM_JSON, new ServletServerHttpResponse(response));
	}
}
