package org.reportbank.core.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.reportbank.core.internal.text.CancelCheck;

/**
 * A text stripper that keeps a hostile PDF from taking unbounded time or memory. PDFBox decodes
 * a page's content streams, the forms it draws and its embedded fonts whole into memory, so a
 * small file can hold gigabytes once inflated; this stripper first measures what each stream
 * decodes to, streaming and keeping nothing, and refuses before PDFBox decodes too much. It
 * also refuses pages drawing absurdly many glyphs, gives up after a time budget and asks the
 * cancel check every few hundred operators, so Ctrl-C acts within a second.
 * <p>
 * A refusal is a {@link Refused}: unchecked, because PDFBox forgives the IOExceptions of a form
 * it draws and would go on.
 */
final class BoundedTextStripper extends PDFTextStripper {

	/** A page of a report is drawn with a few hundred kilobytes; maps run to a few megabytes. */
	static final long MAX_PAGE_CONTENT_BYTES = 8L << 20;

	/** Embedded fonts, even a whole CJK font, stay below this. */
	static final long MAX_FONT_BYTES = 32L << 20;

	/** Everything decoded for one PDF: contents each time drawn, fonts once. */
	static final long MAX_DECODED_BYTES = 256L << 20;

	/** A dense page holds some 3,000 characters; drawing many more is not a report page. */
	static final int MAX_GLYPHS_PER_PAGE = 50_000;

	/** How many operators or glyphs pass between two looks at the clock and the cancel check. */
	private static final int CHECK_EVERY = 256;

	/** Why the PDF was refused, in words for the user. */
	static final class Refused extends RuntimeException {
		private static final long serialVersionUID = 1L;

		Refused(String reason) {
			super(reason, null, false, false);
		}
	}

	private final CancelCheck cancel;
	private final long deadline;
	private final long budgetSeconds;
	private final Map<COSStream, Long> decodedSizes = new IdentityHashMap<>();
	private long decoded;
	private int glyphsOnPage;
	private int sinceLastCheck;

	BoundedTextStripper(CancelCheck cancel, long budgetSeconds) {
		this.cancel = cancel;
		this.budgetSeconds = budgetSeconds;
		this.deadline = System.nanoTime() + budgetSeconds * 1_000_000_000L;
	}

	/** Measures the page's content streams, as PDFBox will decode them all at once; call before extracting it. */
	void admitPage(PDPage page, int pageNumber) throws IOException {
		checkTimeAndCancel();
		COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
		List<COSStream> streams = new ArrayList<>();
		if (contents instanceof COSStream stream) {
			streams.add(stream);
		} else if (contents instanceof COSArray array) {
			for (int i = 0; i < array.size(); i++) {
				if (array.getObject(i) instanceof COSStream stream) {
					streams.add(stream);
				}
			}
		}
		long pageBytes = 0;
		for (COSStream stream : streams) {
			pageBytes += charge(stream, MAX_PAGE_CONTENT_BYTES);
			if (pageBytes > MAX_PAGE_CONTENT_BYTES) {
				throw new Refused("page " + pageNumber + " of the PDF decompresses to more than " + megabytes(MAX_PAGE_CONTENT_BYTES)
						+ " of drawing instructions; a report page needs a few hundred kilobytes, so the file is damaged or built to exhaust memory");
			}
		}
	}

	@Override
	protected void startPage(PDPage page) throws IOException {
		glyphsOnPage = 0;
		super.startPage(page);
	}

	@Override
	public void showForm(PDFormXObject form) throws IOException {
		admitForm(form.getCOSObject());
		super.showForm(form);
	}

	@Override
	public void showTransparencyGroup(PDTransparencyGroup group) throws IOException {
		admitForm(group.getCOSObject());
		super.showTransparencyGroup(group);
	}

	@Override
	protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
		if (++sinceLastCheck >= CHECK_EVERY) {
			checkTimeAndCancel();
		}
		if (operator.getName().equals(OperatorName.SET_FONT_AND_SIZE) && !operands.isEmpty()
				&& operands.get(0) instanceof COSName fontName) {
			admitFont(fontName);
		}
		super.processOperator(operator, operands);
	}

	@Override
	protected void processTextPosition(TextPosition text) {
		if (++glyphsOnPage > MAX_GLYPHS_PER_PAGE) {
			throw new Refused("page " + getCurrentPageNo() + " of the PDF draws more than " + MAX_GLYPHS_PER_PAGE
					+ " characters; a report page holds a few thousand, so this is not a report");
		}
		if (++sinceLastCheck >= CHECK_EVERY) {
			checkTimeAndCancel();
		}
		super.processTextPosition(text);
	}

	private void checkTimeAndCancel() {
		sinceLastCheck = 0;
		cancel.check();
		if (System.nanoTime() - deadline > 0) {
			throw new Refused("reading the PDF's text takes more than " + budgetSeconds
					+ " seconds; a report takes well under one, so the file is damaged or built to exhaust the importer");
		}
	}

	/** A form's content is parsed each time it is drawn, so each drawing counts. */
	private void admitForm(COSStream form) throws IOException {
		if (charge(form, MAX_PAGE_CONTENT_BYTES) > MAX_PAGE_CONTENT_BYTES) {
			throw new Refused("a drawing on page " + getCurrentPageNo() + " of the PDF decompresses to more than "
					+ megabytes(MAX_PAGE_CONTENT_BYTES) + "; the file is damaged or built to exhaust memory");
		}
	}

	/** The embedded font files of the font the page selects, measured before PDFBox loads them. */
	private void admitFont(COSName fontName) throws IOException {
		PDResources resources = getResources();
		COSDictionary fonts = resources == null ? null : resources.getCOSObject().getCOSDictionary(COSName.FONT);
		COSDictionary font = fonts == null ? null : fonts.getCOSDictionary(fontName);
		if (font == null) {
			return;
		}
		COSDictionary descriptor = font.getCOSDictionary(COSName.FONT_DESC);
		COSArray descendants = font.getCOSArray(COSName.DESCENDANT_FONTS);
		if (descriptor == null && descendants != null && descendants.size() > 0
				&& descendants.getObject(0) instanceof COSDictionary descendant) {
			descriptor = descendant.getCOSDictionary(COSName.FONT_DESC);
		}
		if (descriptor == null) {
			return;
		}
		for (COSName file : List.of(COSName.FONT_FILE, COSName.FONT_FILE2, COSName.FONT_FILE3)) {
			COSStream stream = descriptor.getCOSStream(file);
			if (stream != null && !decodedSizes.containsKey(stream)
					&& charge(stream, MAX_FONT_BYTES) > MAX_FONT_BYTES) {
				throw new Refused("a font embedded in the PDF decompresses to more than " + megabytes(MAX_FONT_BYTES)
						+ "; the file is damaged or built to exhaust memory");
			}
		}
	}

	/**
	 * Adds what the stream decodes to (at most {@code limit} + 1, measured once) to the bytes
	 * decoded for the whole PDF, refusing the PDF past {@link #MAX_DECODED_BYTES}.
	 */
	private long charge(COSStream stream, long limit) throws IOException {
		Long known = decodedSizes.get(stream);
		long size = known != null ? known : decodedSize(stream, limit);
		decodedSizes.put(stream, size);
		decoded += size;
		if (decoded > MAX_DECODED_BYTES) {
			throw new Refused("the PDF decompresses to more than " + megabytes(MAX_DECODED_BYTES)
					+ " of drawing instructions and fonts; a report needs a few megabytes, so the file is damaged or built to exhaust memory");
		}
		return size;
	}

	/**
	 * How many bytes the stream decodes to, or {@code limit} + 1 if more: decoded as a stream
	 * through its filters, each stage kept only up to the limit, the last kept not at all. A
	 * stream that fails to decode counts what came out before; PDFBox skips it too.
	 */
	static long decodedSize(COSStream stream, long limit) throws IOException {
		List<Filter> filters;
		try {
			filters = filtersOf(stream);
		} catch (IOException e) {
			return 0; // an unknown filter: PDFBox cannot decode the stream either
		}
		Sink sink = new Sink(limit, false);
		InputStream input = stream.createRawInputStream();
		try {
			if (filters.isEmpty()) {
				input.transferTo(sink);
			}
			for (int i = 0; i < filters.size(); i++) {
				boolean last = i == filters.size() - 1;
				Sink stage = last ? sink : new Sink(limit, true);
				filters.get(i).decode(input, stage, stream, i);
				if (!last) {
					input.close();
					input = stage.keptBytes();
				}
			}
		} catch (LimitReached e) {
			return limit + 1;
		} catch (IOException e) {
			// damaged data: PDFBox gets as far and skips the rest
		} finally {
			input.close();
		}
		return sink.count;
	}

	private static List<Filter> filtersOf(COSStream stream) throws IOException {
		COSBase filters = stream.getFilters();
		List<Filter> result = new ArrayList<>();
		if (filters instanceof COSName name) {
			result.add(FilterFactory.INSTANCE.getFilter(name));
		} else if (filters instanceof COSArray array) {
			for (int i = 0; i < array.size(); i++) {
				if (array.getObject(i) instanceof COSName name) {
					result.add(FilterFactory.INSTANCE.getFilter(name));
				}
			}
		}
		return result;
	}

	private static String megabytes(long bytes) {
		return (bytes >> 20) + " MB";
	}

	/** Thrown by a {@link Sink} once the limit is passed, to stop a filter mid-stream. */
	private static final class LimitReached extends IOException {
		private static final long serialVersionUID = 1L;

		LimitReached() {
			super("decoded stream over the limit");
		}
	}

	/** Counts what a filter writes, keeping it only if a later filter reads it, and stops the filter past the limit. */
	private static final class Sink extends OutputStream {
		private final long limit;
		private final ByteArrayOutputStream kept;
		long count;

		Sink(long limit, boolean keep) {
			this.limit = limit;
			this.kept = keep ? new ByteArrayOutputStream() : null;
		}

		@Override
		public void write(int b) throws IOException {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			count += length;
			if (count > limit) {
				throw new LimitReached();
			}
			if (kept != null) {
				kept.write(bytes, offset, length);
			}
		}

		InputStream keptBytes() {
			return new ByteArrayInputStream(kept.toByteArray());
		}
	}
}
