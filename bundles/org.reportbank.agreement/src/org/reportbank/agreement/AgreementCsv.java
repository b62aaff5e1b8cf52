package org.reportbank.agreement;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The agreement view's figures as CSV (RFC 4180, UTF-8, comma-separated, a header row per
 * table, tables separated by an empty line):
 * <ol>
 * <li>the matrix: {@code measure,annotator,<annotator 1>,<annotator 2>,…}, one row per measure
 * and annotator (1 on the diagonal, empty where two annotators annotated no report in common);</li>
 * <li>the per-label table: {@code pair,label,pairs,exact F1,overlap F1,Cohen's kappa,Fleiss' kappa,alpha_U},
 * first for all pairs (pair {@code all pairs (mean)}), then for each pair ({@code a / b}).</li>
 * </ol>
 * Figures have four decimals with a dot; an undefined figure is an empty field.
 */
public final class AgreementCsv {

	public static final String ALL_PAIRS = "all pairs (mean)";

	private AgreementCsv() {
	}

	/** Writes the file (UTF-8 with no byte order mark), replacing it. */
	public static void write(AgreementResult result, Path file) throws IOException {
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			write(result, writer);
		}
	}

	public static void write(AgreementResult result, Writer out) throws IOException {
		List<String> header = new ArrayList<>(List.of("measure", "annotator"));
		header.addAll(result.annotators());
		line(out, header);
		for (AgreementMeasure measure : AgreementMeasure.values()) {
			double[][] matrix = AgreementTable.matrix(result, measure);
			for (int i = 0; i < matrix.length; i++) {
				List<String> row = new ArrayList<>(List.of(measure.title(), result.annotators().get(i)));
				for (double value : matrix[i]) {
					row.add(figure(value));
				}
				line(out, row);
			}
		}
		out.write("\r\n");
		line(out, List.of("pair", "label", "pairs", "exact F1", "overlap F1", "Cohen's kappa", "Fleiss' kappa", "alpha_U"));
		rows(out, ALL_PAIRS, AgreementTable.perLabel(result, null));
		if (result.pairs().size() > 1) {
			for (PairResult pair : result.pairs()) {
				rows(out, pair.a() + " / " + pair.b(), AgreementTable.perLabel(result, pair));
			}
		}
		out.flush();
	}

	private static void rows(Writer out, String pair, List<AgreementTable.Row> rows) throws IOException {
		for (AgreementTable.Row row : rows) {
			line(out, List.of(pair, row.label(), String.valueOf(row.pairs()), figure(row.exactF1()), figure(row.overlapF1()),
					figure(row.cohenKappa()), figure(row.fleissKappa()), figure(row.alphaU())));
		}
	}

	/** Four decimals, or empty when undefined. */
	public static String figure(double value) {
		return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.4f", value);
	}

	private static void line(Writer out, List<String> fields) throws IOException {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				out.write(',');
			}
			out.write(quote(fields.get(i)));
		}
		out.write("\r\n");
	}

	static String quote(String field) {
		if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
			return '"' + field.replace("\"", "\"\"") + '"';
		}
		return field;
	}
}
