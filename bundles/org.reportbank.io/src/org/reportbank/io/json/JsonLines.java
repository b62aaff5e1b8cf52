package org.reportbank.io.json;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * A file of JSON lines read one line at a time, so an import holds one record however large the
 * file: blank lines are skipped, a byte order mark before the first line is dropped, and the number
 * of each line is kept for {@code FILE:LINE} messages. Bytes are decoded as strict UTF-8: a byte
 * sequence that is not UTF-8 is a {@link java.nio.charset.CharacterCodingException} on the line
 * that holds it, never a replacement character in the corpus.
 */
public final class JsonLines implements Closeable {

	/** Steps of the progress shown while a file is read. */
	private static final int PROGRESS_STEPS = 1000;

	private final BufferedReader in;
	private final CountedBytes counted;
	private final long size;
	private int line;
	private SubMonitor progress;
	private int shown;

	/** The lines of a file, with how far into it the reading is for {@link #showProgress}. */
	public static JsonLines open(Path file) throws IOException {
		InputStream bytes = Files.newInputStream(file);
		try {
			return new JsonLines(bytes, Files.size(file));
		} catch (IOException | RuntimeException e) {
			bytes.close();
			throw e;
		}
	}

	/** The lines of a stream of UTF-8 bytes, {@code size} of them ({@code -1} when not known, and no progress shown). */
	public JsonLines(InputStream bytes, long size) {
		this.counted = new CountedBytes(bytes);
		this.size = size;
		this.in = new BufferedReader(new InputStreamReader(counted,
				StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
						.onUnmappableCharacter(CodingErrorAction.REPORT)));
	}

	/** The lines of characters already decoded. */
	public JsonLines(Reader chars) {
		this.counted = null;
		this.size = -1;
		this.in = chars instanceof BufferedReader buffered ? buffered : new BufferedReader(chars);
	}

	/** The next line that is not blank, or null at the end; {@link #line()} is its number. */
	public String next() throws IOException {
		while (true) {
			line++; // counted before reading: a line that cannot be decoded is named by its own number
			String text = in.readLine();
			if (text == null) {
				line--;
				return null;
			}
			if (line == 1 && text.startsWith("\uFEFF")) {
				text = text.substring(1);
			}
			if (!text.isBlank()) {
				showRead();
				return text;
			}
		}
	}

	/** The 1-based number of the line last returned, or of the line being read when reading it failed. */
	public int line() {
		return line;
	}

	/** From now on, shows on {@code monitor} how much of the file has been read, as the task {@code name}. */
	public void showProgress(IProgressMonitor monitor, String name) {
		progress = SubMonitor.convert(monitor, name, PROGRESS_STEPS);
	}

	private void showRead() {
		if (progress == null || counted == null || size <= 0) {
			return;
		}
		int now = (int) Math.min(PROGRESS_STEPS, counted.read * PROGRESS_STEPS / size);
		if (now > shown) {
			progress.worked(now - shown);
			shown = now;
		}
	}

	@Override
	public void close() throws IOException {
		in.close();
	}

	/** Counts the bytes taken from the stream (the reader's buffer runs a little ahead of the lines returned). */
	private static final class CountedBytes extends FilterInputStream {
		long read;

		CountedBytes(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				read++;
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				read += n;
			}
			return n;
		}

		@Override
		public long skip(long n) throws IOException {
			long skipped = super.skip(n);
			read += skipped;
			return skipped;
		}
	}
}
