package org.corporateparenting.localoffer;

import org.corporateparenting.web.Labelled;

/**
 * The areas a local offer must cover, as the law names them: six from the Children and Social Work Act 2017, s.2, and
 * four added by the Children's Wellbeing and Schools Act 2026, s.8. Each has the plain words the young people's page
 * uses.
 */
public enum OfferArea implements Labelled {

	HEALTH_AND_WELLBEING("Health and wellbeing", "Your health and how you feel", Law.CSWA_2017_S2),
	RELATIONSHIPS("Relationships", "The people who matter to you", Law.CSWA_2017_S2),
	EDUCATION_AND_TRAINING("Education and training", "Learning, college and university", Law.CSWA_2017_S2),
	EMPLOYMENT("Employment", "Finding and keeping a job", Law.CSWA_2017_S2),
	ACCOMMODATION("Accommodation", "A place to live", Law.CSWA_2017_S2),
	PARTICIPATION_IN_SOCIETY("Participation in society", "Having your say and taking part", Law.CSWA_2017_S2),
	TRANSITION_TO_ADULTHOOD("Transition to adulthood", "Getting ready for life as an adult", Law.CWSA_2026_S8),
	FINANCIAL_SUPPORT("Financial support and financial literacy", "Money: help with it and learning to manage it",
			Law.CWSA_2026_S8),
	HOUSING_COOPERATION("Cooperation on housing", "How we work with housing to find you a home", Law.CWSA_2026_S8),
	HOMELESSNESS_PREVENTION("Homelessness prevention", "Help so you do not become homeless", Law.CWSA_2026_S8);

	private final String label;

	private final String plainWords;

	private final Law law;

	OfferArea(String label, String plainWords, Law law) {
		this.label = label;
		this.plainWords = plainWords;
		this.law = law;
	}

	@Override
	public String label() {
		return label;
	}

	/** How the young people's page heads the area. */
	public String plainWords() {
		return plainWords;
	}

	/** The law that names this area. */
	public Law law() {
		return law;
	}

	/** The Acts that say what a local offer covers. */
	public enum Law implements Labelled {

		CSWA_2017_S2("Children and Social Work Act 2017, section 2"),
		CWSA_2026_S8("Children's Wellbeing and Schools Act 2026, section 8");

		private final String label;

		Law(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}
	}
}
