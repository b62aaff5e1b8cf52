package org.reportbank.recommenders.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import org.reportbank.core.store.AtomicFiles;
import org.reportbank.core.store.StoreException;
import org.reportbank.recommenders.RecommenderException;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;

/**
 * The JSON files of {@code .reportbank/models/}: models, their evaluations, the recommender
 * settings. Written beside their place and moved over it (a reader sees the old file or the new
 * one, never half), read strictly as UTF-8 and never through a link, as the folder may hold
 * what others wrote.
 */
public final class JsonFiles {

	/** A file larger than this is not one this bundle wrote for a corpus of the genre. */
	public static final long MAX_BYTES = 256L * 1024 * 1024;

	private JsonFiles() {
	}

	public static void write(Path file, JsonObject json) throws StoreException {
		try {
			Files.createDirectories(file.getParent());
			AtomicFiles.write(file, out -> {
				Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
				new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json, writer);
				writer.write('\n');
				writer.flush();
			});
		} catch (IOException e) {
			throw new StoreException(file + ": cannot be written: " + e.getMessage(), e);
		}
	}

	public static boolean exists(Path file) {
		return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
	}

	/** The file's one JSON object; {@code missing} is the message when there is no such file. */
	public static ModelJson read(Path file, String missing) throws StoreException, RecommenderException {
		try {
			if (!exists(file)) {
				throw new RecommenderException(missing);
			}
			if (Files.size(file) > MAX_BYTES) {
				throw new RecommenderException(file + ": larger than " + MAX_BYTES / (1024 * 1024) + " MB; not a file Reportbank wrote");
			}
			try (Reader in = new InputStreamReader(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS),
					StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
							.onUnmappableCharacter(CodingErrorAction.REPORT))) {
				return ModelJson.parse(in, file.toString());
			}
		} catch (IOException e) {
			throw new StoreException(file + ": cannot be read: " + e.getMessage(), e);
		}
	}
}
