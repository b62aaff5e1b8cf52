package org.reportbank.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Folder chores shared by the store, the export and the benchmarks. */
public final class Folders {

	private Folders() {
	}

	/** Removes a folder and everything in it (a link is removed, never followed); nothing happens if it does not exist. */
	public static void deleteTree(Path dir) throws IOException {
		if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(dir)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}
}
