package org.reportbank.ui.annotation;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;

/** Alt+arrows in the report text: moves the current span's start or end by one character. */
public class MoveEdgeHandler extends ReportTextCommand {

	/** The command's parameters: which edge ({@code start} or {@code end}) and which way ({@code -1} or {@code 1}). */
	public static final String EDGE = "org.reportbank.ui.command.edge.which";
	public static final String BY = "org.reportbank.ui.command.edge.by";

	@Execute
	void execute(AnnotationEditor editor, @Named(EDGE) String edge, @Named(BY) String by) {
		editor.moveEdge("start".equals(edge), Integer.parseInt(by) < 0 ? -1 : 1);
	}
}
