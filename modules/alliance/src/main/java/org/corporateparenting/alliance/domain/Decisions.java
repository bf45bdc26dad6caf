package org.corporateparenting.alliance.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Decisions extends JpaRepository<Decision, Long> {

	List<Decision> findByMeetingIdOrderByNumber(long meetingId);

	int countByMeetingId(long meetingId);
}
