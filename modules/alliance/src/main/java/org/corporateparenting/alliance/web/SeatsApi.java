package org.corporateparenting.alliance.web;

import java.util.List;

import org.corporateparenting.alliance.application.AllianceRequests.SeatRequest;
import org.corporateparenting.alliance.application.AllianceViews.SeatView;
import org.corporateparenting.alliance.application.SeatManagement;
import org.corporateparenting.alliance.domain.Seat;
import org.corporateparenting.tenancy.RecordHistory;
import org.corporateparenting.web.Access;
import org.corporateparenting.web.ApiAddresses;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The seats on a body: who holds them (by role), candidates and deputies; the body's membership list. */
@RestController
@RequestMapping("/api/councils/{council}")
@Tag(name = "Alliance")
class SeatsApi {

	private final SeatManagement seats;

	private final RecordHistory history;

	private final AllianceExports exports;

	SeatsApi(SeatManagement seats, RecordHistory history, AllianceExports exports) {
		this.seats = seats;
		this.history = history;
		this.exports = exports;
	}

	@GetMapping("/governance-bodies/{id}/seats")
	List<SeatView> seats(@PathVariable long id) {
		return seats.seats(id);
	}

	@PostMapping("/governance-bodies/{id}/seats")
	@PreAuthorize(Access.EDIT)
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<SeatView> addSeat(@PathVariable String council, @PathVariable long id,
			@RequestBody SeatRequest request) {
		SeatView seat = seats.addSeat(id, request);
		return ResponseEntity.created(ApiAddresses.of(council, "/seats/" + seat.id())).body(seat);
	}

	@GetMapping("/governance-bodies/{id}/membership.csv")
	@Operation(summary = "The body's membership list as CSV: seats, roles, organisations, holders and deputies")
	ResponseEntity<byte[]> membership(@PathVariable String council, @PathVariable long id) {
		return exports.membershipCsv(council, id);
	}

	@GetMapping("/seats/{id}")
	SeatView seat(@PathVariable long id) {
		return seats.seat(id);
	}

	@PutMapping("/seats/{id}")
	@PreAuthorize(Access.EDIT)
	@Operation(summary = "Change a seat: confirm its holder, name candidates, or record it vacant; give the version")
	SeatView updateSeat(@PathVariable long id, @RequestBody SeatRequest request) {
		return seats.updateSeat(id, request);
	}

	@GetMapping("/seats/{id}/history")
	List<RecordHistory.Change> seatHistory(@PathVariable long id) {
		seats.seat(id);
		return history.of(Seat.class, id);
	}
}
