package org.corporateparenting.reporting.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** A board pack's latest PDF and how far its generation has got. */
@Entity
@Table(name = "board_pack_render")
public class BoardPackRender {

	@Id
	private Long boardPackId;

	@Enumerated(EnumType.STRING)
	private Status status;

	private int progress;

	private String step;

	private String requestedBy;

	private Instant requestedAt;

	private @Nullable Instant finishedAt;

	/** Not read by the progress look-ups, which ask for the other columns only. */
	@Lob
	private byte @Nullable [] pdf;

	private @Nullable String error;

	protected BoardPackRender() {
	}

	public BoardPackRender(Long boardPackId) {
		this.boardPackId = boardPackId;
	}

	public void queue(String by, Instant at) {
		this.status = Status.QUEUED;
		this.progress = 0;
		this.step = "Waiting to start";
		this.requestedBy = by;
		this.requestedAt = at;
		this.finishedAt = null;
		this.error = null;
	}

	public void finish(byte[] pdf, Instant at) {
		this.status = Status.READY;
		this.progress = 100;
		this.step = "Ready to download";
		this.pdf = pdf;
		this.finishedAt = at;
	}

	public void fail(String error, Instant at) {
		this.status = Status.FAILED;
		this.step = "Could not be generated";
		this.error = error.length() > 1000 ? error.substring(0, 1000) : error;
		this.finishedAt = at;
	}

	public boolean isUnderWay() {
		return status == Status.QUEUED || status == Status.RUNNING;
	}

	public Long getBoardPackId() {
		return boardPackId;
	}

	public Status getStatus() {
		return status;
	}

	public int getProgress() {
		return progress;
	}

	public String getStep() {
		return step;
	}

	public String getRequestedBy() {
		return requestedBy;
	}

	public Instant getRequestedAt() {
		return requestedAt;
	}

	public @Nullable Instant getFinishedAt() {
		return finishedAt;
	}

	public byte @Nullable [] getPdf() {
		return pdf;
	}

	public @Nullable String getError() {
		return error;
	}

	public enum Status {
		QUEUED, RUNNING, READY, FAILED
	}
}
