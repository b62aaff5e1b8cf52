package org.reportbank.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Texts put aside in a temporary file as they come and read back once, in the same order: what a
 * command prints after figures it knows only at the end (agreement's rows of each report, written
 * as each report is read, printed after the corpus figures), without holding them in memory. The
 * file is deleted on {@link #close()}.
 */
final class Spool implements AutoCloseable {

	private final Path file;
	private DataOutputStream out;
	private DataInputStream in;
	private int size;

	Spool() throws IOException {
		file = Files.createTempFile("reportbank-", ".spool");
		out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
	}

	/** Puts one text aside (an I/O error as UncheckedIOException, for a caller that cannot throw). */
	void add(String text) {
		if (out == null) {
			throw new IllegalStateException("the spool is being read");
		}
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		try {
			out.writeInt(bytes.length);
			out.write(bytes);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
		}
		size++;
	}

	/** How many texts were put aside. */
	int size() {
		return size;
	}

	/** The texts in the order they were put aside; after this, no more can be added. */
	Iterator<String> texts() throws IOException {
		if (in != null) {
			throw new IllegalStateException("a spool is read once");
		}
		out.close();
		out = null;
		in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
		return new Iterator<>() {
			private int read;

			@Override
			public boolean hasNext() {
				return read < size;
			}

			@Override
			public String next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				try {
					byte[] bytes = new byte[in.readInt()];
					in.readFully(bytes);
					read++;
					return new String(bytes, StandardCharsets.UTF_8);
				} catch (EOFException e) {
					throw new UncheckedIOException(file + " ends early", e);
				} catch (IOException e) {
					throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
				}
			}
		};
	}

	@Override
	public void close() throws IOException {
		try {
			if (out != null) {
				out.close();
			}
			if (in != null) {
				in.close();
			}
		} finally {
			Files.deleteIfExists(file);
		}
	}
}
