package org.reportbank.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** Folder chores shared by the store, the export and the benchmarks. */
public final class Folders {

	private Folders() {
	}

	/**
	 * Removes a folder and everything in it (a link is removed, never followed); nothing happens if
	 * it does not exist. Walked depth first, so a folder of a hundred thousand reports is removed
	 * without listing it in memory.
	 */
	public static void deleteTree(Path dir) throws IOException {
		if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		Files.walkFileTree(dir, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
				Files.deleteIfExists(file);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(Path folder, IOException problem) throws IOException {
				if (problem != null) {
					throw problem;
				}
				Files.deleteIfExists(folder);
				return FileVisitResult.CONTINUE;
			}
		});
	}
}
