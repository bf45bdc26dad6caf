package org.corporateparenting.web;

/**
 * Who may change a council's records, as {@code @PreAuthorize} expressions every module's controllers use.
 * Everyone signed in to a council may read its records; viewers only read; partners also report progress on
 * the actions and pledges of their own organisation.
 */
public final class Access {

	/** Officers and council admins edit strategies, actions, pledges and consultations. */
	public static final String EDIT = "hasAnyRole('OFFICER', 'COUNCIL_ADMIN')";

	/** Board members also move strategies on (approve, activate), besides officers and council admins. */
	public static final String APPROVE = "hasAnyRole('OFFICER', 'COUNCIL_ADMIN', 'BOARD_MEMBER')";

	/**
	 * Reporting progress on an allocated action or a partner's pledge: officers and council admins on any, partners
	 * on their own organisation's (the module checks which organisation).
	 */
	public static final String REPORT_PROGRESS = "hasAnyRole('OFFICER', 'COUNCIL_ADMIN', 'PARTNER')";

	private Access() {
	}
}
