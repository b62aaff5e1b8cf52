package org.reportbank.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.commands.MBindingTable;
import org.eclipse.e4.ui.model.application.commands.MCommand;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspectiveStack;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

/**
 * The ui bundle is a plugin citizen: started on another application model (a window with an
 * empty perspective stack and the platform's menu ids, nothing of Reportbank, no life cycle), the
 * workbench still gets every view, command, key and menu of Reportbank and its perspective, from
 * the ui bundle's model fragment alone.
 */
class FragmentMergeTest {

	private static final Set<String> VIEWS = Set.of("navigator", "report", "statistics", "curation", "spans", "checks", "agreement",
			"recommenders",
			"palette", "properties");

	@Test
	void theFragmentBringsViewsCommandsKeysMenusAndThePerspectiveIntoAForeignWorkbench() throws Exception {
		TestWorkbench started = TestWorkbench.createForeign("org.reportbank.ui.tests/foreign.e4xmi");
		Display display = started.display;
		MApplication application = started.application;
		EModelService models = application.getContext().get(EModelService.class);
		List<String> findings = new ArrayList<>();
		UiScript script = new UiScript(display, started.workbench::close);
		script.step("the foreign window is up", () -> {
		}, () -> shell(display) != null, 20_000);
		script.step("everything of Reportbank is there", () -> {
			Set<String> commands = new TreeSet<>();
			for (MCommand command : application.getCommands()) {
				commands.add(command.getElementId());
			}
			for (String wanted : List.of("import", "preannotate", "export", "curate", "label", "move", "decision", "edge", "curation",
					"preferences", "help")) {
				check(findings, commands.contains("org.reportbank.ui.command." + wanted), "command " + wanted);
			}
			Set<String> descriptors = new TreeSet<>();
			for (MPartDescriptor descriptor : application.getDescriptors()) {
				descriptors.add(descriptor.getElementId());
			}
			for (String view : VIEWS) {
				check(findings, descriptors.contains("org.reportbank.ui.part." + view), "view " + view + " offered");
			}
			MPerspectiveStack stack = models.findElements(application, "org.example.foreign.perspectives", MPerspectiveStack.class)
					.get(0);
			MPerspective shown = stack.getSelectedElement();
			check(findings, shown != null && "org.reportbank.ui.perspective".equals(shown.getElementId()),
					"the Reportbank perspective is shown");
			if (shown != null) {
				for (String view : VIEWS) {
					check(findings, !models.findElements(shown, "org.reportbank.ui.part." + view, MPart.class).isEmpty(),
							"the perspective holds " + view);
				}
				MPart navigator = models.findElements(shown, "org.reportbank.ui.part.navigator", MPart.class).get(0);
				check(findings, navigator.getObject() != null, "the navigator is created (without a corpus it says so)");
			}
			Set<String> tables = new TreeSet<>();
			for (MBindingTable table : application.getBindingTables()) {
				if (!table.getBindings().isEmpty() || table.getElementId().endsWith("labels")) {
					tables.add(table.getElementId());
				}
			}
			check(findings, tables.containsAll(List.of("org.reportbank.ui.bindings.window", "org.reportbank.ui.bindings.annotating",
					"org.reportbank.ui.bindings.curating")), "key bindings: " + tables);
			List<String> menus = new ArrayList<>();
			Menu bar = shell(display).getMenuBar();
			for (MenuItem item : bar.getItems()) {
				menus.add(item.getText().replace("&", ""));
			}
			check(findings, menus.containsAll(List.of("Edit", "View", "Annotate", "Corpus", "Help")), "menus " + menus);
			check(findings, menus.indexOf("Corpus") < menus.indexOf("Help"), "Reportbank's menus come before Help: " + menus);
		});
		script.start(500, 60_000);
		started.run();
		assertEquals(List.of(), script.problems());
		assertEquals(List.of(), findings);
		assertTrue(script.completed(), "every step ran");
	}

	private static void check(List<String> findings, boolean ok, String what) {
		if (!ok) {
			findings.add("missing: " + what);
		}
	}

	private static Shell shell(Display display) {
		for (Shell shell : display.getShells()) {
			if ("Another Workbench".equals(shell.getText()) && shell.isVisible()) {
				return shell;
			}
		}
		return null;
	}
}
