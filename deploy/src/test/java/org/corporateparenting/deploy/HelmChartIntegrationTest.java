package org.corporateparenting.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;

import tools.jackson.databind.JsonNode;

/**
 * The chart in {@code helm/corporate-parenting} passes {@code helm lint --strict} and renders, with its defaults and
 * with production-like values, into what an operator relies on: probes on the actuator groups, a locked-down
 * container that drains before it stops, the migration Job as a pre-install and pre-upgrade hook, autoscaling and a
 * disruption budget, and not one secret written into a manifest. Renders come from a {@link ChartCopy} with the
 * hooks shown, so that the migration Job is among them.
 */
class HelmChartIntegrationTest {

	private static final Path CHART_FOLDER = Path.of("../helm/corporate-parenting");

	private static final Helm CHART = new Helm(CHART_FOLDER);

	private static final Path PRODUCTION = Path.of("src/test/resources/values-production.yaml");

	/** The oldest Kubernetes the chart supports (Chart.yaml's kubeVersion); Helm's own default is older. */
	private static final String OLDEST_KUBERNETES = "v1.30.0";

	private static final Pattern CREDENTIAL = Pattern.compile("(?i)password|secret|token|credential");

	private static Helm hooksShown;

	@BeforeAll
	static void copyTheChartWithItsHooksShown(@TempDir Path copy) {
		hooksShown = new Helm(ChartCopy.withHooksShown(CHART_FOLDER, copy));
	}

	@Test
	void lintsCleanlyInStrictMode() {
		LintResult lint = CHART.lint().strict().call();

		assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();
	}

	@Test
	void probesTheActuatorHealthGroupsOnTheHttpPort() {
		JsonNode container = platformContainer(render(template()));

		assertThat(container.at("/startupProbe/httpGet/path").asString()).isEqualTo("/actuator/health/liveness");
		assertThat(container.at("/livenessProbe/httpGet/path").asString()).isEqualTo("/actuator/health/liveness");
		assertThat(container.at("/readinessProbe/httpGet/path").asString()).isEqualTo("/actuator/health/readiness");
		assertThat(container.at("/readinessProbe/httpGet/port").asString()).isEqualTo("http");
		assertThat(container.at("/ports/0/containerPort").asInt()).isEqualTo(8080);
	}

	@Test
	void runsAsANonRootUserOnAReadOnlyFilesystemWithAWritableTmp() {
		Manifests manifests = render(template());
		JsonNode pod = manifests.one("Deployment").at("/spec/template/spec");
		JsonNode container = platformContainer(manifests);

		assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
		assertThat(pod.at("/securityContext/runAsUser").asInt()).isEqualTo(10001);
		assertThat(pod.at("/securityContext/seccompProfile/type").asString()).isEqualTo("RuntimeDefault");
		assertThat(container.at("/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();
		assertThat(container.at("/securityContext/allowPrivilegeEscalation").isBoolean()).isTrue();
		assertThat(container.at("/securityContext/allowPrivilegeEscalation").asBoolean()).isFalse();
		assertThat(container.at("/securityContext/capabilities/drop").valueStream().map(JsonNode::asString))
			.containsExactly("ALL");
		assertThat(container.at("/volumeMounts/0/mountPath").asString()).isEqualTo("/tmp");
		assertThat(pod.at("/volumes/0/emptyDir").isObject()).isTrue();
	}

	@Test
	void keepsOffboardedCouncilsExportsOnTheClaimItIsGiven() {
		JsonNode pod = render(template()).one("Deployment").at("/spec/template/spec");
		assertThat(pod.at("/volumes").findValuesAsString("claimName")).isEmpty();

		Manifests manifests = render(template().set("offboarding.exportClaim", "cpp-exports"));
		JsonNode withClaim = manifests.one("Deployment").at("/spec/template/spec");
		JsonNode container = platformContainer(manifests);
		assertThat(withClaim.at("/volumes").findValuesAsString("claimName")).containsExactly("cpp-exports");
		assertThat(container.at("/volumeMounts").findValuesAsString("mountPath")).contains("/exports");
		assertThat(container.at("/env").valueStream()
			.filter(env -> env.at("/name").asString().equals("CPP_OFFBOARDING_EXPORTFOLDER"))
			.map(env -> env.at("/value").asString())).containsExactly("/exports");
	}

	@Test
	void emailsThroughTheMailServerItIsGivenWithItsLoginAndUnsubscribeKeyFromASecret() {
		assertThat(render(template()).one("ConfigMap").at("/data/CPP_MAIL_HOST").isMissingNode()).isTrue();

		Manifests manifests = render(template().set("mail.host", "smtp.example.org")
			.set("mail.baseUrl", "https://corporate-parenting.example.org")
			.set("mail.existingSecret", "cpp-mail"));
		JsonNode settings = manifests.one("ConfigMap").at("/data");
		assertThat(settings.at("/CPP_MAIL_HOST").asString()).isEqualTo("smtp.example.org");
		assertThat(settings.at("/CPP_MAIL_PORT").asString()).isEqualTo("587");
		assertThat(settings.at("/CPP_BASE_URL").asString()).isEqualTo("https://corporate-parenting.example.org");
		JsonNode container = platformContainer(manifests);
		assertThat(secretKeyRef(container, "CPP_MAIL_PASSWORD")).isEqualTo("cpp-mail/mail-password");
		assertThat(secretKeyRef(container, "CPP_NOTIFICATIONS_UNSUBSCRIBE_SECRET"))
			.isEqualTo("cpp-mail/notifications-unsubscribe-secret");
		assertNoCredentialIsWrittenIn(manifests);
	}

	@Test
	void pausesBeforeShutdownAndAllowsTimeForTheDrain() {
		Manifests manifests = render(template());
		JsonNode pod = manifests.one("Deployment").at("/spec/template/spec");

		assertThat(platformContainer(manifests).at("/lifecycle/preStop/sleep/seconds").asInt()).isEqualTo(10);
		assertThat(manifests.one("ConfigMap").at("/data/SPRING_LIFECYCLE_TIMEOUTPERSHUTDOWNPHASE").asString())
			.isEqualTo("30s");
		assertThat(pod.at("/terminationGracePeriodSeconds").asInt()).isGreaterThan(10 + 30);
	}

	@Test
	void migratesInAHookJobBeforeInstallAndUpgrade() {
		Manifests manifests = render(template());
		JsonNode job = manifests.one("Job");
		JsonNode annotations = job.at("/metadata/annotations");
		JsonNode migrate = job.at("/spec/template/spec/containers/0");

		assertThat(Manifests.parse(template(CHART).call()).all("Job")).as("Helm takes the Job for a hook").isEmpty();
		assertThat(annotations.path(hook("helm.sh/hook")).asString()).isEqualTo("pre-install,pre-upgrade");
		assertThat(annotations.path(hook("helm.sh/hook-weight")).isString()).isTrue();
		assertThat(annotations.path(hook("helm.sh/hook-delete-policy")).asString())
			.isEqualTo("before-hook-creation,hook-succeeded");
		assertThat(migrate.path("args").valueStream().map(JsonNode::asString)).containsExactly("--migrate-only");
		assertThat(migrate.path("image").asString()).isEqualTo(platformContainer(manifests).path("image").asString());
		assertThat(migrate.at("/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();
		assertThat(job.at("/spec/template/spec/restartPolicy").asString()).isEqualTo("Never");
	}

	@Test
	void givesTheJobTheSettingsInlineBecauseItRunsBeforeTheConfigMapExists() {
		Manifests manifests = render(template().withValuesFile(PRODUCTION));
		Map<String, String> env = manifests.one("Job")
			.at("/spec/template/spec/containers/0/env")
			.valueStream()
			.filter(variable -> variable.has("value"))
			.collect(Collectors.toMap(variable -> variable.path("name").asString(),
					variable -> variable.path("value").asString()));

		manifests.one("ConfigMap")
			.at("/data")
			.propertyStream()
			.forEach(setting -> assertThat(env).containsEntry(setting.getKey(), setting.getValue().asString()));
		assertThat(env).containsEntry("CPP_DB_URL", "jdbc:mysql://mysql-primary.databases:3306")
			.containsEntry("CPP_DATABASE_SHARDS_SECOND_URL", "jdbc:mysql://mysql-second.databases:3306")
			.containsEntry("SPRING_PROFILES_ACTIVE", "production");
	}

	@Test
	void scalesOnCpuAndKeepsAllButOnePodThroughDisruptions() {
		Manifests manifests = render(template());
		JsonNode autoscaler = manifests.one("HorizontalPodAutoscaler");
		JsonNode budget = manifests.one("PodDisruptionBudget");

		assertThat(autoscaler.path("apiVersion").asString()).isEqualTo("autoscaling/v2");
		assertThat(autoscaler.at("/spec/scaleTargetRef/name").asString())
			.isEqualTo(manifests.one("Deployment").at("/metadata/name").asString());
		assertThat(autoscaler.at("/spec/metrics/0/resource/name").asString()).isEqualTo("cpu");
		assertThat(manifests.one("Deployment").at("/spec/replicas").isMissingNode())
			.as("the autoscaler, not the Deployment, owns the replica count")
			.isTrue();
		assertThat(budget.at("/spec/maxUnavailable").asInt()).isEqualTo(1);
		assertThat(budget.at("/spec/selector/matchLabels"))
			.isEqualTo(manifests.one("Deployment").at("/spec/selector/matchLabels"));
	}

	@Test
	void keepsTheMigrationPodOutOfTheServiceAndTheBudget() {
		Manifests manifests = render(template());
		JsonNode selector = manifests.one("Service").at("/spec/selector");
		JsonNode migrationPod = manifests.one("Job").at("/spec/template/metadata/labels");

		assertThat(selector.propertyStream()
			.allMatch(label -> label.getValue().equals(migrationPod.path(label.getKey())))).isFalse();
	}

	@Test
	void rendersProductionValuesWithThreeReplicasAtLeastAndTlsAtTheIngress() {
		Manifests manifests = render(template().withValuesFile(PRODUCTION));
		JsonNode ingress = manifests.one("Ingress");

		assertThat(manifests.one("HorizontalPodAutoscaler").at("/spec/minReplicas").asInt()).isEqualTo(3);
		assertThat(ingress.at("/spec/tls/0/secretName").asString()).isEqualTo("corporate-parenting-tls");
		assertThat(ingress.at("/spec/tls/0/hosts/0").asString()).isEqualTo("corporate-parenting.example.org");
		assertThat(ingress.at("/spec/rules/0/host").asString()).isEqualTo("corporate-parenting.example.org");
		assertThat(platformContainer(manifests).path("image").asString())
			.isEqualTo("registry.example.org/corporate-parenting/platform:0.1.0");
	}

	@Test
	void scrapesPrometheusThroughAServiceMonitorWhenAskedAndTheOperatorIsThere() {
		Manifests manifests = render(template().withValuesFile(PRODUCTION));
		JsonNode monitor = manifests.one("ServiceMonitor");
		JsonNode serviceLabels = manifests.one("Service").at("/metadata/labels");

		assertThat(monitor.at("/spec/selector/matchLabels").propertyStream())
			.allMatch(label -> label.getValue().equals(serviceLabels.path(label.getKey())));
		assertThat(monitor.at("/spec/endpoints/0/path").asString()).isEqualTo("/actuator/prometheus");
		assertThat(monitor.at("/spec/endpoints/0/port").asString()).isEqualTo("http");
		assertThat(monitor.at("/metadata/labels/release").asString()).isEqualTo("prometheus");
		// The metrics need a credential: the monitor sends, and the platform checks, the one in the operator's secret.
		assertThat(monitor.at("/spec/endpoints/0/basicAuth/password/name").asString())
			.isEqualTo("corporate-parenting-metrics");
		assertThat(monitor.at("/spec/endpoints/0/basicAuth/username/key").asString()).isEqualTo("metrics-username");
		JsonNode env = manifests.one("Deployment").at("/spec/template/spec/containers/0/env");
		assertThat(env.findValues("name").stream().map(JsonNode::asString))
			.contains("CPP_SECURITY_METRICS_USERNAME", "CPP_SECURITY_METRICS_PASSWORD");
	}

	@Test
	void makesNoServiceMonitorOrIngressUnlessAsked() {
		Manifests defaults = render(template());

		assertThat(defaults.all("ServiceMonitor")).isEmpty();
		assertThat(defaults.all("Ingress")).isEmpty();
	}

	@Test
	void makesNoServiceMonitorWhereThePrometheusOperatorIsMissing() {
		Manifests manifests = render(template().set("metrics.serviceMonitor.enabled", true));

		assertThat(manifests.all("ServiceMonitor")).isEmpty();
	}

	@Test
	void readsEveryCredentialFromASecretAndRendersNoSecret() {
		assertNoCredentialIsWrittenIn(render(template()));
		assertNoCredentialIsWrittenIn(render(template().withValuesFile(PRODUCTION)));
	}

	@Test
	void takesTheDatabasePasswordsOfEveryServerFromTheirSecrets() {
		Manifests manifests = render(template().withValuesFile(PRODUCTION));

		manifests.containers().forEach(container -> {
			assertThat(secretKeyRef(container, "CPP_DB_PASSWORD")).isEqualTo("cpp-database/password");
			assertThat(secretKeyRef(container, "CPP_DATABASE_SHARDS_SECOND_PASSWORD"))
				.isEqualTo("cpp-database-second/password");
		});
		assertThat(secretKeyRef(platformContainer(manifests),
				"SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_CPP_CLIENTSECRET"))
			.isEqualTo("cpp-sign-in/client-secret");
	}

	@Test
	void refusesAPasswordWrittenIntoTheValues() {
		assertThatThrownBy(() -> template().set("database.password", "not-in-values").call())
			.hasMessageContaining("additional properties 'password' not allowed");
		assertThatThrownBy(() -> template().set("extraSettings.CPP_DB_PASSWORD", "not-in-values").call())
			.hasMessageContaining("invalid propertyName 'CPP_DB_PASSWORD'");
	}

	private static TemplateCommand template() {
		return template(hooksShown);
	}

	private static TemplateCommand template(Helm chart) {
		return chart.template().withName("cpp").withNamespace("corporate-parenting").withKubeVersion(OLDEST_KUBERNETES);
	}

	private static String hook(String annotation) {
		return ChartCopy.HOOK_PREFIX + annotation;
	}

	private static Manifests render(TemplateCommand template) {
		return Manifests.parse(template.call());
	}

	private static JsonNode platformContainer(Manifests manifests) {
		return manifests.one("Deployment").at("/spec/template/spec/containers/0");
	}

	/** Credentials reach the pods only by reference to a Secret the operator made; the chart writes none. */
	private static void assertNoCredentialIsWrittenIn(Manifests manifests) {
		assertThat(manifests.all("Secret")).isEmpty();
		assertThat(manifests.one("ConfigMap").at("/data").propertyNames())
			.noneMatch(name -> CREDENTIAL.matcher(name).find());
		manifests.containers()
			.flatMap(container -> container.path("env").valueStream())
			.filter(variable -> CREDENTIAL.matcher(variable.path("name").asString()).find())
			.forEach(variable -> {
				assertThat(variable.has("value")).as(variable.toString()).isFalse();
				assertThat(variable.at("/valueFrom/secretKeyRef/name").asString()).as(variable.toString())
					.isNotEmpty();
			});
	}

	/** Where a container's variable comes from, as {@code secret/key}. */
	private static String secretKeyRef(JsonNode container, String name) {
		JsonNode reference = container.path("env")
			.valueStream()
			.filter(variable -> name.equals(variable.path("name").asString()))
			.findFirst()
			.orElseThrow(() -> new AssertionError(name + " is not set in " + container.path("name")))
			.at("/valueFrom/secretKeyRef");
		return reference.path("name").asString() + "/" + reference.path("key").asString();
	}
}
