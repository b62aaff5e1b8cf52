package org.reportbank.io.formats;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** One UTF-8 file per split, opened when the split's first report comes, written as reports come. */
final class SplitWriters implements AutoCloseable {

	private final Path folder;
	private final String suffix;
	private final Map<String, Writer> writers = new LinkedHashMap<>();

	/** Files {@code folder/<split><suffix>}. */
	SplitWriters(Path folder, String suffix) {
		this.folder = folder;
		this.suffix = suffix;
	}

	Writer of(String split) throws IOException {
		Writer out = writers.get(split);
		if (out == null) {
			Files.createDirectories(folder);
			out = new BufferedWriter(Files.newBufferedWriter(folder.resolve(split + suffix), StandardCharsets.UTF_8), 1 << 16);
			writers.put(split, out);
		}
		return out;
	}

	@Override
	public void close() throws IOException {
		IOException failure = null;
		for (Writer w : writers.values()) {
			try {
				w.close();
			} catch (IOException e) {
				if (failure == null) {
					failure = e;
				} else {
					failure.addSuppressed(e);
				}
			}
		}
		writers.clear();
		if (failure != null) {
			throw failure;
		}
	}
}
