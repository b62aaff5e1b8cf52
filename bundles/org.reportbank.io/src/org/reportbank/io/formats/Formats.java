package org.reportbank.io.formats;

import java.util.List;
import java.util.Optional;

import org.reportbank.io.dataset.DatasetFormat;

/** The export formats Reportbank knows, by name. */
public final class Formats {

	private static final List<DatasetFormat> ALL = List.of(new JsonlFormat(), new ConllFormat(), CharBioFormat.bio(),
			CharBioFormat.bmes(), new BratFormat(), new DoccanoFormat());

	private Formats() {
	}

	public static List<DatasetFormat> all() {
		return ALL;
	}

	public static Optional<DatasetFormat> named(String name) {
		return ALL.stream().filter(f -> f.name().equals(name)).findFirst();
	}
}
