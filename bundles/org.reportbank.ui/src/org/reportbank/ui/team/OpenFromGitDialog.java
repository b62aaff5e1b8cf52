package org.reportbank.ui.team;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Where the team's corpus is (the remote's URL) and where it goes on this machine (a new or empty
 * folder, proposed from the URL's last part); Clone is enabled once both make sense.
 */
public final class OpenFromGitDialog extends TeamDialog {

	/** The dialog's title, as tests and the user guide name it. */
	public static final String TITLE = "Open Corpus from Git";

	private final Path parentFolder;
	private Text url;
	private Text folder;
	private boolean folderTyped;
	private String chosenUrl;
	private Path chosenFolder;

	/** {@code parentFolder}: where a proposed folder goes (the person's home, or the current corpus's parent). */
	public OpenFromGitDialog(Shell shell, Path parentFolder) {
		super(shell, TITLE);
		this.parentFolder = parentFolder;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite body = body(parent, "Get a team's corpus",
				"The remote one person shared the corpus to (reportbank share): a folder, file://, ssh:// or https:// URL.", 3);
		new Label(body, SWT.NONE).setText("&Remote:");
		url = new Text(body, SWT.BORDER);
		url.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		url.setMessage("ssh://git@example.org/team/corpus.git");
		new Label(body, SWT.NONE).setText("&Into folder:");
		folder = new Text(body, SWT.BORDER);
		GridData folderData = new GridData(SWT.FILL, SWT.CENTER, true, false);
		folderData.widthHint = 420;
		folder.setLayoutData(folderData);
		Button browse = new Button(body, SWT.PUSH);
		browse.setText("&Browse…");
		browse.addListener(SWT.Selection, e -> {
			DirectoryDialog choose = new DirectoryDialog(getShell());
			choose.setFilterPath(parentFolder.toString());
			String chosen = choose.open();
			if (chosen != null) {
				folder.setText(chosen);
				folderTyped = true;
			}
		});
		url.addListener(SWT.Modify, e -> {
			if (!folderTyped) {
				folder.setText(parentFolder.resolve(proposedName(url.getText())).toString());
			}
			validate();
		});
		folder.addListener(SWT.KeyDown, e -> folderTyped = true);
		folder.addListener(SWT.Modify, e -> validate());
		return body.getParent();
	}

	/** The folder a clone of the URL is proposed into: its last part without ".git" (as git clone names it). */
	static String proposedName(String url) {
		String trimmed = url.strip().replaceAll("[/\\\\]+$", "");
		String last = trimmed.substring(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf(':')) + 1).replaceAll("\\.git$", "");
		return last.isEmpty() ? "team-corpus" : last;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "&Clone", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		validate();
	}

	private void validate() {
		Button clone = getButton(IDialogConstants.OK_ID);
		if (clone == null || url == null) {
			return;
		}
		String problem = null;
		if (url.getText().isBlank()) {
			problem = "Give the remote's URL.";
		} else if (folder.getText().isBlank()) {
			problem = "Give the folder to clone into.";
		} else {
			Path target = Path.of(folder.getText().strip());
			try (var entries = Files.isDirectory(target) ? Files.list(target) : java.util.stream.Stream.<Path>empty()) {
				if (Files.exists(target) && (!Files.isDirectory(target) || entries.findAny().isPresent())) {
					problem = target + " is not empty; clone into a new folder.";
				}
			} catch (java.io.IOException e) {
				problem = target + " cannot be read: " + e.getMessage();
			}
		}
		setErrorMessage(problem);
		clone.setEnabled(problem == null);
	}

	@Override
	protected void okPressed() {
		chosenUrl = url.getText().strip();
		chosenFolder = Path.of(folder.getText().strip());
		super.okPressed();
	}

	public String url() {
		return chosenUrl;
	}

	public Path folder() {
		return chosenFolder;
	}
}
