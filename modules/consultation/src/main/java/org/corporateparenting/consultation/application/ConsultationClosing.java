package org.corporateparenting.consultation.application;

import org.corporateparenting.tenancy.Councils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Each night, in every active council, closes the consultations whose closing date has passed. */
@Component
class ConsultationClosing {

	private static final Logger log = LoggerFactory.getLogger(ConsultationClosing.class);

	private final Councils councils;

	private final ConsultationManagement consultations;

	ConsultationClosing(Councils councils, ConsultationManagement consultations) {
		this.councils = councils;
		this.consultations = consultations;
	}

	@Scheduled(cron = "${cpp.consultation.closing-cron:0 5 0 * * *}", zone = "Europe/London")
	void closeDue() {
		councils.forEachActive(() -> {
			int closed = consultations.closeThoseDue();
			if (closed > 0) {
				log.info("Closed {} consultations past their closing date", closed);
			}
		});
	}
}
