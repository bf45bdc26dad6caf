package org.corporateparenting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class HistoryWordsUnitTest {

	private final HistoryWords words = new HistoryWords();

	@Test
	void aChangeReadsAsASentenceInTheWordsOfTheFieldsLabel() {
		assertThat(HistoryWords.change("status", "AT_RISK", "ON_TRACK")).contains("Status changed from At risk to On track");
		assertThat(HistoryWords.change("percentComplete", "35", "45"))
			.contains("Percent complete changed from 35% to 45%");
		assertThat(HistoryWords.change("dueDate", "2027-03-31", "2027-06-30"))
			.contains("Due date changed from 31 March 2027 to 30 June 2027");
		assertThat(HistoryWords.change("executiveSummary", null, "The board is asked to note progress."))
			.contains("Executive summary set to The board is asked to note progress.");
		assertThat(HistoryWords.change("ragOverrideReason", "Waiting for the new provider", ""))
			.contains("RAG override reason cleared (was Waiting for the new provider)");
		assertThat(HistoryWords.change("quorate", "false", "true")).contains("Quorate changed from No to Yes");
		assertThat(HistoryWords.change("partnerOrganisationId", "3", "4"))
			.contains("Partner organisation changed from 3 to 4");
	}

	@Test
	void emptyToEmptyIsNoChangeAtAll() {
		assertThat(HistoryWords.change("minutes", null, "")).isEmpty();
		assertThat(HistoryWords.change("minutes", " ", null)).isEmpty();
	}

	@Test
	void timesAreShownInEnglandAndFiguresSayWhereTheyCameFrom() {
		assertThat(words.when(Instant.parse("2026-12-06T11:35:00Z"))).isEqualTo("6 December 2026 at 11:35");
		assertThat(words.when(Instant.parse("2026-07-06T11:35:00Z"))).isEqualTo("6 July 2026 at 12:35");
		assertThat(words.source("walsall/indicators.yaml"))
			.isEqualTo("Brought in from the council's documents when it joined");
		assertThat(words.source("Performance Officer")).isEqualTo("Performance Officer");
		assertThat(words.author("platform")).startsWith("The platform");
	}

	@Test
	void aProblemNamesItsFieldAsALabelWouldUnlessItIsASentenceAlready() {
		assertThat(FieldLabels.sentence(new FieldProblem("percentComplete", "must be from 0 to 100")))
			.isEqualTo("Percent complete must be from 0 to 100");
		assertThat(FieldLabels.sentence(new FieldProblem("rows[3].dropReason", "must not be blank")))
			.isEqualTo("Drop reason must not be blank");
		assertThat(FieldLabels.sentence(new FieldProblem("title", "Enter the action's title")))
			.isEqualTo("Enter the action's title");
		assertThat(FieldLabels.of("onsCode")).isEqualTo("ONS code");
	}
}
