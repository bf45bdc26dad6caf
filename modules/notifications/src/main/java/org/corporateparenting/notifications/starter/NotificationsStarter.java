package org.corporateparenting.notifications.starter;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.corporateparenting.notifications.application.ReminderSettingsManagement;
import org.corporateparenting.notifications.starter.NotificationsStarterFile.Reminders;
import org.corporateparenting.tenancy.BundleProblem;
import org.corporateparenting.tenancy.CouncilBundle;
import org.corporateparenting.tenancy.StarterExport;
import org.corporateparenting.tenancy.StarterFiles;
import org.corporateparenting.tenancy.StarterImport;
import org.corporateparenting.web.FieldProblem;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A council's {@code notifications.yaml}: its reminder settings (which kinds it sends, how far ahead, who hears of
 * board packs and indicator figures), imported when it is onboarded and written back when it is exported. A council
 * with the platform's defaults exports no file.
 */
@Component
class NotificationsStarter implements StarterImport, StarterExport {

	static final String FILE = "notifications.yaml";

	private final ReminderSettingsManagement settings;

	NotificationsStarter(ReminderSettingsManagement settings) {
		this.settings = settings;
	}

	@Override
	public String file() {
		return FILE;
	}

	/** Last: it names no other module's records. */
	@Override
	public int order() {
		return 100;
	}

	@Override
	public List<BundleProblem> check(CouncilBundle bundle) {
		return StarterFiles.check(bundle, FILE, NotificationsStarterFile.class, this::check);
	}

	@Override
	@Transactional
	public void load(Path file) {
		NotificationsStarterFile content = StarterFiles.read(file, NotificationsStarterFile.class);
		StarterFiles.refuseIfAny(file, check(content));
		settings.change(content.reminders().toRequest());
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<NotificationsStarterFile> export() {
		return settings.saved().map(saved -> new NotificationsStarterFile(Reminders.of(saved)));
	}

	private List<FieldProblem> check(NotificationsStarterFile content) {
		return settings.problems(content.reminders().toRequest())
			.stream()
			.map(problem -> new FieldProblem("reminders." + problem.field(), problem.message()))
			.toList();
	}
}
