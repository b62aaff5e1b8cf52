package org.reportbank.io.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.reportbank.core.store.CorpusStore;
import org.reportbank.io.dataset.DatasetFormat;
import org.reportbank.io.dataset.FormatSink;
import org.reportbank.core.text.Tokenizer;
import org.reportbank.model.Layer;
import org.reportbank.testing.Fixtures;
import org.reportbank.model.LayerKind;
import org.reportbank.model.Report;
import org.reportbank.model.ReportbankFactory;
import org.reportbank.model.Source;
import org.reportbank.model.Span;
import org.reportbank.model.SpanStatus;

/** Small corpora and formats for the dataset export tests. */
final class DatasetFixtures {

	static final ReportbankFactory F = ReportbankFactory.eINSTANCE;

	private DatasetFixtures() {
	}

	static Report report(String id, String region, int year, String text) {
		Report report = Fixtures.report(id, text);
		report.setTitle(region + year + "年法治政府建设工作报告");
		report.setRegion(region);
		report.setYear(year);
		Source source = F.createSource();
		source.setFile(id + ".txt");
		source.setFormat("txt");
		report.setSource(source);
		return report;
	}

	static CorpusStore store(Path dir, List<Report> reports) throws Exception {
		CorpusStore store = CorpusStore.openOrCreate(dir);
		try (CorpusStore.WriteSession session = store.beginWrite("test")) {
			for (Report report : reports) {
				session.addReport(report);
			}
			session.commit();
		}
		return store;
	}

	/**
	 * {@code n} reports, each with a gold layer (one ORG, one METRIC, one rejected PER), a
	 * pre-annotation layer with a suggestion and regions/years cycling over three values.
	 */
	static CorpusStore goldCorpus(Path dir, int n) throws Exception {
		List<Report> reports = new ArrayList<>();
		String[] regions = { "柳州市城中区", "南宁市青秀区", "桂林市象山区" };
		for (int i = 0; i < n; i++) {
			String text = "区司法局受理行政复议申请" + i + "件。\n败诉率4%，新增注册资本23.07亿元。";
			Report report = report(String.format("%016x", 0xabc000L + i), regions[i % 3], 2021 + i % 2, text);
			Layer gold = Fixtures.layer(report, "gold", LayerKind.GOLD);
			Fixtures.span(gold, "g1", 0, 4, "ORG", SpanStatus.ACCEPTED);
			Fixtures.span(gold, "g2", text.indexOf("4%"), text.indexOf("4%") + 2, "METRIC", SpanStatus.ACCEPTED);
			Fixtures.span(gold, "g3", 1, 3, "PER", SpanStatus.REJECTED);
			Layer pre = Fixtures.layer(report, "preannotation", LayerKind.PREANNOTATION);
			Fixtures.span(pre, "p1", 0, 5, "ORG", SpanStatus.SUGGESTED);
			reports.add(report);
		}
		return store(dir, reports);
	}

	/** Splits by characters, each a token: enough for the formats that need a tokenizer. */
	static final Tokenizer CHARACTERS = text -> {
		List<Tokenizer.Token> tokens = new ArrayList<>();
		for (int i = 0; i < text.length(); i++) {
			if (!Character.isWhitespace(text.charAt(i))) {
				tokens.add(new Tokenizer.Token(i, i + 1, "_"));
			}
		}
		return tokens;
	};

	/** A format that writes one line per report and fails with an IOException at the given report (1-based; 0 never). */
	static DatasetFormat failingAt(int failAt) {
		return new DatasetFormat() {
			@Override
			public String name() {
				return "lines";
			}

			@Override
			public String offsetUnit() {
				return "UTF-16 code units";
			}

			@Override
			public String leavesOut() {
				return "everything but the ids";
			}

			@Override
			public FormatSink open(Path folder, Tokenizer tokenizer) throws IOException {
				Path file = folder.resolve("ids.txt");
				Files.createFile(file);
				return new FormatSink() {
					private int written;

					@Override
					public void write(Report report, List<Span> spans, String split) throws IOException {
						if (++written == failAt) {
							throw new IOException("No space left on device (simulated)");
						}
						Files.writeString(file, report.getId() + "\t" + split + "\t" + spans.size() + "\n",
								java.nio.file.StandardOpenOption.APPEND);
					}

					@Override
					public void close() {
					}
				};
			}
		};
	}
}
