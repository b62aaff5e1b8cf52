package org.reportbank.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;

/** Pictures of windows as the X server shows them, in target/screenshots, for a person to look at after a run. */
final class Screenshots {

	private Screenshots() {
	}

	/** Saves what the screen shows of the window as NAME.png; a picture is a by-product, so a failure is only a finding. */
	static void take(UiDriver driver, Shell window, String name) {
		UiDriver.pause(300); // the window has painted
		driver.ui(() -> {
			try {
				Path folder = Path.of("target", "screenshots");
				Files.createDirectories(folder);
				// the window's inside, where the display has it (GTK's bounds hold an invisible shadow margin)
				Rectangle inside = window.getClientArea();
				org.eclipse.swt.graphics.Point origin = window.toDisplay(0, 0);
				GC screen = new GC(window.getDisplay());
				Image image = new Image(window.getDisplay(), inside.width, inside.height);
				try {
					screen.copyArea(image, origin.x, origin.y);
					ImageLoader saver = new ImageLoader();
					saver.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
					saver.save(folder.resolve(name + ".png").toString(), SWT.IMAGE_PNG);
				} finally {
					image.dispose();
					screen.dispose();
				}
			} catch (java.io.IOException | RuntimeException e) {
				driver.findings.add("no screenshot " + name + ": " + e);
			}
		});
	}
}
