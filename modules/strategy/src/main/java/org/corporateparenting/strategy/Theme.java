package org.corporateparenting.strategy;

/**
 * The platform's standard themes. Each council words its priorities its own way; giving each priority a theme
 * lets councils with different priorities compare their progress.
 */
public enum Theme {

	HEALTH_WELLBEING("Health and wellbeing"), EDUCATION_EMPLOYMENT_TRAINING("Education, employment and training"),
	HOMES_SAFETY_STABILITY("Homes, safety and stability"), TRANSITIONS_INDEPENDENCE("Transitions and independence"),
	VOICE_INFLUENCE("Voice and influence"), IDENTITY_BELONGING("Identity and belonging"),
	FAMILY_SUPPORT("Family support");

	private final String label;

	Theme(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
