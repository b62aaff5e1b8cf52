package org.reportbank.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;

/**
 * The baseline of the commands benchmark: HanLP's standard segmentation of every {@code .txt} file
 * of a folder, one after the other, as a plain Java process of its own (no OSGi, no corpus), so
 * that its start, its dictionary loading and its reading of the files are counted as a command's
 * are. Run with the HanLP jar and this bundle's jar on the class path; prints the files, characters
 * and words, so the work cannot be skipped.
 */
public final class BareSegmentation {

	/** The second argument that segments as annotate's tokenizer does: without HanLP's person-name recognizer. */
	public static final String WITHOUT_PERSON_NAMES = "--without-person-names";

	private BareSegmentation() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 1 || args.length > 2 || (args.length == 2 && !args[1].equals(WITHOUT_PERSON_NAMES))) {
			System.err.println("usage: java -cp HANLP.jar:BENCHMARKS.jar " + BareSegmentation.class.getName() + " FOLDER ["
					+ WITHOUT_PERSON_NAMES + "]");
			System.exit(2);
		}
		List<Path> files = new ArrayList<>();
		try (DirectoryStream<Path> listing = Files.newDirectoryStream(Path.of(args[0]), "*.txt")) {
			listing.forEach(files::add);
		}
		files.sort(null);
		Segment segment = HanLP.newSegment().enableNameRecognize(args.length == 1);
		long characters = 0;
		long words = 0;
		for (Path file : files) {
			String text = Files.readString(file, StandardCharsets.UTF_8);
			characters += text.length();
			words += segment.seg(text).size();
		}
		System.out.println(files.size() + " files, " + characters + " characters, " + words + " words");
	}
}
