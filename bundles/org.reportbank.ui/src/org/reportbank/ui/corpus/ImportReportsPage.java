package org.reportbank.ui.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;

/** The files and folders to import, added with file and folder dialogs. */
public final class ImportReportsPage extends WizardPage {

	private static final String[] FILTER_EXTENSIONS = { "*.txt;*.text;*.html;*.htm;*.shtml;*.pdf", "*.*" };
	private static final String[] FILTER_NAMES = { "Reports (txt, html, pdf)", "All files" };

	private final Path corpus;
	private final Set<Path> chosen = new LinkedHashSet<>();
	private List list;
	private Button remove;

	ImportReportsPage(Path corpus) {
		super("import");
		this.corpus = corpus;
		setTitle("Import reports");
		setDescription("Add report files (text in UTF-8, GBK or Big5, web pages, PDF) or folders, which are searched for them.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(2, false));

		Label into = new Label(page, SWT.WRAP);
		into.setText("Into the corpus " + corpus + ". A report whose text is already in the corpus is not added again; "
				+ "a file that cannot be read is refused with its reason and the others still go in.");
		GridData intoData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		intoData.widthHint = 480;
		into.setLayoutData(intoData);

		list = new List(page, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		GridData listData = new GridData(SWT.FILL, SWT.FILL, true, true);
		listData.heightHint = 180;
		listData.widthHint = 420;
		list.setLayoutData(listData);
		list.addListener(SWT.Selection, e -> remove.setEnabled(list.getSelectionCount() > 0));
		list.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.DEL) {
				removeSelected();
			}
		});

		Composite buttons = new Composite(page, SWT.NONE);
		buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		GridLayout buttonLayout = new GridLayout(1, true);
		buttonLayout.marginWidth = 0;
		buttonLayout.marginHeight = 0;
		buttons.setLayout(buttonLayout);
		Button addFiles = button(buttons, "Add &Files…");
		addFiles.addListener(SWT.Selection, e -> chooseFiles());
		Button addFolder = button(buttons, "Add F&older…");
		addFolder.addListener(SWT.Selection, e -> chooseFolder());
		remove = button(buttons, "&Remove");
		remove.setEnabled(false);
		remove.addListener(SWT.Selection, e -> removeSelected());

		setControl(page);
		validate();
	}

	private static Button button(Composite parent, String text) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return button;
	}

	private void chooseFiles() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
		dialog.setText("Report files to import");
		dialog.setFilterExtensions(FILTER_EXTENSIONS);
		dialog.setFilterNames(FILTER_NAMES);
		if (dialog.open() != null) {
			for (String name : dialog.getFileNames()) {
				add(Path.of(dialog.getFilterPath(), name));
			}
		}
	}

	private void chooseFolder() {
		DirectoryDialog dialog = new DirectoryDialog(getShell());
		dialog.setText("A folder of reports to import");
		String folder = dialog.open();
		if (folder != null) {
			add(Path.of(folder));
		}
	}

	/** Adds files or folders to the list (also for tests, which cannot use the native dialogs). */
	public void add(Path... paths) {
		for (Path path : paths) {
			if (chosen.add(path.toAbsolutePath().normalize())) {
				list.add(path.toAbsolutePath().normalize() + (Files.isDirectory(path) ? " (folder)" : ""));
			}
		}
		validate();
	}

	private void removeSelected() {
		int[] selected = list.getSelectionIndices();
		java.util.List<Path> all = new ArrayList<>(chosen);
		for (int i = selected.length - 1; i >= 0; i--) {
			chosen.remove(all.get(selected[i]));
		}
		list.remove(selected);
		remove.setEnabled(false);
		validate();
	}

	private void validate() {
		String problem = null;
		for (Path path : chosen) {
			if (!Files.exists(path)) {
				problem = path + " does not exist.";
				break;
			}
		}
		setErrorMessage(problem);
		setPageComplete(!chosen.isEmpty() && problem == null);
	}

	/** The files and folders chosen, in the order they were added. */
	public java.util.List<Path> paths() {
		return java.util.List.copyOf(chosen);
	}
}
