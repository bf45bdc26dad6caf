package org.corporateparenting.pledges.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Pledges extends JpaRepository<Pledge, Long> {
}
