package org.corporateparenting.web;

/**
 * {@link CouncilPermissions} as {@code @PreAuthorize} expressions, for every module's controllers: the same rule
 * the pages and services ask, never a second list of roles.
 */
public final class Access {

	private static final String PERMISSIONS = "T(org.corporateparenting.web.CouncilPermissions).of(authentication)";

	/**
	 * Reading what the council reports about all its work (the board's annual report), which a partner, who reads
	 * only their own organisation's records, does not.
	 */
	public static final String READ_ALL = PERMISSIONS + ".read() and !" + PERMISSIONS + ".partnerOnly()";

	/** Changing a council's records. */
	public static final String EDIT = PERMISSIONS + ".edit()";

	/** Moving strategies and pledge sets on, approving terms of reference and board packs. */
	public static final String APPROVE = PERMISSIONS + ".approve()";

	/**
	 * Reporting progress on an allocated action or a partner's pledge; the module checks whose organisation it is
	 * ({@link CouncilPermissions#reportsFor}).
	 */
	public static final String REPORT_PROGRESS = PERMISSIONS + ".reportProgress()";

	/**
	 * Looking after the council's own settings on the platform (its identity provider), and taking all its records
	 * away as a bundle.
	 */
	public static final String ADMINISTER = PERMISSIONS + ".administer()";

	private Access() {
	}
}
