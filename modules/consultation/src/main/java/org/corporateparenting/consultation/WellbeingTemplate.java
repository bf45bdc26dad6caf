package org.corporateparenting.consultation;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The platform's standard well-being survey, in its own words: for each age-banded version, a topic, an introduction
 * that tells young people what the survey is for, and twelve questions, three in each domain, every one asked so
 * that the answer that means things are going well is "yes" or a 4 or 5. A survey started from it keeps these
 * questions as they are, first and in this order, so that its answers compare with every other council's.
 */
public final class WellbeingTemplate {

	/** Which wording this is: a change to the questions is a new edition, compared only with itself. */
	public static final int EDITION = 1;

	private static final String LOW = "Not at all";

	private static final String HIGH = "Very much";

	private static final String COMPARED = " We ask young people in other councils the same questions, so that we can"
			+ " see what we do well and what we need to do better. No one else sees your answers: other councils see"
			+ " only totals for large groups.";

	private static final Map<WellbeingVersion, List<TemplateQuestion>> QUESTIONS = Map.of(
			WellbeingVersion.YOUNGER_CHILDREN, List.of(
					yesNo("Y-REL-1", WellbeingDomain.RELATIONSHIPS, "Is there a grown-up you trust who helps you when you need it?"),
					yesNo("Y-REL-2", WellbeingDomain.RELATIONSHIPS, "Do you see or talk to the people who matter to you as much as you want?"),
					yesNo("Y-REL-3", WellbeingDomain.RELATIONSHIPS, "Do you have a friend you have fun with?"),
					yesNo("Y-RES-1", WellbeingDomain.RESILIENCE, "Do you feel good about yourself most days?"),
					yesNo("Y-RES-2", WellbeingDomain.RESILIENCE, "When something goes wrong, is there someone who helps you sort it out?"),
					yesNo("Y-RES-3", WellbeingDomain.RESILIENCE, "Are you getting better at something you enjoy?"),
					yesNo("Y-RIG-1", WellbeingDomain.RIGHTS, "Do grown-ups explain why things are happening in your life?"),
					yesNo("Y-RIG-2", WellbeingDomain.RIGHTS, "Do you know who to ask if you want something to change?"),
					yesNo("Y-RIG-3", WellbeingDomain.RIGHTS, "Do you get a say when grown-ups make plans about you?"),
					yesNo("Y-REC-1", WellbeingDomain.RECOVERY, "Do you feel safe where you live?"),
					yesNo("Y-REC-2", WellbeingDomain.RECOVERY, "Do you feel happy with how things are going for you?"),
					yesNo("Y-REC-3", WellbeingDomain.RECOVERY, "Do you sleep well most nights?")),
			WellbeingVersion.OLDER_CHILDREN, List.of(
					rating("O-REL-1", WellbeingDomain.RELATIONSHIPS, "How much do you trust at least one adult to be there for you?"),
					rating("O-REL-2", WellbeingDomain.RELATIONSHIPS, "How happy are you with how often you see or hear from family and friends?"),
					rating("O-REL-3", WellbeingDomain.RELATIONSHIPS, "How well do the adults who look after you understand you?"),
					rating("O-RES-1", WellbeingDomain.RESILIENCE, "How confident do you feel about your future?"),
					rating("O-RES-2", WellbeingDomain.RESILIENCE, "How well do you cope when things go wrong?"),
					rating("O-RES-3", WellbeingDomain.RESILIENCE, "How much do you feel good at something, at school or anywhere else?"),
					rating("O-RIG-1", WellbeingDomain.RIGHTS, "How much are you listened to when decisions are made about your life?"),
					rating("O-RIG-2", WellbeingDomain.RIGHTS, "How well do you understand why you are in care?"),
					rating("O-RIG-3", WellbeingDomain.RIGHTS, "How easy is it to get help, or to complain, when something is not right?"),
					rating("O-REC-1", WellbeingDomain.RECOVERY, "How safe do you feel where you live?"),
					rating("O-REC-2", WellbeingDomain.RECOVERY, "How settled do you feel where you live?"),
					rating("O-REC-3", WellbeingDomain.RECOVERY, "How happy are you with your life at the moment?")),
			WellbeingVersion.CARE_LEAVERS, List.of(
					rating("L-REL-1", WellbeingDomain.RELATIONSHIPS, "How much do you have someone to turn to when things are hard?"),
					rating("L-REL-2", WellbeingDomain.RELATIONSHIPS, "How happy are you with your contact with the people who matter to you?"),
					rating("L-REL-3", WellbeingDomain.RELATIONSHIPS, "How well does your personal adviser know you and what you need?"),
					rating("L-RES-1", WellbeingDomain.RESILIENCE, "How confident are you managing money and bills?"),
					rating("L-RES-2", WellbeingDomain.RESILIENCE, "How hopeful do you feel about your future?"),
					rating("L-RES-3", WellbeingDomain.RESILIENCE, "How well do you cope when things go wrong?"),
					rating("L-RIG-1", WellbeingDomain.RIGHTS, "How well do you know what help you are entitled to as a care leaver?"),
					rating("L-RIG-2", WellbeingDomain.RIGHTS, "How much were you listened to when your plans for leaving care were made?"),
					rating("L-RIG-3", WellbeingDomain.RIGHTS, "How easy is it to get help, or to complain, when something is not right?"),
					rating("L-REC-1", WellbeingDomain.RECOVERY, "How safe do you feel where you live?"),
					rating("L-REC-2", WellbeingDomain.RECOVERY, "How happy are you with where you live?"),
					rating("L-REC-3", WellbeingDomain.RECOVERY, "How happy are you with your life at the moment?")));

	private WellbeingTemplate() {
	}

	/** The version's questions, in the order a survey asks them. */
	public static List<TemplateQuestion> questions(WellbeingVersion version) {
		return QUESTIONS.get(version);
	}

	/** The survey's topic as young people see it at the top of the page. */
	public static String topic(WellbeingVersion version) {
		return switch (version) {
			case YOUNGER_CHILDREN -> "How are things for you? A survey for children aged 8 to 11";
			case OLDER_CHILDREN -> "How are things for you? A survey for young people in care aged 11 to 18";
			case CARE_LEAVERS -> "How are things for you? A survey for care leavers";
		};
	}

	/** What the survey is for, told to young people before the first question. */
	public static String intro(WellbeingVersion version) {
		return switch (version) {
			case YOUNGER_CHILDREN -> "We want to know how things are going for you: the people in your life, how you"
					+ " feel, whether grown-ups listen to you, and feeling safe and happy. There are 12 questions. You"
					+ " answer each one yes or no." + COMPARED;
			case OLDER_CHILDREN -> "This survey is about how your life is going: your relationships, how you cope,"
					+ " whether you are listened to, and feeling safe and settled. There are 12 questions. You answer"
					+ " each one from 1 to 5." + COMPARED;
			case CARE_LEAVERS -> "This survey is about how life is going since you left care: the people you can turn"
					+ " to, how you cope, knowing your rights, and feeling safe and settled where you live. There are 12"
					+ " questions. You answer each one from 1 to 5." + COMPARED;
		};
	}

	private static TemplateQuestion yesNo(String key, WellbeingDomain domain, String text) {
		return new TemplateQuestion(key, domain, text, QuestionType.YES_NO, null, null);
	}

	private static TemplateQuestion rating(String key, WellbeingDomain domain, String text) {
		return new TemplateQuestion(key, domain, text, QuestionType.RATING, LOW, HIGH);
	}

	/**
	 * @param key the question's name in every council's results, such as {@code O-REC-1}
	 */
	@Schema(name = "WellbeingTemplateQuestion")
	public record TemplateQuestion(String key, WellbeingDomain domain, String text, QuestionType type,
			@Nullable String lowLabel, @Nullable String highLabel) {

		/** Whether an answer says things are going well: yes, or 4 or 5 of 5. */
		public boolean positive(String choice) {
			return type == QuestionType.YES_NO ? "YES".equals(choice) : "4".equals(choice) || "5".equals(choice);
		}
	}
}
