package org.reportbank.core.importing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The files an import reads, in the order it reads them: each file named, and the files found
 * under each folder named, sorted as paths sort. A folder may hold a hundred thousand reports, so
 * a file found in one is kept as the bytes of its path below that folder (about 20 bytes for a
 * name such as {@code r000123.txt}), not as a {@link Path} (about 150).
 */
final class ImportFiles {

	/** The files and folders named, in the order they were named. */
	private final List<Path> named = new ArrayList<>();
	private int[] namedOf = new int[64];
	/** The bytes of the i-th file's path below its folder are {@code below[start[i]] .. below[start[i] + length[i]]}. */
	private int[] start = new int[64];
	private int[] length = new int[64];
	private byte[] below = new byte[4096];
	private int used;
	private int size;
	/** The few files whose path does not survive as text, by index before sorting, then after. */
	private final Map<Integer, Path> notText = new HashMap<>();

	/** A file named by itself: read as it was named. */
	void addFile(Path file) {
		named.add(file);
		append(named.size() - 1, new byte[0]);
	}

	/** A folder named, whose files are then given with {@link #addFound}, and sorted by {@link #endFolder}. */
	int beginFolder(Path folder) {
		named.add(folder);
		return size;
	}

	void addFound(Path file) {
		Path folder = named.get(named.size() - 1);
		String relative = folder.relativize(file).toString();
		if (!folder.resolve(relative).equals(file)) {
			notText.put(size, file); // a name in another encoding than the system's: kept as found, to be opened as it is
		}
		append(named.size() - 1, relative.getBytes(StandardCharsets.UTF_8));
	}

	/** Sorts the files found since {@link #beginFolder} returned {@code first}, as their paths would sort. */
	void endFolder(int first) {
		int[] order = new int[size - first];
		for (int i = 0; i < order.length; i++) {
			order[i] = first + i;
		}
		sort(order, new int[order.length], 0, order.length);
		int[] starts = new int[order.length];
		int[] lengths = new int[order.length];
		for (int i = 0; i < order.length; i++) {
			starts[i] = start[order[i]];
			lengths[i] = length[order[i]];
		}
		System.arraycopy(starts, 0, start, first, order.length);
		System.arraycopy(lengths, 0, length, first, order.length);
		if (!notText.isEmpty()) {
			Map<Integer, Path> moved = new HashMap<>();
			for (int i = 0; i < order.length; i++) {
				Path asFound = notText.get(order[i]);
				if (asFound != null) {
					moved.put(first + i, asFound);
				}
			}
			notText.keySet().removeIf(index -> index >= first);
			notText.putAll(moved);
		}
	}

	int size() {
		return size;
	}

	Path get(int index) {
		Path asFound = notText.get(index);
		if (asFound != null) {
			return asFound;
		}
		Path root = named.get(namedOf[index]);
		return length[index] == 0 ? root : root.resolve(new String(below, start[index], length[index], StandardCharsets.UTF_8));
	}

	private void append(int namedIndex, byte[] path) {
		if (size == start.length) {
			namedOf = Arrays.copyOf(namedOf, size * 2);
			start = Arrays.copyOf(start, size * 2);
			length = Arrays.copyOf(length, size * 2);
		}
		if (used + path.length > below.length) {
			below = Arrays.copyOf(below, Math.max(below.length * 2, used + path.length));
		}
		System.arraycopy(path, 0, below, used, path.length);
		namedOf[size] = namedIndex;
		start[size] = used;
		length[size] = path.length;
		used += path.length;
		size++;
	}

	/** A merge sort of file indices by their bytes: no object per file, stable as the stream's sort was. */
	private void sort(int[] order, int[] scratch, int from, int to) {
		if (to - from < 2) {
			return;
		}
		int middle = (from + to) >>> 1;
		sort(order, scratch, from, middle);
		sort(order, scratch, middle, to);
		int left = from;
		int right = middle;
		for (int i = from; i < to; i++) {
			scratch[i] = right >= to || left < middle && compare(order[left], order[right]) <= 0 ? order[left++] : order[right++];
		}
		System.arraycopy(scratch, from, order, from, to - from);
	}

	/** Byte by byte, unsigned, then the shorter first: how paths of one folder compare on Linux. */
	private int compare(int a, int b) {
		return Arrays.compareUnsigned(below, start[a], start[a] + length[a], below, start[b], start[b] + length[b]);
	}
}
