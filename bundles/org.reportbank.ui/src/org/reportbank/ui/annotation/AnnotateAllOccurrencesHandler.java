package org.reportbank.ui.annotation;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;

/**
 * Annotate All Occurrences: the current span's label on every other occurrence of its text. In
 * the report ({@code scope} absent or {@code report}) it is one edit, taken back by one Undo; in
 * the corpus ({@code corpus}) the other reports follow in one background write (see
 * {@link AllOccurrencesInCorpus}).
 */
public class AnnotateAllOccurrencesHandler extends ReportTextCommand {

	/** The command's parameter: {@code report} or {@code corpus}. */
	public static final String SCOPE = "org.reportbank.ui.command.occurrences.scope";

	@Execute
	void execute(AnnotationEditor editor, @Optional @Named(SCOPE) String scope, @Optional AllOccurrencesInCorpus corpus) {
		if ("corpus".equals(scope) && corpus != null) {
			corpus.run(editor);
		} else {
			editor.tagAllOccurrences();
		}
	}
}
