package org.corporateparenting.tenancy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sets the council context for {@code /councils/{slug}/...} and {@code /api/councils/{slug}/...} once the caller
 * is authenticated, and clears it after the request. The caller's {@code council} claim must name the council in
 * the URL and come from an issuer that council trusts; otherwise the council does not exist as far as the caller
 * can tell (404), and the attempt is logged. A suspended council answers 403 with a clear message, and so does a
 * council's address to a partnership analyst, who sees only what councils publish to the partnership. For
 * {@code /partnerships/{slug}/...} and {@code /api/partnerships/{slug}/...} the caller must be one of the
 * partnership's analysts or belong to one of its member councils (404 otherwise).
 */
public class CouncilRequestFilter extends OncePerRequestFilter {

	public static final String COUNCIL_CLAIM = "council";

	private static final String COUNCIL_ATTRIBUTE = CouncilRequestFilter.class.getName() + ".council";

	private static final Logger log = LoggerFactory.getLogger(CouncilRequestFilter.class);

	private static final Pattern COUNCIL_PATH = Pattern.compile("^/(api/)?councils/([^/]+)(/.*)?$");

	/** A council's public pages for young people (an anonymous survey link, "you said, we did"): no sign-in. */
	public static final String PUBLIC_PREFIX = "/young-people/";

	private static final Pattern PUBLIC_PATH = Pattern.compile("^/young-people/([^/]+)(/.*)?$");

	/** A partnership's comparisons: its analysts' and its member councils' people's, nobody else's. */
	private static final Pattern PARTNERSHIP_PATH = Pattern.compile("^/(api/)?partnerships/([^/]+)(/.*)?$");

	public static final String PARTNERSHIP_CLAIM = "partnership";

	private static final String ANALYST = "ROLE_PARTNERSHIP_ANALYST";

	private final Councils councils;

	private final Set<String> platformIssuers;

	/**
	 * @param platformIssuers issuers trusted for every council (the platform's own identity provider)
	 */
	public CouncilRequestFilter(Councils councils, Set<String> platformIssuers) {
		this.councils = councils;
		this.platformIssuers = Set.copyOf(platformIssuers);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// Matched as the web layer matches it, decoded: "/council%73/..." is a council's address too.
		String uri = UriUtils.decode(request.getRequestURI().substring(request.getContextPath().length()),
				StandardCharsets.UTF_8);
		Matcher open = PUBLIC_PATH.matcher(uri);
		if (open.matches()) {
			enterPublic(open.group(1), request, response, chain);
			return;
		}
		Matcher partnershipPath = PARTNERSHIP_PATH.matcher(uri);
		if (partnershipPath.matches()) {
			enterPartnership(partnershipPath.group(2), partnershipPath.group(1) != null, request, response, chain);
			return;
		}
		Matcher path = COUNCIL_PATH.matcher(uri);
		if (!path.matches()) {
			chain.doFilter(request, response);
			return;
		}
		boolean api = path.group(1) != null;
		String slug = path.group(2);
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		Optional<Council> council = councils.find(slug)
			.filter(found -> found.status() == CouncilStatus.ACTIVE || found.status() == CouncilStatus.SUSPENDED);
		if (council.isEmpty()) {
			refuse(response, api, HttpStatus.NOT_FOUND, "No council " + slug + " is on the platform");
			return;
		}
		if (!mayEnter(caller, council.get()) && isAnalyst(caller)) {
			log.warn("Refused {} {} to partnership analyst {}", request.getMethod(), request.getRequestURI(),
					caller.getName());
			refuse(response, api, HttpStatus.FORBIDDEN,
					"Partnership analysts see the figures councils publish to their partnership, not a council's records");
			return;
		}
		if (!mayEnter(caller, council.get())) {
			log.warn("Refused {} {} to {} (council claim {})", request.getMethod(), request.getRequestURI(),
					caller == null ? "anonymous" : caller.getName(), claim(caller, COUNCIL_CLAIM).orElse("none"));
			refuse(response, api, HttpStatus.NOT_FOUND, "No council " + slug + " is on the platform");
			return;
		}
		if (council.get().status() == CouncilStatus.SUSPENDED) {
			refuse(response, api, HttpStatus.FORBIDDEN, council.get().name()
					+ " is suspended on the platform. Its records are kept, but nobody can use them until a"
					+ " platform admin reactivates it.");
			return;
		}
		enter(council.get(), request, response, chain);
	}

	/**
	 * Anyone may open a council's public pages while it is active; what they reach is only what those pages show
	 * (a survey by its unguessable link, published findings), read in that council's schema.
	 */
	private void enterPublic(String slug, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<Council> council = councils.find(slug).filter(found -> found.status() == CouncilStatus.ACTIVE);
		if (council.isEmpty()) {
			response.sendError(HttpStatus.NOT_FOUND.value(), "There is nothing at this address");
			return;
		}
		enter(council.get(), request, response, chain);
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

	/**
	 * A partnership's pages and API open for its own analysts and for people of its member councils (signed in
	 * through an issuer their council trusts); for anyone else the partnership does not exist (404). They read
	 * only the platform schema, so they run outside any council.
	 */
	private void enterPartnership(String slug, boolean api, HttpServletRequest request, HttpServletResponse response,
			FilterChain chain) throws ServletException, IOException {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		Optional<Partnership> partnership = councils.findPartnership(slug);
		boolean allowed = partnership.isPresent() && caller != null
				&& (isAnalyst(caller) && claim(caller, PARTNERSHIP_CLAIM).filter(slug::equals).isPresent()
						|| claim(caller, COUNCIL_CLAIM).filter(partnership.get().councils()::contains)
							.flatMap(councils::find)
							.filter(council -> council.status() == CouncilStatus.ACTIVE)
							.filter(council -> mayEnter(caller, council))
							.isPresent());
		if (!allowed) {
			log.warn("Refused {} {} to {} (partnership claim {}, council claim {})", request.getMethod(),
					request.getRequestURI(), caller == null ? "anonymous" : caller.getName(),
					claim(caller, PARTNERSHIP_CLAIM).orElse("none"), claim(caller, COUNCIL_CLAIM).orElse("none"));
			refuse(response, api, HttpStatus.NOT_FOUND, "No partnership " + slug + " is on the platform");
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean isAnalyst(@org.jspecify.annotations.Nullable Authentication caller) {
		return caller != null && caller.getAuthorities().stream().anyMatch(a -> ANALYST.equals(a.getAuthority()));
	}

	/** The council of a request this filter let through, as it read it from the registry. */
	public static Optional<Council> councilOf(jakarta.servlet.ServletRequest request) {
		return request.getAttribute(COUNCIL_ATTRIBUTE) instanceof Council council ? Optional.of(council)
				: Optional.empty();
	}

	private boolean mayEnter(Authentication caller, Council council) {
		if (caller == null || !claim(caller, COUNCIL_CLAIM).filter(council.slug()::equals).isPresent()) {
			return false;
		}
		// Tokens without an issuer come from an interactive session the platform signed in itself.
		return claim(caller, "iss").map(
				issuer -> platformIssuers.contains(issuer) || council.trustedIssuers().contains(issuer))
			.orElse(true);
	}

	private static Optional<String> claim(Authentication caller, String name) {
		if (caller != null && caller.getPrincipal() instanceof ClaimAccessor claims) {
			Object value = claims.getClaims().get(name);
			return Optional.ofNullable(value).map(Object::toString);
		}
		return Optional.empty();
	}

	private static void refuse(HttpServletResponse response, boolean api, HttpStatus status, String detail)
			throws IOException {
		if (!api) {
			response.sendError(status.value(), detail);
			return;
		}
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
					+ status.value() + ",\"detail\":\"" + detail.replace("\"", "'") + "\"}");
	}
}
