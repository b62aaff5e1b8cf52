package org.reportbank.cli.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Corpus folders in tests: a hash of every file, to show that nothing changed, and copies to work on. */
final class Snapshots {

	private Snapshots() {
	}

	/** The lock file is left out: it says who wrote last and is no content. */
	static Map<String, String> of(Path root) throws IOException {
		Map<String, String> files = new TreeMap<>();
		if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
			return files;
		}
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path p : walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).filter(p -> !p.endsWith(".lock")).toList()) {
				files.put(root.relativize(p).toString(), sha256(Files.readAllBytes(p)));
			}
		}
		return files;
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-256", e);
		}
	}

	/** A copy of a corpus folder without its lock file, as another machine would receive it. */
	static Path copy(Path from, Path to) throws IOException {
		try (Stream<Path> walk = Files.walk(from)) {
			for (Path p : walk.toList()) {
				Path target = to.resolve(from.relativize(p).toString());
				if (Files.isDirectory(p)) {
					Files.createDirectories(target);
				} else if (!p.getFileName().toString().equals(".lock")) {
					Files.copy(p, target);
				}
			}
		}
		return to;
	}
}
