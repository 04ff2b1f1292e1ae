package org.lacatlas.introduction;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** A published summary as CSV: the same figures as the JSON, "&lt;k" included. */
final class SummaryCsv {

	private SummaryCsv() {
	}

	static String write(Summary summary) {
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(out,
				CSVFormat.DEFAULT.builder()
					.setHeader(summary.by(), "label", "status", "introductions", "residents", "rate_per_1000_residents")
					.get())) {
			for (Summary.Row row : summary.rows()) {
				print(csv, row);
			}
			print(csv, summary.total());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static void print(CSVPrinter csv, Summary.Row row) throws IOException {
		csv.printRecord(row.key(), row.label(), row.status(), row.introductions().text(), row.residents(),
				row.ratePer1000());
	}

}
