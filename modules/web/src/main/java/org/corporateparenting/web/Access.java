package org.corporateparenting.web;

/**
 * Who may change a council's records, as {@code @PreAuthorize} expressions every module's controllers use.
 * Everyone signed in to a council may read its records; viewers and partners (for now) only read.
 */
public final class Access {

	/** Officers and council admins edit strategies, actions, pledges and consultations. */
	public static final String EDIT = "hasAnyRole('OFFICER', 'COUNCIL_ADMIN')";

	/** Board members also move strategies on (approve, activate), besides officers and council admins. */
	public static final String APPROVE = "hasAnyRole('OFFICER', 'COUNCIL_ADMIN', 'BOARD_MEMBER')";

	private Access() {
	}
}
