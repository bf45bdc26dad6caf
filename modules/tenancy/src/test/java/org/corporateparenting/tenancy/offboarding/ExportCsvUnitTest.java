package org.corporateparenting.tenancy.offboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The CSV an export is written in: what a restore, or anyone else, reads back from it. */
class ExportCsvUnitTest {

	@Test
	void keepsNullApartFromAnEmptyStringAndEveryValueWhole() throws Exception {
		String[] header = { "a", "b", "c", "d", "e", "f" };
		String[] row = { null, "", "Jo \"JJ\", officer", "line one\nline two", "Zoë", null };
		StringWriter out = new StringWriter();
		ExportCsv.write(out, header);
		ExportCsv.write(out, row);
		ExportCsv.write(out, new String[6]);

		List<String[]> read = new ArrayList<>();
		Iterator<String[]> rows = ExportCsv
			.rows(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
		rows.forEachRemaining(read::add);

		assertThat(out).hasToString("a,b,c,d,e,f\r\n,\"\",\"Jo \"\"JJ\"\", officer\",\"line one\nline two\",Zoë,\r\n,,,,,\r\n");
		assertThat(read).containsExactly(header, row, new String[6]);
	}

	@Test
	void writesBinaryValuesAsHex() {
		byte[] uuid = { 0x01, 0x23, (byte) 0xab, (byte) 0xff };

		assertThat(ExportCsv.hex(uuid)).isEqualTo("0123abff");
		assertThat(ExportCsv.unhex("0123abff")).isEqualTo(uuid);
		assertThat(ExportCsv.isBinary("BINARY")).isTrue();
		assertThat(ExportCsv.isBinary("varchar")).isFalse();
	}
}
