package org.corporateparenting.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cpp.client.ApiClient;
import cpp.client.ApiException;
import cpp.client.api.AdminCouncilsApi;
import cpp.client.api.AllianceApi;
import cpp.client.api.ConsultationApi;
import cpp.client.api.PledgesApi;
import cpp.client.api.ReportingApi;
import cpp.client.api.StrategyActionsApi;
import cpp.client.api.StrategyApi;
import cpp.client.model.ActionPlanRequest;
import cpp.client.model.ActionRequest;
import cpp.client.model.ActionView;
import cpp.client.model.BodyRequest;
import cpp.client.model.ConsultationRequest;
import cpp.client.model.FindingRequest;
import cpp.client.model.MeasurementRequest;
import cpp.client.model.MeetingRequest;
import cpp.client.model.OnboardingRequest;
import cpp.client.model.PledgeRequest;
import cpp.client.model.PledgeSetRequest;
import cpp.client.model.PriorityRequest;
import cpp.client.model.ProgressRequest;
import cpp.client.model.PublicationRequest;
import cpp.client.model.StrategyRequest;
import cpp.client.model.ThemeRequest;
import cpp.client.model.TransitionRequest;
import org.corporateparenting.platform.PlatformApi;
import org.corporateparenting.platform.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A council's cycle run the way an integrator would: with the Java client OpenAPI Generator makes from the API
 * description (the api-client module), and nothing else. A call that cannot be made through it means the
 * description is wrong.
 */
@PlatformTest
class GeneratedClientIntegrationTest {

	static final String COUNCIL = "clientshire";

	@LocalServerPort
	int port;

	@Test
	void aCouncilsCycleRunsThroughTheGeneratedClient() throws ApiException {
		PlatformApi tokens = new PlatformApi(port);
		new AdminCouncilsApi(client(tokens.token("platform-admin"))).onboardAdminCouncils(new OnboardingRequest().slug(COUNCIL)
			.name("Clientshire Council")
			.onsCode("E08009925")
			.region("West Midlands"));
		ApiClient officer = client(tokens.token(COUNCIL + "-officer"));

		StrategyApi strategies = new StrategyApi(officer);
		long strategy = strategies.createStrategies(COUNCIL, new StrategyRequest().title("Clientshire strategy 2025-2028")
			.periodStart(LocalDate.of(2025, 4, 1))
			.periodEnd(LocalDate.of(2028, 3, 31))).getId();
		strategies.transitionStrategies(COUNCIL, strategy, new TransitionRequest().to(TransitionRequest.ToEnum.APPROVED)
			.approvedBy("Corporate Parenting Board")
			.approvedOn(LocalDate.of(2025, 3, 12))
			.recommendation("That the Board approves the strategy"));
		assertThat(strategies.transitionStrategies(COUNCIL, strategy,
				new TransitionRequest().to(TransitionRequest.ToEnum.ACTIVE)).getStatus().getValue()).isEqualTo("ACTIVE");
		long priority = strategies.addPriority(COUNCIL, strategy, new PriorityRequest().title("Education and Employment")
			.principles(Set.of(5))
			.theme(PriorityRequest.ThemeEnum.EDUCATION_EMPLOYMENT_TRAINING)).getId();
		long plan = strategies.addPlan(COUNCIL, strategy, new ActionPlanRequest().year("2025/26")).getId();

		StrategyActionsApi actions = new StrategyActionsApi(officer);
		long action = actions.createActions(COUNCIL, plan, new ActionRequest().priorityId(priority)
			.title("Every child in care has an up-to-date Personal Education Plan")
			.owner("Virtual School Head")
			.startDate(LocalDate.of(2025, 4, 1))
			.dueDate(LocalDate.of(2026, 3, 31))).getId();
		actions.recordActions(COUNCIL, action, new ProgressRequest().narrative("ePEP completion at 80% this term")
			.status(ProgressRequest.StatusEnum.AT_RISK)
			.percentComplete(80));

		ActionView read = actions.actionActions(COUNCIL, action);
		ActionRequest changed = sentBack(read).title("Every child in care has a PEP reviewed this term");
		ActionView saved = actions.updateActions(COUNCIL, action, changed, null);
		assertThat(saved.getTitle()).isEqualTo("Every child in care has a PEP reviewed this term");
		assertThat(saved.getPercentComplete()).isEqualTo(80);
		ApiException stale = catchThrowableOfType(ApiException.class,
				() -> actions.updateActions(COUNCIL, action, changed, null));
		assertThat(stale.getCode()).isEqualTo(409);
		assertThat(stale.getResponseBody()).contains("\"status\":409");
		String readTag = "\"" + read.getVersion() + "\"";
		ApiException precondition = catchThrowableOfType(ApiException.class,
				() -> actions.updateActions(COUNCIL, action, sentBack(saved).title("Renamed"), readTag));
		assertThat(precondition.getCode()).isEqualTo(412);
		assertThat(actions.updateActions(COUNCIL, action, sentBack(saved).title("Renamed"),
				"\"" + saved.getVersion() + "\"").getTitle()).isEqualTo("Renamed");

		PledgesApi pledges = new PledgesApi(officer);
		long set = pledges.createPledges(COUNCIL, new PledgeSetRequest().title("Our Promises to Care Leavers")
			.audience(PledgeSetRequest.AudienceEnum.CARE_LEAVERS)
			.inForceFrom(LocalDate.of(2025, 4, 1))).getId();
		long theme = pledges.addTheme(COUNCIL, set, new ThemeRequest().title("Your Home")).getId();
		assertThat(pledges.addPledge(COUNCIL, set, theme,
				new PledgeRequest().number(1).text("We will help you find a safe place to live")).getText())
			.isEqualTo("We will help you find a safe place to live");

		AllianceApi alliance = new AllianceApi(officer);
		long board = alliance.createBody(COUNCIL, new BodyRequest().name("Corporate Parenting Board")
			.type(BodyRequest.TypeEnum.BOARD)
			.purpose("Holds the council to account as corporate parent")
			.meetingsPerYear(4)).getId();
		assertThat(alliance.schedule(COUNCIL, board, new MeetingRequest().date(LocalDate.now().plusMonths(1))
			.agenda(List.of("Pledges"))).getId()).isPositive();

		ConsultationApi consultation = new ConsultationApi(officer);
		long consulted = consultation.createConsultation(COUNCIL, new ConsultationRequest()
			.topic("Staying close when you leave care")
			.audiences(Set.of(ConsultationRequest.AudiencesEnum.CARE_LEAVERS))
			.method(ConsultationRequest.MethodEnum.FOCUS_GROUP)
			.opensOn(LocalDate.of(2025, 10, 1))
			.closesOn(LocalDate.of(2025, 12, 31))
			.designedBy(ConsultationRequest.DesignedByEnum.YOUNG_PEOPLE)).getId();
		var finding = consultation.recordFinding(COUNCIL, consulted, new FindingRequest().theme("Keeping in touch")
			.summary("Young people want their personal adviser to stay the same")
			.raisedBy(9)
			.whatWeWillDo("Keep the same personal adviser from 18 to 25 wherever we can")
			.responseStatus(FindingRequest.ResponseStatusEnum.PLANNED));
		assertThat(consultation.publish(COUNCIL, finding.getId(),
				new PublicationRequest().published(true).version(finding.getVersion())).getPublished()).isTrue();

		ReportingApi reporting = new ReportingApi(officer);
		String indicator = "CL-IN-TOUCH-19-21";
		assertThat(reporting.indicatorsIndicators(COUNCIL))
			.anyMatch(entry -> indicator.equals(entry.getIndicator().getCode()));
		reporting.recordIndicators(COUNCIL, indicator, new MeasurementRequest().period("2024-25")
			.value(new BigDecimal("91")));
		assertThat(reporting.measurements(COUNCIL, indicator)).isNotEmpty();
		assertThat(reporting.dashboard(COUNCIL)).isNotNull();
	}

	/** The action as read, as a request: what is set, with the version read; what is derived stays behind. */
	private static ActionRequest sentBack(ActionView read) {
		return new ActionRequest().reference(read.getReference())
			.priorityId(read.getPriorityId())
			.title(read.getTitle())
			.description(read.getDescription())
			.owner(read.getOwner())
			.ownerEmail(read.getOwnerEmail())
			.partnerOrganisationId(read.getPartnerOrganisationId())
			.startDate(read.getStartDate())
			.dueDate(read.getDueDate())
			.outcomeMeasure(read.getOutcomeMeasure())
			.status(read.getStatus() == null ? null : ActionRequest.StatusEnum.fromValue(read.getStatus().getValue()))
			.percentComplete(read.getPercentComplete())
			.dropReason(read.getDropReason())
			.ragOverride(read.getRagOverride() == null ? null
					: ActionRequest.RagOverrideEnum.fromValue(read.getRagOverride().getValue()))
			.ragOverrideReason(read.getRagOverrideReason())
			.pledgeIds(read.getPledgeIds())
			.version(read.getVersion());
	}

	private ApiClient client(String token) {
		return new ApiClient().setScheme("http")
			.setHost("localhost")
			.setPort(port)
			.setBasePath("")
			.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
	}
}
