package org.reportbank.io.dataset;

import org.reportbank.core.text.Tokenizer;
import java.io.IOException;
import java.nio.file.Path;

/**
 * One export format of the dataset (CoNLL, character BIO, brat, doccano, JSONL). The dataset
 * export opens it on the (temporary) export folder and hands it each report of each split.
 */
public interface DatasetFormat {

	/** The name used on the command line: jsonl, conll, chars, brat, doccano. */
	String name();

	/** How its offsets count, for the dataset card: "UTF-16 code units", "code points", "tokens". */
	String offsetUnit();

	/** What this format cannot carry, one sentence for the dataset card. */
	String leavesOut();

	FormatSink open(Path folder, Tokenizer tokenizer) throws IOException;

	/**
	 * Opens the format for an export whose formats share {@code fileNames}: a format that writes a
	 * file per report names it through them, so names never collide and a report has the same
	 * name in every format. Formats writing one file per split need not override this.
	 */
	default FormatSink open(Path folder, Tokenizer tokenizer, ReportFileNames fileNames) throws IOException {
		return open(folder, tokenizer);
	}
}
