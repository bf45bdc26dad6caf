package org.corporateparenting.consultation.starter;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.corporateparenting.consultation.AgeBand;
import org.corporateparenting.consultation.CareStatus;
import org.corporateparenting.consultation.ConsultationFile;
import org.corporateparenting.consultation.ConsultationStatus;
import org.corporateparenting.consultation.application.ConsultationManagement;
import org.corporateparenting.consultation.application.ConsultationRequests.ActivityRequest;
import org.corporateparenting.consultation.application.ConsultationRequests.ConsultationRequest;
import org.corporateparenting.consultation.application.ConsultationRequests.FindingRequest;
import org.corporateparenting.consultation.application.ConsultationRequests.ForumRequest;
import org.corporateparenting.consultation.application.ConsultationRequests.LinkRequest;
import org.corporateparenting.consultation.application.ConsultationRequests.PublicationRequest;
import org.corporateparenting.consultation.application.ConsultationRequests.QuestionRequest;
import org.corporateparenting.consultation.application.ConsultationViews.QuestionView;
import org.corporateparenting.consultation.application.FindingManagement;
import org.corporateparenting.consultation.application.ForumManagement;
import org.corporateparenting.consultation.domain.Consultation;
import org.corporateparenting.consultation.domain.Consultations;
import org.corporateparenting.consultation.domain.Questions;
import org.corporateparenting.consultation.domain.SurveyResponse;
import org.corporateparenting.consultation.domain.SurveyResponses;
import org.corporateparenting.consultation.starter.ConsultationStarterFile.ConsultationEntry;
import org.corporateparenting.consultation.starter.ConsultationStarterFile.FindingEntry;
import org.corporateparenting.consultation.starter.ConsultationStarterFile.ForumEntry;
import org.corporateparenting.consultation.starter.ConsultationStarterFile.QuestionEntry;
import org.corporateparenting.tenancy.BundleProblem;
import org.corporateparenting.tenancy.CouncilBundle;
import org.corporateparenting.tenancy.StarterFiles;
import org.corporateparenting.tenancy.StarterImport;
import org.corporateparenting.web.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jakarta.validation.Validator;

/**
 * Imports a council's {@code consultation.yaml} when it is onboarded: forums and their activities, consultations
 * with their surveys and findings. Illustrative responses are generated (the same ones every time, from the
 * consultation's key) and marked as illustrative; a survey marked {@code linkOpen} gets an anonymous link. The
 * whole file is checked first; a file with problems imports nothing. Each imported consultation publishes one
 * {@code ConsultationChanged}, besides {@code ConsultationClosed} for one that has closed and the events of its
 * findings.
 */
@Component
class ConsultationStarter implements StarterImport, ConsultationFile {

	static final String FILE = "consultation.yaml";

	private static final Logger log = LoggerFactory.getLogger(ConsultationStarter.class);

	private final ForumManagement forums;

	private final ConsultationManagement consultations;

	private final FindingManagement findings;

	private final Consultations consultationRecords;

	private final Questions questions;

	private final SurveyResponses responses;

	private final Validator validator;

	private final java.time.Clock clock;

	ConsultationStarter(ForumManagement forums, ConsultationManagement consultations, FindingManagement findings,
			Consultations consultationRecords, Questions questions, SurveyResponses responses, Validator validator,
			java.time.Clock clock) {
		this.clock = clock;
		this.forums = forums;
		this.consultations = consultations;
		this.findings = findings;
		this.consultationRecords = consultationRecords;
		this.questions = questions;
		this.responses = responses;
		this.validator = validator;
	}

	@Override
	public String file() {
		return FILE;
	}

	/** After the strategy, whose actions its findings may name. */
	@Override
	public int order() {
		return 40;
	}

	@Override
	public List<BundleProblem> check(CouncilBundle bundle) {
		return StarterFiles.check(bundle, FILE, ConsultationStarterFile.class, this::check);
	}

	@Override
	public Set<String> topics(CouncilBundle bundle) {
		Set<String> topics = new TreeSet<>();
		StarterFiles.check(bundle, FILE, ConsultationStarterFile.class, content -> {
			if (content.consultations() != null) {
				content.consultations()
					.stream()
					.filter(entry -> entry != null && entry.topic() != null)
					.forEach(entry -> topics.add(entry.topic().strip()));
			}
			return List.of();
		});
		return topics;
	}

	@Override
	@Transactional
	public void load(Path file) {
		importFile(file);
	}

	/** @return how many consultations were imported */
	@Transactional
	public int importFile(Path file) {
		ConsultationStarterFile content = StarterFiles.read(file, ConsultationStarterFile.class);
		List<FieldProblem> problems = check(content);
		StarterFiles.refuseIfAny(file, problems);
		String importer = file.getParent().getFileName() + "/" + FILE;
		Map<String, Long> forumIds = new HashMap<>();
		for (int f = 0; f < content.forums().size(); f++) {
			ForumEntry entry = content.forums().get(f);
			long id = StarterFiles.entry(file, "forums[" + f + "]", () -> {
				long created = forums.create(new ForumRequest(entry.name(), entry.kind(), entry.ageFrom(),
						entry.ageTo(), entry.meetingPattern(), null)).id();
				entry.activities().forEach(activity -> forums.record(created,
						new ActivityRequest(activity.date(), activity.kind(), activity.description()), importer));
				return created;
			});
			forumIds.put(entry.key(), id);
		}
		int links = 0;
		for (int c = 0; c < content.consultations().size(); c++) {
			ConsultationEntry entry = content.consultations().get(c);
			links += StarterFiles.entry(file, "consultations[" + c + "]", () -> importConsultation(entry, forumIds));
		}
		log.info("Imported {} forums and {} consultations, {} with an open link", content.forums().size(),
				content.consultations().size(), links);
		return content.consultations().size();
	}

	private int importConsultation(ConsultationEntry entry, Map<String, Long> forumIds) {
		String intro = entry.survey() == null ? null : entry.survey().intro();
		ConsultationRequest request = new ConsultationRequest(entry.topic(), entry.audiences(), entry.method(),
				entry.opensOn(), entry.closesOn(), ConsultationStatus.PLANNED, entry.designedBy(), entry.informs(),
				entry.forum() == null ? null : forumIds.get(entry.forum()), entry.summary(), intro, entry.contactRole(),
				entry.contactEmail(), null);
		long id = consultations.create(request).id();
		int links = 0;
		if (entry.survey() != null) {
			for (QuestionEntry question : entry.survey().questions()) {
				consultations.ask(id, new QuestionRequest(question.text(), question.type(), question.required(),
						question.options(), question.lowLabel(), question.highLabel(), question.maxLength(), null));
			}
			int illustrative = entry.survey().illustrativeResponses() == null ? 0
					: entry.survey().illustrativeResponses();
			generate(id, entry, illustrative);
		}
		// Move along the statuses as a council would have, so each move is on record; its creation announced it.
		for (ConsultationStatus step : path(entry.status())) {
			consultations.moveAsImported(id, step);
		}
		if (entry.survey() != null && Boolean.TRUE.equals(entry.survey().linkOpen())) {
			consultations.open(id, new LinkRequest("Starter link", null, null));
			links++;
		}
		for (FindingEntry finding : entry.findings()) {
			var response = finding.response();
			var recorded = findings.recordAsImported(id, new FindingRequest(finding.theme(), finding.summary(), finding.raisedBy(),
					response == null ? null : response.whatWeWillDo(), response == null ? null : response.status(),
					response == null ? null : response.reason(), response == null ? null : response.actionReference(),
					response == null ? null : response.toldBackOn(), response == null ? null : response.toldBackHow(),
					null));
			if (Boolean.TRUE.equals(finding.published())) {
				findings.publish(recorded.id(), new PublicationRequest(true, recorded.version()));
			}
		}
		return links;
	}

	private static List<ConsultationStatus> path(ConsultationStatus to) {
		return switch (to) {
			case PLANNED -> List.of();
			case OPEN -> List.of(ConsultationStatus.OPEN);
			case CLOSED -> List.of(ConsultationStatus.OPEN, ConsultationStatus.CLOSED);
			case REPORTED_BACK -> List.of(ConsultationStatus.OPEN, ConsultationStatus.CLOSED,
					ConsultationStatus.REPORTED_BACK);
		};
	}

	/**
	 * Made-up responses to the documented total, so results pages have figures to show; every one is marked as
	 * illustrative. Answers lean towards the middle and upper choices, and are the same on every import.
	 */
	private void generate(long consultationId, ConsultationEntry entry, int count) {
		if (count == 0) {
			return;
		}
		Random random = new Random(entry.key().hashCode());
		LocalDate today = LocalDate.now(clock);
		Consultation consultation = consultationRecords.getReferenceById(consultationId);
		var asked = questions.findByConsultationIdOrderByPosition(consultationId);
		AgeBand[] bands = AgeBand.values();
		CareStatus[] statuses = CareStatus.values();
		boolean staff = entry.audiences().stream().allMatch(audience -> audience.name().equals("STAFF")
				|| audience.name().equals("PARTNERS") || audience.name().equals("CARERS"));
		for (int i = 0; i < count; i++) {
			LocalDate last = entry.closesOn().isAfter(today) ? today : entry.closesOn();
			LocalDate on = entry.opensOn().plusDays(random.nextInt(
					(int) Math.max(1, last.toEpochDay() - entry.opensOn().toEpochDay() + 1)));
			SurveyResponse response = new SurveyResponse(consultation, null, on,
					staff || random.nextInt(4) == 0 ? null : bands[1 + random.nextInt(3)],
					staff ? CareStatus.NOT_IN_CARE : random.nextInt(5) == 0 ? null : statuses[random.nextInt(2)], true);
			for (var question : asked) {
				if (!question.isRequired() && random.nextInt(3) == 0) {
					continue;
				}
				List<String> choices = QuestionView.of(question).choices();
				switch (question.getType()) {
					case FREE_TEXT -> {
					}
					case MULTIPLE_CHOICE -> {
						Set<String> picked = new HashSet<>();
						int picks = 1 + random.nextInt(Math.min(3, choices.size()));
						while (picked.size() < picks) {
							picked.add(choices.get(random.nextInt(choices.size())));
						}
						picked.forEach(choice -> response.answer(question, choice, null));
					}
					case RATING -> response.answer(question, String.valueOf(Math.min(5, 2 + random.nextInt(4))), null);
					default -> response.answer(question, choices.get(skewed(random, choices.size())), null);
				}
			}
			responses.save(response);
		}
	}

	/** An index leaning towards the first choices, which documents list as the common answers. */
	private static int skewed(Random random, int size) {
		return Math.min(size - 1, (int) Math.floor(Math.abs(random.nextGaussian()) * size / 2.5));
	}

	private List<FieldProblem> check(ConsultationStarterFile content) {
		List<FieldProblem> problems = FieldProblem.of(validator.validate(content));
		if (!problems.isEmpty()) {
			return problems;
		}
		Set<String> forumKeys = new HashSet<>();
		for (int f = 0; f < content.forums().size(); f++) {
			if (!forumKeys.add(content.forums().get(f).key())) {
				problems.add(new FieldProblem("forums[" + f + "].key", "is used by another forum"));
			}
		}
		Set<String> keys = new HashSet<>();
		for (int c = 0; c < content.consultations().size(); c++) {
			ConsultationEntry entry = content.consultations().get(c);
			String at = "consultations[" + c + "]";
			if (!keys.add(entry.key())) {
				problems.add(new FieldProblem(at + ".key", "is used by another consultation"));
			}
			if (entry.forum() != null && !forumKeys.contains(entry.forum())) {
				problems.add(new FieldProblem(at + ".forum", "no forum with the key " + entry.forum()));
			}
			if (entry.survey() != null && entry.method() != org.corporateparenting.consultation.Method.SURVEY) {
				problems.add(new FieldProblem(at + ".survey", "only a consultation by SURVEY has a survey"));
			}
			if (entry.closesOn().isBefore(entry.opensOn())) {
				problems.add(new FieldProblem(at + ".closesOn", "must be on or after opensOn"));
			}
			for (int f = 0; f < entry.findings().size(); f++) {
				FindingEntry finding = entry.findings().get(f);
				if (Boolean.TRUE.equals(finding.published()) && finding.response() == null) {
					problems.add(new FieldProblem(at + ".findings[" + f + "].published",
							"only a finding with the council's response can be published"));
				}
			}
		}
		return problems;
	}
}
