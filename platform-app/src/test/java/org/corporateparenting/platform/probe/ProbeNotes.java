package org.corporateparenting.platform.probe;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProbeNotes extends JpaRepository<ProbeNote, UUID> {
}
