package org.corporateparenting.consultation.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ForumActivities extends JpaRepository<ForumActivity, Long> {

	List<ForumActivity> findByForumIdOrderByActivityDateDescRecordedAtDesc(long forumId);
}
