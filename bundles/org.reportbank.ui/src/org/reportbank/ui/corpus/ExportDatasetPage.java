package org.reportbank.ui.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.reportbank.io.dataset.DatasetFormat;
import org.reportbank.io.formats.Formats;
import org.reportbank.ui.UserPreferences;

/** What to export: formats, which layer, how to split, and where. */
final class ExportDatasetPage extends WizardPage {

	/** Where the choices are remembered between exports. */
	private static final String KEY = "export.";

	private final List<String> layers;
	private final Map<DatasetFormat, Button> formats = new LinkedHashMap<>();
	private Combo layer;
	private Button split;
	private Text ratio;
	private Text seed;
	private Combo stratify;
	private Text folder;

	ExportDatasetPage(List<String> layers) {
		super("export");
		this.layers = layers;
		setTitle("Export a dataset");
		setDescription("Formats, layer and split; the folder must be new or empty.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));

		Group formatGroup = new Group(page, SWT.NONE);
		formatGroup.setText("Formats");
		formatGroup.setLayout(new GridLayout(3, true));
		formatGroup.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
		for (DatasetFormat format : Formats.all()) {
			Button box = new Button(formatGroup, SWT.CHECK);
			box.setText(format.name());
			box.setToolTipText("Offsets: " + format.offsetUnit() + ". Leaves out: " + format.leavesOut());
			box.setSelection(List.of(UserPreferences.get(KEY + "formats", "jsonl,conll").split(",")).contains(format.name()));
			box.setData(ExportDatasetWizard.WIDGET_KEY, "format:" + format.name());
			box.addListener(SWT.Selection, e -> validate());
			formats.put(format, box);
		}

		new Label(page, SWT.NONE).setText("Layer:");
		layer = new Combo(page, SWT.READ_ONLY);
		layer.setItems(layers.toArray(String[]::new));
		layer.select(Math.max(0, layers.indexOf(UserPreferences.get(KEY + "layer", layers.get(0)))));
		layer.setData(ExportDatasetWizard.WIDGET_KEY, "layer");
		layer.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

		split = new Button(page, SWT.CHECK);
		split.setText("Split train:dev:test");
		split.setData(ExportDatasetWizard.WIDGET_KEY, "split");
		ratio = new Text(page, SWT.BORDER);
		ratio.setText(UserPreferences.get(KEY + "ratio", "8:1:1"));
		split.setSelection(Boolean.parseBoolean(UserPreferences.get(KEY + "split", "false")));
		ratio.setData(ExportDatasetWizard.WIDGET_KEY, "ratio");
		ratio.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		new Label(page, SWT.NONE).setText("Seed:");
		seed = new Text(page, SWT.BORDER);
		seed.setText(UserPreferences.get(KEY + "seed", "42"));
		seed.setData(ExportDatasetWizard.WIDGET_KEY, "seed");
		seed.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		new Label(page, SWT.NONE).setText("Stratify by:");
		stratify = new Combo(page, SWT.READ_ONLY);
		stratify.setItems("nothing", "region", "year");
		stratify.select(Math.max(0, List.of(stratify.getItems()).indexOf(UserPreferences.get(KEY + "stratify", "nothing"))));
		stratify.setData(ExportDatasetWizard.WIDGET_KEY, "stratify");
		stratify.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		split.addListener(SWT.Selection, e -> validate());
		ratio.addListener(SWT.Modify, e -> validate());
		seed.addListener(SWT.Modify, e -> validate());

		new Label(page, SWT.NONE).setText("Folder:");
		folder = new Text(page, SWT.BORDER);
		folder.setData(ExportDatasetWizard.WIDGET_KEY, "folder");
		folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		folder.addListener(SWT.Modify, e -> validate());
		Button browse = new Button(page, SWT.PUSH);
		browse.setText("Browse…");
		browse.addListener(SWT.Selection, e -> {
			DirectoryDialog dialog = new DirectoryDialog(getShell());
			String chosen = dialog.open();
			if (chosen != null) {
				folder.setText(chosen);
			}
		});
		folder.setText(nextFreeFolder(UserPreferences.get(KEY + "folder", null)));
		setControl(page);
		validate();
	}

	/** The person's choices, remembered for the next export (the folder as the place to write the next one beside it). */
	void remember() {
		UserPreferences.put(KEY + "formats", String.join(",", selectedFormats().stream().map(DatasetFormat::name).toList()));
		UserPreferences.put(KEY + "layer", layer());
		UserPreferences.put(KEY + "split", String.valueOf(split.getSelection()));
		UserPreferences.put(KEY + "ratio", ratio.getText());
		UserPreferences.put(KEY + "seed", seed.getText());
		UserPreferences.put(KEY + "stratify", stratify.getText());
		UserPreferences.put(KEY + "folder", folder.getText());
	}

	/** Beside the last export: the same name if that folder is free again, else the name with the next number. */
	static String nextFreeFolder(String last) {
		if (last == null || last.isBlank()) {
			return "";
		}
		Path path = Path.of(last);
		if (isNewOrEmpty(path) || path.getParent() == null) {
			return last;
		}
		String base = path.getFileName().toString().replaceFirst("-\\d+$", "");
		for (int n = 2;; n++) {
			Path candidate = path.resolveSibling(base + "-" + n);
			if (isNewOrEmpty(candidate)) {
				return candidate.toString();
			}
		}
	}

	private void validate() {
		String problem = null;
		if (selectedFormats().isEmpty()) {
			problem = "Choose at least one format.";
		} else if (folder.getText().isBlank()) {
			problem = "Choose the folder to write the dataset to.";
		} else if (!isNewOrEmpty(Path.of(folder.getText()))) {
			problem = folder.getText() + " has files in it: choose a new or empty folder (a dataset is never mixed into one).";
		} else if (split.getSelection() && !ratio.getText().matches("\\d+:\\d+:\\d+")) {
			problem = "The split is three whole numbers, train:dev:test, such as 8:1:1.";
		} else if (split.getSelection() && !seed.getText().matches("-?\\d+")) {
			problem = "The seed is a whole number.";
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	private static boolean isNewOrEmpty(Path path) {
		if (!Files.exists(path)) {
			return true;
		}
		try (var entries = Files.list(path)) {
			return entries.findAny().isEmpty();
		} catch (java.io.IOException e) {
			return false;
		}
	}

	List<DatasetFormat> selectedFormats() {
		List<DatasetFormat> chosen = new ArrayList<>();
		formats.forEach((format, box) -> {
			if (box.getSelection()) {
				chosen.add(format);
			}
		});
		return chosen;
	}

	String layer() {
		return layer.getText();
	}

	String ratio() {
		return split.getSelection() ? ratio.getText() : null;
	}

	long seed() {
		return Long.parseLong(seed.getText());
	}

	String stratify() {
		return stratify.getSelectionIndex() <= 0 ? null : stratify.getText();
	}

	Path folder() {
		return Path.of(folder.getText());
	}

	/** The choices in the words of the command line, for the dataset card. */
	String describe() {
		StringBuilder out = new StringBuilder("--format ");
		out.append(String.join(",", selectedFormats().stream().map(DatasetFormat::name).toList()));
		out.append(" --layer ").append(layer());
		if (ratio() != null) {
			out.append(" --split ").append(ratio()).append(" --seed ").append(seed());
			if (stratify() != null) {
				out.append(" --stratify ").append(stratify());
			}
		}
		return out.append(" --out ").append(folder()).toString();
	}
}
