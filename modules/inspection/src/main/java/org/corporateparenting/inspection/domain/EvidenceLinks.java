package org.corporateparenting.inspection.domain;

import java.util.List;

import org.corporateparenting.inspection.EvidenceKind;
import org.corporateparenting.inspection.JudgementArea;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EvidenceLinks extends JpaRepository<EvidenceLink, Long> {

	List<EvidenceLink> findAllByOrderByAreaAscKindAscIdAsc();

	boolean existsByAreaAndKindAndReference(JudgementArea area, EvidenceKind kind, String reference);
}
