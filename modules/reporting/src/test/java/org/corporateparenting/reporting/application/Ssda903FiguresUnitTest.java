package org.corporateparenting.reporting.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.corporateparenting.web.FieldProblem;
import org.corporateparenting.web.InvalidInputException;
import org.corporateparenting.web.Spreadsheets;
import org.junit.jupiter.api.Test;

/**
 * A synthetic SSDA903 extract for 2024-25 (1 April 2024 to 31 March 2025), made up for this test, whose every figure
 * is worked out by hand in the comments; and a broken one, whose every problem is named by table, row and column.
 */
class Ssda903FiguresUnitTest {

	static final String HEADER = """
			CHILD,SEX,DOB
			A,1,01/06/2012
			B,2,15/01/2010
			C,1,10/10/2008
			D,2,01/05/2015
			E,1,20/02/2013
			F,2,01/05/2006
			""";

	// A: in care since 2020, one placement. B: since 2021, placements on 1 April, a move in May, a legal status change
	// (same placement) in September and a move in December. C: 16 on 31 March. D: came into care in June. E: a break
	// in care in 2023. F: turned 18 and stayed with their carers (E17) in May; G did so before the year.
	static final String EPISODES = """
			CHILD,DECOM,RNE,LS,PLACE,DEC,REC
			A,01/01/2020,S,C2,U1,,
			B,01/09/2021,S,C2,U1,01/05/2024,X1
			B,01/05/2024,P,C2,U4,01/09/2024,X1
			B,01/09/2024,L,C2,U4,01/12/2024,X1
			B,01/12/2024,P,C2,U6,,
			C,01/03/2020,S,C2,U1,,
			D,01/06/2024,S,V2,U1,,
			E,01/02/2022,S,V2,U1,10/03/2023,E13
			E,01/04/2023,S,C2,U1,,
			F,01/01/2019,S,C2,U1,01/05/2024,E17
			G,01/01/2018,S,C2,U1,15/03/2024,E17
			""";

	static final String OC2 = """
			CHILD,DOB,SDQ_SCORE,IMMUNISATIONS,TEETH_CHECK,HEALTH_CHECK
			A,01/06/2012,14,1,1,1
			B,15/01/2010,20,0,1,1
			C,10/10/2008,,1,0,1
			E,20/02/2013,9,1,1,0
			H,01/09/2021,,1,0,1
			""";

	// Ages on the birthday in the year: L1 18, L2 18 (February 2025), L3 17, L4 21, L5 19, L6 21 (on 1 April).
	static final String OC3 = """
			CHILD,DOB,IN_TOUCH,ACTIV,ACCOM
			L1,10/06/2006,YES,F2,C1
			L2,20/02/2007,YES,G5,B2
			L3,05/05/2007,YES,P4,S2
			L4,01/01/2004,YES,F1,U1
			L5,01/08/2005,YES,G6,D1
			L6,01/04/2003,NO,,
			""";

	static final String MISSING = """
			CHILD,MISSING,MIS_START,MIS_END
			A,M,05/05/2024,06/05/2024
			A,A,06/05/2024,06/05/2024
			B,M,01/02/2025,02/02/2025
			D,M,01/03/2024,02/03/2024
			""";

	@Test
	void everyFigureIsAsWorkedOutByHand() {
		List<FieldProblem> problems = new ArrayList<>();
		Ssda903Extract extract = Ssda903Extract.read(tables(HEADER, EPISODES, OC2, OC3, MISSING), problems);
		assertThat(problems).isEmpty();

		Map<String, String> figures = Ssda903Figures.of(extract, LocalDate.of(2024, 4, 1))
			.stream()
			.collect(Collectors.toMap(Ssda903Figures.Figure::code, Ssda903FiguresUnitTest::shown));

		// Looked after on 31 March: A, B, C, D, E; only B had three placements (1 April, May, December).
		assertThat(figures).containsEntry("PLACEMENTS-3PLUS", "1/5");
		// Under 16 and looked after two and a half years: A and B (E's care broke in 2023); only A has not moved.
		assertThat(figures).containsEntry("PLACEMENT-STABILITY", "1/2");
		assertThat(figures).containsEntry("HEALTH-ASSESSMENT", "4/5");
		assertThat(figures).containsEntry("IMMUNISATIONS", "4/5");
		assertThat(figures).containsEntry("DENTAL-CHECK", "3/5");
		// Aged 5 to 16 on 31 March: A, B, C, E (H is 3); scores for A, B, E: (14 + 20 + 9) / 3.
		assertThat(figures).containsEntry("SDQ-RETURNED", "3/4");
		assertThat(figures).containsEntry("SDQ-SCORE", "14.3 of 3");
		assertThat(figures).containsEntry("CL-EET-17-18", "2/3");
		assertThat(figures).containsEntry("CL-ACCOM-17-18", "1/3");
		assertThat(figures).containsEntry("CL-EET-19-21", "1/3");
		assertThat(figures).containsEntry("CL-ACCOM-19-21", "2/3");
		assertThat(figures).containsEntry("STAYING-PUT", "1");
		// Missing (not away) episodes starting in the year: A in May, B in February.
		assertThat(figures).containsEntry("MISSING-INCIDENTS", "2");
		assertThat(figures).hasSize(13);
	}

	@Test
	void aTableNotGivenGivesNoFigures() {
		List<FieldProblem> problems = new ArrayList<>();
		Ssda903Extract extract = Ssda903Extract.read(tables(HEADER, EPISODES, null, null, null), problems);

		assertThat(Ssda903Figures.of(extract, LocalDate.of(2024, 4, 1))).extracting(Ssda903Figures.Figure::code)
			.containsExactlyInAnyOrder("PLACEMENTS-3PLUS", "PLACEMENT-STABILITY", "STAYING-PUT");
	}

	@Test
	void everyProblemIsNamedByTableRowAndColumn() {
		String episodes = """
				CHILD,DECOM,RNE,DEC,REC
				A,31/02/2024,S,,
				B,01/05/2024,Q,01/04/2024,X1
				C,01/05/2024,S,01/06/2024,
				""";
		String oc2 = """
				CHILD,DOB,SDQ_SCORE,IMMUNISATIONS,TEETH_CHECK,HEALTH_CHECK
				A,01/06/2012,45,2,1,1
				""";
		List<FieldProblem> problems = new ArrayList<>();
		Ssda903Extract.read(tables("CHILD,SEX\nA,1\n", episodes, oc2, null, "CHILD,MISSING,MIS_START\nA,X,2024-05-01\n"),
				problems);

		assertThat(problems).extracting(FieldProblem::field).containsExactlyInAnyOrder("header", "episodes[2].DECOM",
				"episodes[3].RNE", "episodes[3].DEC", "episodes[4].REC", "oc2[2].SDQ_SCORE", "oc2[2].IMMUNISATIONS",
				"missing[2].MISSING", "missing[2].MIS_START");
		assertThat(problems).extracting(FieldProblem::message).contains(
				"Header table: The file has no column DOB, and has a column this upload does not read: SEX. Its first row"
						+ " must hold the headings CHILD, DOB", "Episodes, row 2, DECOM: '31/02/2024' is not a date written dd/mm/yyyy");
	}

	@Test
	void theImportNeedsAYearAndTheHeaderAndEpisodes() {
		Ssda903Import imports = new Ssda903Import(null);

		assertThatThrownBy(() -> imports.preview(tables(null, null, OC2, null, null), "2024-25 Q1"))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems())
				.extracting(FieldProblem::field)
				.containsExactlyInAnyOrder("period", "header", "episodes"));
	}

	private static String shown(Ssda903Figures.Figure figure) {
		if (figure.numerator() != null) {
			return figure.numerator() + "/" + figure.denominator();
		}
		return figure.value().stripTrailingZeros().toPlainString()
				+ (figure.denominator() == null ? "" : " of " + figure.denominator());
	}

	static Map<String, List<Spreadsheets.Row>> tables(String header, String episodes, String oc2, String oc3,
			String missing) {
		Map<String, List<Spreadsheets.Row>> tables = new LinkedHashMap<>();
		put(tables, Ssda903Extract.HEADER, header);
		put(tables, Ssda903Extract.EPISODES, episodes);
		put(tables, Ssda903Extract.OC2, oc2);
		put(tables, Ssda903Extract.OC3, oc3);
		put(tables, Ssda903Extract.MISSING, missing);
		return tables;
	}

	private static void put(Map<String, List<Spreadsheets.Row>> tables, String name, String csv) {
		if (csv != null) {
			tables.put(name, Spreadsheets.read(name + ".csv",
					new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))));
		}
	}
}
