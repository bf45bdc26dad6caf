package org.corporateparenting.tenancy.access;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.corporateparenting.tenancy.Council;
import org.corporateparenting.tenancy.CouncilStatus;
import org.corporateparenting.tenancy.Councils;
import org.corporateparenting.tenancy.IdentityProviders;
import org.corporateparenting.tenancy.Partnership;
import org.corporateparenting.tenancy.PlatformIssuers;
import org.corporateparenting.web.CouncilPermissions;
import org.corporateparenting.web.CouncilPermissions.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.stereotype.Component;

/**
 * Who may open which council's and partnership's addresses. A council's pages and API open only for people whose
 * {@code council} claim names it, whose issuer it (or the platform) trusts or is the identity provider its admins set,
 * and who hold one of its roles. To anyone from another issuer or council the council does not exist (404, each
 * refusal saying why in terms of the token alone); its own people without a role are told so (403), as they are when
 * it is suspended, and a partnership analyst is told (403) that they see what councils publish, not a council's
 * records. A partnership opens for its own analysts and for people with a role in its active member councils. A
 * council's public pages for young people open for anyone while it is active.
 */
@Component
public class CouncilAccess {

	public static final String COUNCIL_CLAIM = "council";

	public static final String PARTNERSHIP_CLAIM = "partnership";

	/** A council's public pages for young people (an anonymous survey link, "you said, we did"): no sign-in. */
	public static final String PUBLIC_PREFIX = "/young-people/";

	private static final Pattern COUNCIL_PATH = Pattern.compile("^/(api/)?councils/([^/]+)(/.*)?$");

	private static final Pattern PUBLIC_PATH = Pattern.compile("^/young-people/([^/]+)(/.*)?$");

	private static final Pattern PARTNERSHIP_PATH = Pattern.compile("^/(api/)?partnerships/([^/]+)(/.*)?$");

	private static final String ANALYST = "ROLE_PARTNERSHIP_ANALYST";

	/** The council roles, any of which opens a council's records (each sees what its permissions allow). */
	private static final String COUNCIL_ROLES = String.join(", ",
			Stream.of(Role.values()).map(Role::name).toList());

	private final Councils councils;

	private final PlatformIssuers platformIssuers;

	private final IdentityProviders identityProviders;

	/** Without the security configuration's issuers (a module's own tests), only councils' own issuers count. */
	CouncilAccess(Councils councils, ObjectProvider<PlatformIssuers> platformIssuers,
			IdentityProviders identityProviders) {
		this.councils = councils;
		this.platformIssuers = platformIssuers.getIfAvailable(() -> Set::of);
		this.identityProviders = identityProviders;
	}

	/** What to do with a request for this (decoded) path from this caller. */
	public Decision decide(String path, @Nullable Authentication caller) {
		Matcher open = PUBLIC_PATH.matcher(path);
		if (open.matches()) {
			return councils.find(open.group(1))
				.filter(council -> council.status() == CouncilStatus.ACTIVE)
				.<Decision>map(Enter::new)
				.orElseGet(() -> new Refuse(false, HttpStatus.NOT_FOUND, "There is nothing at this address", null));
		}
		Matcher partnership = PARTNERSHIP_PATH.matcher(path);
		if (partnership.matches()) {
			return partnership(partnership.group(2), partnership.group(1) != null, caller);
		}
		Matcher council = COUNCIL_PATH.matcher(path);
		return council.matches() ? council(council.group(2), council.group(1) != null, caller) : new PassThrough();
	}

	/**
	 * Refusals are told apart by their detail. Whatever is said to a caller whose issuer the council does not trust,
	 * or whose token names no council or another one, depends on the token alone, so that nobody learns from it
	 * whether a council is on the platform.
	 */
	private Decision council(String slug, boolean api, @Nullable Authentication caller) {
		Optional<Council> council = councils.find(slug)
			.filter(found -> found.status() == CouncilStatus.ACTIVE || found.status() == CouncilStatus.SUSPENDED);
		Optional<String> named = claim(caller, COUNCIL_CLAIM);
		Optional<String> issuer = claim(caller, "iss");
		String who = nameOf(caller) + " (council claim " + named.orElse("none") + ", issuer "
				+ issuer.orElse("none") + ")";
		if (issuer.isPresent() && !platformIssuers.issuers().contains(issuer.get())
				&& !council.map(found -> trusts(found, issuer.get())).orElse(false)) {
			return new Refuse(api, HttpStatus.NOT_FOUND, "No council " + slug + " is open to sign-ins from "
					+ shortened(issuer.get()) + ": that issuer is not one the council trusts", who);
		}
		if (named.isEmpty()) {
			if (isAnalyst(caller) && council.isPresent()) {
				return new Refuse(api, HttpStatus.FORBIDDEN, "Partnership analysts see the figures councils publish to"
						+ " their partnership, not a council's records", "partnership analyst " + caller.getName());
			}
			return new Refuse(api, HttpStatus.NOT_FOUND, "No council " + slug + " is open to this sign-in: its token"
					+ " names no council (it has no " + COUNCIL_CLAIM + " claim)", who);
		}
		if (!named.get().equals(slug)) {
			return new Refuse(api, HttpStatus.NOT_FOUND, "No council " + slug + " is open to this sign-in: its token"
					+ " is for the council " + shortened(named.get()), who);
		}
		if (council.isEmpty()) {
			return new Refuse(api, HttpStatus.NOT_FOUND, "No council " + slug + " is on the platform", null);
		}
		if (!CouncilPermissions.of(caller).read()) {
			return new Refuse(api, HttpStatus.FORBIDDEN, noRole(council.get().name() + " is"), who);
		}
		if (council.get().status() == CouncilStatus.SUSPENDED) {
			return new Refuse(api, HttpStatus.FORBIDDEN, council.get().name() + " is suspended on the platform. Its"
					+ " records are kept, but nobody can use them until a platform admin reactivates it.", null);
		}
		return new Enter(council.get());
	}

	/** Partnership pages read only the platform schema, so they run outside any council. */
	private Decision partnership(String slug, boolean api, @Nullable Authentication caller) {
		Optional<Partnership> partnership = councils.findPartnership(slug);
		boolean allowed = partnership.isPresent() && caller != null
				&& (isAnalyst(caller) && claim(caller, PARTNERSHIP_CLAIM).filter(slug::equals).isPresent()
						|| claim(caller, COUNCIL_CLAIM).filter(partnership.get().councils()::contains)
							.flatMap(councils::find)
							.filter(council -> council.status() == CouncilStatus.ACTIVE)
							.filter(council -> mayEnter(caller, council))
							.isPresent());
		if (allowed && (isAnalyst(caller) || CouncilPermissions.of(caller).read())) {
			return new PassThrough();
		}
		if (allowed) {
			return new Refuse(api, HttpStatus.FORBIDDEN, noRole("Partnership " + slug + " is"), nameOf(caller)
					+ " (no council role)");
		}
		return new Refuse(api, HttpStatus.NOT_FOUND, "No partnership " + slug + " is on the platform",
				nameOf(caller) + " (partnership claim " + claim(caller, PARTNERSHIP_CLAIM).orElse("none")
						+ ", council claim " + claim(caller, COUNCIL_CLAIM).orElse("none") + ")");
	}

	private boolean mayEnter(@Nullable Authentication caller, Council council) {
		if (caller == null || claim(caller, COUNCIL_CLAIM).filter(council.slug()::equals).isEmpty()) {
			return false;
		}
		// Tokens without an issuer come from an interactive session the platform signed in itself.
		return claim(caller, "iss").map(issuer -> trusts(council, issuer)).orElse(true);
	}

	/**
	 * The platform's issuers are trusted everywhere; a council's own identity provider only for that council, even
	 * if another council listed the same issuer among those it trusts.
	 */
	private boolean trusts(Council council, String issuer) {
		if (platformIssuers.issuers().contains(issuer)) {
			return true;
		}
		return identityProviders.findByIssuer(issuer)
			.map(provider -> provider.council().equals(council.slug()))
			.orElseGet(() -> council.trustedIssuers().contains(issuer));
	}

	/** Said to someone of the council whose sign-in gives them none of its roles. */
	private static String noRole(String what) {
		return what + " open only to people with one of the council's roles, and this sign-in gives none. The roles"
				+ " accepted are " + COUNCIL_ROLES + ", from the token's roles claim or the council's identity"
				+ " provider's mappings: ask the council's admins for one.";
	}

	/** An address's part from the token, kept short enough for a problem's detail and a log line. */
	private static String shortened(String value) {
		return value.length() <= 200 ? value : value.substring(0, 200) + "...";
	}

	private static boolean isAnalyst(@Nullable Authentication caller) {
		return caller != null && caller.getAuthorities().stream().anyMatch(a -> ANALYST.equals(a.getAuthority()));
	}

	private static String nameOf(@Nullable Authentication caller) {
		return caller == null ? "anonymous" : caller.getName();
	}

	private static Optional<String> claim(@Nullable Authentication caller, String name) {
		if (caller != null && caller.getPrincipal() instanceof ClaimAccessor claims) {
			return Optional.ofNullable(claims.getClaims().get(name)).map(Object::toString);
		}
		return Optional.empty();
	}

	/** What the filter does with a request. */
	public sealed interface Decision {
	}

	/** Not a council's or a partnership's address, or a partnership the caller may open: carry on. */
	public record PassThrough() implements Decision {
	}

	/** Carry on inside this council. */
	public record Enter(Council council) implements Decision {
	}

	/**
	 * Answer with this status and reason (a problem for the API, an error page otherwise); {@code logged} says who
	 * was refused when the refusal is worth a warning in the log.
	 */
	public record Refuse(boolean api, HttpStatus status, String reason, @Nullable String logged) implements Decision {
	}
}
