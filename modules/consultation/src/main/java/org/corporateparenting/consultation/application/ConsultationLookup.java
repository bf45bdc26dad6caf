package org.corporateparenting.consultation.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.corporateparenting.consultation.ConsultationRecords;
import org.corporateparenting.consultation.domain.Consultation;
import org.corporateparenting.consultation.domain.Consultations;
import org.corporateparenting.consultation.domain.Finding;
import org.corporateparenting.consultation.domain.Findings;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds a council's consultations for the modules that link to them, by id or by topic, and their findings with what
 * the council did about them.
 */
@Component
class ConsultationLookup implements ConsultationRecords {

	private final Consultations consultations;

	private final Findings findings;

	ConsultationLookup(Consultations consultations, Findings findings) {
		this.consultations = consultations;
		this.findings = findings;
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

	@Override
	@Transactional(readOnly = true)
	public List<YouSaidWeDid> youSaidWeDid() {
		return findings.findAllWithConsultation()
			.stream()
			.filter(finding -> finding.getResponseStatus() != null)
			.map(ConsultationLookup::entry)
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, YouSaidWeDid> youSaidWeDid(Collection<Long> findingIds) {
		if (findingIds.isEmpty()) {
			return Map.of();
		}
		return findings.findWithConsultationByIdIn(findingIds)
			.stream()
			.map(ConsultationLookup::entry)
			.collect(Collectors.toMap(YouSaidWeDid::findingId, Function.identity()));
	}

	private static YouSaidWeDid entry(Finding finding) {
		Consultation consultation = finding.getConsultation();
		return new YouSaidWeDid(finding.getId(), finding.getTheme(), consultation.getId(), consultation.getTopic(),
				finding.getResponseStatus(), finding.isPublished() ? finding.getPublishedOn() : null,
				"/findings/" + finding.getId());
	}

	private static ConsultationRecord record(Consultation consultation) {
		return new ConsultationRecord(consultation.getId(), consultation.getTopic(), consultation.getStatus(),
				consultation.getOpensOn(), consultation.getClosesOn());
	}
}
