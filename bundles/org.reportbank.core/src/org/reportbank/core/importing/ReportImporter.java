package org.reportbank.core.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.reportbank.core.internal.structure.FactsExtractor;
import org.reportbank.core.internal.structure.ReportFacts;
import org.reportbank.core.internal.structure.SectionNode;
import org.reportbank.core.internal.structure.SectionParser;
import org.reportbank.core.internal.structure.TitleChrome;
import org.reportbank.core.internal.text.CancelCheck;
import org.reportbank.core.internal.text.ChangeLog;
import org.reportbank.core.internal.text.Chars;
import org.reportbank.core.internal.text.EncodingDetector;
import org.reportbank.core.internal.text.NormalizedText;
import org.reportbank.core.internal.text.TextNormalizer;
import org.reportbank.model.Report;

/**
 * Reads one report file (plain text in any common Chinese encoding, an HTML page or a PDF with a
 * text layer) into a {@link Report}: normalized text, metadata, section tree and a stable id. It
 * never touches a corpus; adding the report is the store's job.
 */
public final class ReportImporter {

	/** Reports run to a few hundred kilobytes; anything this large is not one report. */
	public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

	/** Fewer Chinese characters than this and it is not a report of the genre. */
	static final int MIN_HAN_CHARACTERS = 20;

	/** Reads the file with no way to cancel; see {@link #read(Path, IProgressMonitor)}. */
	public Report read(Path file) throws ImportException {
		return read(file, new NullProgressMonitor());
	}

	/**
	 * Reads the file, asking the monitor often whether to stop: inside PDF and HTML extraction,
	 * normalization, the search for a second pasted copy and section parsing, so Ctrl-C acts
	 * within a second even on a huge or hostile file.
	 *
	 * @throws org.eclipse.core.runtime.OperationCanceledException when the monitor is cancelled
	 */
	public Report read(Path file, IProgressMonitor monitor) throws ImportException {
		CancelCheck cancel = CancelCheck.of(monitor);
		byte[] bytes = readBytes(file);
		String format = formatOf(file, bytes);
		String raw;
		String encoding;
		try {
			if (format.equals("pdf")) {
				raw = PdfExtractor.extract(bytes, cancel);
				encoding = "PDF";
			} else {
				EncodingDetector.Decoded decoded = EncodingDetector.decode(bytes);
				encoding = decoded.encoding();
				java.util.Optional<String> dataset = format.equals("txt") ? DatasetLines.recognize(decoded.text())
						: java.util.Optional.empty();
				if (dataset.isPresent()) {
					throw new ImportException(file, dataset.get());
				}
				raw = format.equals("html") ? HtmlExtractor.extract(decoded.text(), cancel) : decoded.text();
			}
		} catch (EncodingDetector.UndecodableException | PdfExtractor.ExtractionException e) {
			throw new ImportException(file, e.getMessage(), e);
		}
		NormalizedText normalized = withoutTitleChrome(new TextNormalizer().normalize(raw, cancel));
		if (Chars.hanCount(normalized.text()) < MIN_HAN_CHARACTERS) {
			throw new ImportException(file, normalized.text().isBlank() ? "the file holds no text once page leftovers are removed"
					: "the file holds no Chinese report text (fewer than " + MIN_HAN_CHARACTERS + " Chinese characters)");
		}
		ReportFacts facts = new FactsExtractor().extract(normalized.text(), normalized.fields());
		List<SectionNode> sections = new SectionParser().parse(normalized.text(), facts.titleEnd(), cancel);
		String sourceInfo = file.getFileName().toString();
		return ReportAssembler.assemble(idOf(normalized.text()), normalized, facts, sections,
				new ReportAssembler.SourceInfo(sourceInfo, format, encoding, sha256Hex(bytes),
						Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()));
	}

	/** The text without the site's lines above its title (portal date, breadcrumb, column name), kept as metadata. */
	private static NormalizedText withoutTitleChrome(NormalizedText normalized) {
		TitleChrome.Found chrome = TitleChrome.above(normalized.text());
		if (chrome.lines() == 0) {
			return normalized;
		}
		String text = normalized.text().lines().skip(chrome.lines()).collect(java.util.stream.Collectors.joining("\n"));
		java.util.Map<String, String> fields = new java.util.LinkedHashMap<>(normalized.fields());
		chrome.fields().forEach(fields::putIfAbsent);
		List<ChangeLog.Entry> changes = new java.util.ArrayList<>(normalized.changes());
		changes.add(new ChangeLog.Entry("chrome-above-title-dropped", chrome.lines(), chrome.dropped()));
		return new NormalizedText(text, fields, changes);
	}

	/**
	 * A report from a text that is already normalized, such as one coming back from an annotation
	 * tool: facts and sections are read, but the text is kept exactly, so offsets into it stay valid.
	 */
	public Report fromNormalizedText(String text, String sourceName, String format) {
		NormalizedText kept = new NormalizedText(text, java.util.Map.of(), List.of());
		ReportFacts facts = new FactsExtractor().extract(text, java.util.Map.of());
		List<SectionNode> sections = new SectionParser().parse(text, facts.titleEnd());
		return ReportAssembler.assemble(idOf(text), kept, facts, sections, new ReportAssembler.SourceInfo(sourceName, format,
				"UTF-8", sha256Hex(text.getBytes(StandardCharsets.UTF_8)), Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()));
	}

	private static byte[] readBytes(Path file) throws ImportException {
		try {
			if (!Files.exists(file)) {
				throw new ImportException(file, "the file does not exist");
			}
			if (!Files.isRegularFile(file)) {
				throw new ImportException(file, "not a regular file");
			}
			long size = Files.size(file);
			if (size == 0) {
				throw new ImportException(file, "the file is empty");
			}
			if (size > MAX_FILE_BYTES) {
				throw new ImportException(file, String.format(Locale.ROOT,
						"the file is %.1f MB; a report is at most %d MB, so this is not one report (split it or check what it is)",
						size / 1048576.0, MAX_FILE_BYTES / 1048576));
			}
			return Files.readAllBytes(file);
		} catch (IOException e) {
			throw new ImportException(file, "cannot be read: " + e.getMessage(), e);
		}
	}

	static String formatOf(Path file, byte[] bytes) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".pdf") || startsWith(bytes, "%PDF")) {
			return "pdf";
		}
		if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".shtml") || looksLikeHtml(bytes)) {
			return "html";
		}
		return "txt";
	}

	private static boolean startsWith(byte[] bytes, String ascii) {
		byte[] prefix = ascii.getBytes(StandardCharsets.US_ASCII);
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static boolean looksLikeHtml(byte[] bytes) {
		String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1).strip()
				.toLowerCase(Locale.ROOT);
		if (head.startsWith("\u00ef\u00bb\u00bf")) {
			head = head.substring(3);
		}
		return head.startsWith("<!doctype html") || head.startsWith("<html");
	}

	/** The stable id: the first 16 hex digits of the SHA-256 of the normalized text. */
	public static String idOf(String normalizedText) {
		return sha256Hex(normalizedText.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
	}

	static String sha256Hex(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-256", e);
		}
	}

}
