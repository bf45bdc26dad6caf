package org.corporateparenting.consultation.application;

import java.util.List;
import java.util.Optional;

import org.corporateparenting.consultation.ConsultationRecords;
import org.corporateparenting.consultation.domain.Consultation;
import org.corporateparenting.consultation.domain.Consultations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finds a council's consultations for the modules that link to them, by id or by topic. */
@Component
class ConsultationLookup implements ConsultationRecords {

	private final Consultations consultations;

	ConsultationLookup(Consultations consultations) {
		this.consultations = consultations;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ConsultationRecord> all() {
		return consultations.findAllNewestFirst().stream().map(ConsultationLookup::record).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ConsultationRecord> find(long id) {
		return consultations.findById(id).map(ConsultationLookup::record);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ConsultationRecord> withTopic(String topic) {
		return consultations.findFirstByTopicOrderByIdDesc(topic.strip()).map(ConsultationLookup::record);
	}

	private static ConsultationRecord record(Consultation consultation) {
		return new ConsultationRecord(consultation.getId(), consultation.getTopic(), consultation.getStatus(),
				consultation.getOpensOn(), consultation.getClosesOn());
	}
}
