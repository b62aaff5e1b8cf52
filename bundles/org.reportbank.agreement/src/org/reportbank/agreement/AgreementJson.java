package org.reportbank.agreement;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.google.gson.stream.JsonWriter;

/**
 * The agreement as JSON (docs/agreement.md): per annotator pair and per label the span P/R/F1
 * (exact and overlap), Cohen's kappa and α_U; Fleiss' kappa and α_U of all annotators; the same
 * per report. A figure that is undefined (a division by zero) is null.
 *
 * <p>The reports' figures come last, after those of the corpus, which are known only once every
 * report is added. So that they need not all be kept until then, each report's object can be
 * written as the report is added ({@link #report}), put aside by the caller (in a file, say), and
 * read back one at a time into the whole ({@link #write(AgreementResult, Iterator, Writer)}).
 */
public final class AgreementJson {

	/** What a report's object is indented by inside per_report. */
	private static final String IN_PER_REPORT = "    ";

	private AgreementJson() {
	}

	/** The figures of the corpus, with an empty per_report. */
	public static void write(AgreementResult result, Writer out) throws IOException {
		write(result, Collections.emptyIterator(), out);
	}

	/**
	 * The figures of the corpus, and in per_report the reports' objects as {@link #report} wrote
	 * them, in the order given; each is read once and not kept.
	 */
	public static void write(AgreementResult result, Iterator<String> perReport, Writer out) throws IOException {
		JsonWriter json = writer(out);
		json.beginObject();
		json.name("annotators");
		strings(json, result.annotators());
		json.name("labels");
		strings(json, result.labels());
		json.name("reports").value(result.reports());
		json.name("token_units").beginObject();
		for (Tokens.Unit unit : Tokens.Unit.values()) {
			json.name(unit.key()).value(result.tokenUnits().getOrDefault(unit, 0));
		}
		json.endObject();
		json.name("pairs").beginArray();
		for (PairResult pair : result.pairs()) {
			pair(json, pair);
		}
		json.endArray();
		GroupResult all = result.all();
		json.name("fleiss_kappa");
		fleiss(json, all);
		json.name("krippendorff_alpha_u");
		alpha(json, all);
		json.name("per_report").beginArray();
		while (perReport.hasNext()) {
			// the object as written on its own, indented to its place in the array
			json.jsonValue(perReport.next().replace("\n", "\n" + IN_PER_REPORT));
		}
		json.endArray();
		json.endObject();
		json.flush();
		out.write('\n');
		out.flush();
	}

	/** One report's figures as an object of per_report, standing on its own (to be given to {@link #write(AgreementResult, Iterator, Writer)}). */
	public static String report(ReportResult report) {
		StringWriter text = new StringWriter();
		JsonWriter json = writer(text);
		try {
			json.beginObject();
			json.name("id").value(report.id());
			json.name("annotators");
			strings(json, report.annotators());
			json.name("token_unit").value(report.tokenUnit().key());
			json.name("tokens").value(report.tokens());
			json.name("pairs").beginArray();
			for (PairResult pair : report.pairs()) {
				pair(json, pair);
			}
			json.endArray();
			json.name("fleiss_kappa");
			fleiss(json, report.group());
			json.name("krippendorff_alpha_u");
			alpha(json, report.group());
			json.endObject();
			json.flush();
		} catch (IOException e) {
			throw new UncheckedIOException(e); // a StringWriter does not fail
		}
		return text.toString();
	}

	private static JsonWriter writer(Writer out) {
		JsonWriter json = new JsonWriter(out);
		json.setIndent("  ");
		json.setHtmlSafe(false);
		json.setSerializeNulls(true);
		return json;
	}

	private static void pair(JsonWriter json, PairResult pair) throws IOException {
		json.beginObject();
		json.name("a").value(pair.a());
		json.name("b").value(pair.b());
		json.name("reports").value(pair.reports());
		json.name("tokens").value(pair.tokens());
		json.name("characters").value(pair.characters());
		json.name("exact");
		spans(json, pair.exact());
		json.name("overlap");
		spans(json, pair.overlap());
		json.name("cohen_kappa");
		coefficients(json, pair.cohenKappa());
		json.name("krippendorff_alpha_u");
		coefficients(json, pair.alphaU());
		json.endObject();
	}

	private static void fleiss(JsonWriter json, GroupResult group) throws IOException {
		if (group == null || group.fleissKappa() == null) {
			json.nullValue();
			return;
		}
		json.beginObject();
		json.name("annotators");
		strings(json, group.annotators());
		json.name("reports").value(group.reports());
		json.name("tokens").value(group.tokens());
		members(json, group.fleissKappa());
		json.endObject();
	}

	private static void alpha(JsonWriter json, GroupResult group) throws IOException {
		if (group == null) {
			json.nullValue();
			return;
		}
		json.beginObject();
		json.name("annotators");
		strings(json, group.annotators());
		json.name("reports").value(group.reports());
		json.name("characters").value(group.characters());
		members(json, group.alphaU());
		json.endObject();
	}

	private static void spans(JsonWriter json, SpanAgreement spans) throws IOException {
		json.beginObject();
		json.name("overall");
		prf(json, spans.overall());
		json.name("labels").beginObject();
		for (Map.Entry<String, Prf> e : spans.labels().entrySet()) {
			json.name(e.getKey());
			prf(json, e.getValue());
		}
		json.endObject();
		json.endObject();
	}

	private static void prf(JsonWriter json, Prf prf) throws IOException {
		json.beginObject();
		json.name("p");
		number(json, prf.p());
		json.name("r");
		number(json, prf.r());
		json.name("f1");
		number(json, prf.f1());
		json.name("matched").value(prf.matched());
		json.name("spans_a").value(prf.a());
		json.name("spans_b").value(prf.b());
		json.endObject();
	}

	private static void coefficients(JsonWriter json, Coefficients c) throws IOException {
		json.beginObject();
		members(json, c);
		json.endObject();
	}

	private static void members(JsonWriter json, Coefficients c) throws IOException {
		json.name("overall");
		number(json, c.overall());
		json.name("labels").beginObject();
		for (Map.Entry<String, Double> e : c.labels().entrySet()) {
			json.name(e.getKey());
			number(json, e.getValue());
		}
		json.endObject();
	}

	private static void number(JsonWriter json, double value) throws IOException {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			json.nullValue();
		} else {
			json.value(value);
		}
	}

	private static void strings(JsonWriter json, List<String> values) throws IOException {
		json.beginArray();
		for (String v : values) {
			json.value(v);
		}
		json.endArray();
	}
}
