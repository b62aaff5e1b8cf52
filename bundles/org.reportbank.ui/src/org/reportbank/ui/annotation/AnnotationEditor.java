package org.reportbank.ui.annotation;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.MouseEvent;
import org.eclipse.swt.events.MouseTrackAdapter;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.reportbank.editing.AnnotationSession;
import org.reportbank.model.Span;
import org.reportbank.ui.presenters.AnnotationLook;
import org.reportbank.ui.presenters.Labels;
import org.reportbank.ui.widgets.StyleRuns;
import org.reportbank.ui.UserPreferences;

/**
 * The report text as annotators work on it, keyboard first:
 * <ul>
 * <li>select text (it snaps to the segmenter's words unless Alt is held) and press a label's
 * shortcut key (or click the label in the palette): the span exists;</li>
 * <li>{@code n} / {@code p}: next / previous undecided suggestion; Enter accepts it, Delete or
 * {@code x} rejects it, and the next one is selected;</li>
 * <li>a shortcut key with no text selected gives the current span that label;</li>
 * <li>Alt+Left / Alt+Right move the current span's end, Alt+Shift+Left / Alt+Shift+Right its
 * start, one character at a time; Escape clears the current span;</li>
 * <li>hovering a span tells its label, origin, status, confidence and note.</li>
 * </ul>
 * Undo, redo and save are workbench commands (Ctrl+Z, Ctrl+Y, Ctrl+S).
 */
public final class AnnotationEditor {

	static final String FONT_PREFERENCE = "editor.fontHeight";
	static final String REJECTED_PREFERENCE = "editor.showRejected";
	static final String UNCERTAIN_FIRST_PREFERENCE = "editor.uncertainFirst";

	/** The editor's own keys, with what they do: the shortcut sheet lists them beside the commands' bindings. */
	private static final int MIN_POINTS = 7;
	private static final int MAX_POINTS = 36;

	/** Lines of text kept in view before and after the current span. */
	private static final int CONTEXT_LINES = 3;

	private final StyledText text;
	private AnnotationSession session;
	private AnnotationLook look;
	private final StyleRuns styleRuns = new StyleRuns();
	private boolean moving;
	private boolean clicking;
	private boolean showRejected;
	private AnnotationSession.SuggestionOrder order;
	private Font zoomed;
	private Consumer<String> messages = message -> {
	};
	private Span shownCurrent;

	private final AnnotationSession.Listener listener = new AnnotationSession.Listener() {
		@Override
		public void spansChanged(int begin, int end) {
			restyle(begin, end);
		}

		@Override
		public void currentChanged(Span current) {
			if (shownCurrent != null) {
				restyle(shownCurrent.getBegin(), shownCurrent.getEnd());
			}
			shownCurrent = current;
			if (current != null) {
				restyle(current.getBegin(), current.getEnd());
				if (!clicking) {
					reveal(current); // a click selects where the person looks: the caret stays where they clicked
				}
			}
		}
	};

	public AnnotationEditor(Composite parent) {
		text = new StyledText(parent, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY | SWT.BORDER);
		text.setMargins(12, 8, 12, 8);
		text.setLineSpacing(4);
		text.addListener(SWT.MouseUp, event -> mouseUp(event));
		text.addMouseTrackListener(new MouseTrackAdapter() {
			@Override
			public void mouseHover(MouseEvent e) {
				hover(e.x, e.y);
			}
		});
		text.addDisposeListener(e -> {
			detach();
			if (zoomed != null) {
				zoomed.dispose();
			}
		});
		showRejected = Boolean.parseBoolean(UserPreferences.get(REJECTED_PREFERENCE, "false"));
		order = Boolean.parseBoolean(UserPreferences.get(UNCERTAIN_FIRST_PREFERENCE, "false"))
				? AnnotationSession.SuggestionOrder.UNCERTAINTY
				: AnnotationSession.SuggestionOrder.POSITION;
		int remembered = UserPreferences.getInt(FONT_PREFERENCE, 0);
		if (remembered > 0) {
			applyFontHeight(Math.max(MIN_POINTS, Math.min(MAX_POINTS, remembered)));
		}
	}

	public StyledText text() {
		return text;
	}

	/** Shows the suggestions the person rejected struck through, or hides them (the default: they are decided). */
	public void showRejected(boolean shown) {
		showRejected = shown;
		UserPreferences.put(REJECTED_PREFERENCE, String.valueOf(shown));
		if (session != null) {
			restyle(0, text.getCharCount());
		}
	}

	public boolean showsRejected() {
		return showRejected;
	}

	/**
	 * n / p (and Enter's step on) walk the suggestions the models are least sure of first, or in
	 * reading order; remembered for the next start.
	 */
	public void uncertainFirst(boolean uncertain) {
		order = uncertain ? AnnotationSession.SuggestionOrder.UNCERTAINTY : AnnotationSession.SuggestionOrder.POSITION;
		UserPreferences.put(UNCERTAIN_FIRST_PREFERENCE, String.valueOf(uncertain));
	}

	public boolean uncertainFirst() {
		return order == AnnotationSession.SuggestionOrder.UNCERTAINTY;
	}

	/**
	 * Makes the text larger or smaller by {@code steps} points (0: the system's size again), and
	 * remembers the size for the next start.
	 */
	public void zoom(int steps) {
		int height = steps == 0 ? defaultHeight() : Math.max(MIN_POINTS, Math.min(MAX_POINTS, fontHeight() + steps));
		UserPreferences.putInt(FONT_PREFERENCE, height);
		applyFontHeight(height);
	}

	public int fontHeight() {
		return text.getFont().getFontData()[0].getHeight();
	}

	private int defaultHeight() {
		return text.getDisplay().getSystemFont().getFontData()[0].getHeight();
	}

	private void applyFontHeight(int height) {
		Font old = zoomed;
		zoomed = FontDescriptor.createFrom(text.getDisplay().getSystemFont()).setHeight(height).createFont(text.getDisplay());
		text.setFont(zoomed);
		if (old != null) {
			old.dispose();
		}
	}

	/** Where the editor says why a key did nothing (the status line). */
	public void tellWith(Consumer<String> sink) {
		messages = sink;
	}

	public AnnotationSession session() {
		return session;
	}

	/** Shows the session's report and follows its edits. */
	public void show(AnnotationSession shown) {
		detach();
		session = shown;
		look = new AnnotationLook(shown.labels());
		shownCurrent = null;
		text.setRedraw(false); // one layout for the text and its styles, not one each
		try {
			text.setText(shown.report().getText());
			text.setStyleRanges(styleRuns.ranges(look.window(shown, 0, text.getCharCount(), showRejected)));
		} finally {
			text.setRedraw(true);
		}
		shown.addListener(listener);
	}

	private void detach() {
		if (session != null) {
			session.removeListener(listener);
		}
	}

	/** Restyles [begin, end) after an edit: only that window is worked out and replaced. */
	private void restyle(int begin, int end) {
		if (text.isDisposed() || session == null) {
			return;
		}
		int from = Math.max(0, Math.min(begin, text.getCharCount()));
		int to = Math.max(from, Math.min(end, text.getCharCount()));
		if (to > from) {
			StyleRange[] ranges = styleRuns.ranges(look.window(session, from, to, showRejected));
			text.replaceStyleRanges(from, to - from, ranges);
		}
	}

	/** Tags the selected text with the label, or gives the current span that label when nothing is selected. */
	public Span applyLabel(String label) {
		if (session == null) {
			return null;
		}
		Point selection = text.getSelection();
		Span result;
		if (selection.y > selection.x) {
			result = session.tag(selection.x, selection.y, label);
			text.setSelection(selection.y);
		} else if (session.current() != null) {
			result = session.relabel(session.current(), label);
		} else {
			messages.accept("The " + label + " key labels selected text or the current span: select text, or press n for a suggestion");
			return null;
		}
		session.select(result);
		return result;
	}

	// --- what the editor's commands do (bound to keys in the "annotating" context, see the ui fragment) --

	/**
	 * The next undecided suggestion in the chosen order: after the current span, or, when there is
	 * none, from the caret in reading order and from the least certain one in uncertainty order.
	 */
	public void next() {
		if (session != null) {
			Span current = session.current();
			go(current != null ? session.nextUndecided(current, order) : startWithoutCurrent(true));
		}
	}

	/** The previous undecided suggestion in the chosen order. */
	public void previous() {
		if (session != null) {
			Span current = session.current();
			go(current != null ? session.previousUndecided(current, order) : startWithoutCurrent(false));
		}
	}

	private Span startWithoutCurrent(boolean forward) {
		if (order == AnnotationSession.SuggestionOrder.POSITION) {
			int caret = text.getCaretOffset();
			return forward ? session.firstUndecidedFrom(caret) : session.lastUndecidedBefore(caret);
		}
		Span first = session.firstUndecided(order);
		return forward || first == null ? first : session.previousUndecided(first, order);
	}

	/**
	 * Tags every other occurrence of the current span's text with its label, as one edit; returns
	 * how many, or -1 when there is no current span to take the text and label from.
	 */
	public int tagAllOccurrences() {
		Span current = session == null ? null : session.current();
		if (current == null) {
			messages.accept("Annotate All Occurrences takes the current span's text and label: select a span first");
			return -1;
		}
		int tagged = session.tagAllOccurrences(current);
		String what = session.report().getText().substring(current.getBegin(), current.getEnd());
		messages.accept(tagged == 0 ? "Every occurrence of " + what + " is " + current.getLabel() + " already"
				: "Tagged " + tagged + " more occurrence" + (tagged == 1 ? "" : "s") + " of " + what + " as "
						+ current.getLabel() + " (one Undo takes them back)");
		return tagged;
	}

	/** Accepts (or rejects) the current span and goes on to the next undecided suggestion; false when there is none. */
	public boolean decideCurrent(boolean accept) {
		Span current = session == null ? null : session.current();
		if (current == null) {
			messages.accept("No current span: press n for the next suggestion");
			return false;
		}
		if (accept) {
			session.accept(current);
		} else {
			session.reject(current);
		}
		go(session.nextUndecided(current, order));
		return true;
	}

	/** Moves the current span's start (or end) by one character, negative to the left. */
	public void moveEdge(boolean start, int delta) {
		Span current = session == null ? null : session.current();
		if (current != null) {
			session.resize(current, start ? delta : 0, start ? 0 : delta);
		}
	}

	/** No current span: the span table and Properties follow. */
	public void deselect() {
		if (session != null) {
			session.select(null);
		}
	}

	/** Whether a report is shown to act on. */
	public boolean hasSession() {
		return session != null && !text.isDisposed();
	}

	private void go(Span span) {
		session.select(span);
	}

	/**
	 * Puts the caret on the span and keeps the place in view: when the span (a claim of several
	 * lines included) is not shown whole with a few lines of context around it, the text scrolls so
	 * that it starts a third of the way down, never on the last visible line.
	 */
	private void reveal(Span span) {
		moving = true;
		try {
			text.setSelection(span.getBegin());
			if (!inViewWithContext(span)) {
				int lineHeight = text.getLineHeight();
				int height = text.getClientArea().height;
				int spanHeight = text.getLocationAtOffset(span.getEnd()).y + lineHeight - text.getLocationAtOffset(span.getBegin()).y;
				int margin = contextMargin();
				int wantedY = spanHeight + 2 * margin > height ? margin / 2 : Math.max(margin, (height - spanHeight) / 3);
				int top = Math.max(0, text.getTopPixel() + text.getLocationAtOffset(span.getBegin()).y - wantedY);
				text.setTopPixel(top - top % lineHeight); // whole lines at the top, not half a line cut off
			}
		} finally {
			moving = false;
		}
	}

	/** Three lines, or a quarter of the view when it is small. */
	private int contextMargin() {
		return Math.min(CONTEXT_LINES * text.getLineHeight(), text.getClientArea().height / 4);
	}

	/** Whether the whole span and a few lines before and after it are on screen (what a person needs to decide on it). */
	public boolean inViewWithContext(Span span) {
		int lineHeight = text.getLineHeight();
		int height = text.getClientArea().height;
		int margin = contextMargin();
		int top = text.getLocationAtOffset(span.getBegin()).y;
		int bottom = text.getLocationAtOffset(span.getEnd()).y + lineHeight;
		// no context can be shown before the first line or after the last: there the edge is enough
		int above = text.getTopPixel() == 0 ? 0 : margin;
		int below = text.getLinePixel(text.getLineCount() - 1) + lineHeight <= height ? 0 : margin;
		boolean fits = bottom - top + above + below <= height;
		return fits ? top >= above && bottom <= height - below : top >= 0 && top <= margin;
	}

	private void mouseUp(org.eclipse.swt.widgets.Event event) {
		if (session == null || event.button != 1 || moving) {
			return;
		}
		Point selection = text.getSelection();
		if (selection.y > selection.x) {
			if ((event.stateMask & SWT.ALT) == 0) {
				int[] snapped = session.tokens().snap(selection.x, selection.y, session.report().getText());
				text.setSelection(snapped[0], snapped[1]);
			}
		} else {
			clicking = true;
			try {
				session.select(session.shownAt(text.getCaretOffset()));
			} finally {
				clicking = false;
			}
		}
	}

	private void hover(int x, int y) {
		if (session == null) {
			return;
		}
		int offset = text.getOffsetAtPoint(new Point(x, y));
		Span span = offset < 0 ? null : session.shownAt(offset);
		text.setToolTipText(span == null ? null : Labels.hover(session, span));
	}
}
