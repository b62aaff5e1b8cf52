package org.reportbank.nlp.hanlp.internal.text;

/**
 * A character trie over word lists, so a text is matched against hundreds of names in one walk per
 * position instead of one {@code indexOf} per name. A backward trie matches words that end at a
 * position, which is how prefixes (柳州市, 广西壮族自治区) are found to the left of a body.
 */
public final class CharTrie<V> {

	/** Children in a sorted char array: no boxing of characters, a binary search per step. */
	private static final class Node<V> {
		char[] keys = new char[0];
		Node<V>[] kids = newArray(0);
		V value;

		Node<V> get(char c) {
			int at = java.util.Arrays.binarySearch(keys, c);
			return at >= 0 ? kids[at] : null;
		}

		Node<V> getOrAdd(char c) {
			int at = java.util.Arrays.binarySearch(keys, c);
			if (at >= 0) {
				return kids[at];
			}
			int ins = -at - 1;
			char[] k = new char[keys.length + 1];
			Node<V>[] n = newArray(keys.length + 1);
			System.arraycopy(keys, 0, k, 0, ins);
			System.arraycopy(kids, 0, n, 0, ins);
			k[ins] = c;
			n[ins] = new Node<>();
			System.arraycopy(keys, ins, k, ins + 1, keys.length - ins);
			System.arraycopy(kids, ins, n, ins + 1, keys.length - ins);
			keys = k;
			kids = n;
			return n[ins];
		}

		@SuppressWarnings("unchecked")
		private static <V> Node<V>[] newArray(int size) {
			return (Node<V>[]) new Node<?>[size];
		}
	}

	private final Node<V> root = new Node<>();
	/** The root's children by character (index + 1, 0 for none): the first step is one array read. */
	private volatile short[] rootSlot; // built lazily; volatile so threads sharing the static word lists see it whole
	private final boolean backward;

	private CharTrie(boolean backward) {
		this.backward = backward;
	}

	public static <V> CharTrie<V> forward() {
		return new CharTrie<>(false);
	}

	public static <V> CharTrie<V> backward() {
		return new CharTrie<>(true);
	}

	public void put(String word, V value) {
		rootSlot = null; // rebuilt on the next match
		Node<V> node = root;
		for (int k = 0; k < word.length(); k++) {
			char c = word.charAt(backward ? word.length() - 1 - k : k);
			node = node.getOrAdd(c);
		}
		node.value = value;
	}

	/**
	 * Forward: every word starting at {@code at}, reported by its end offset, shortest first.
	 * Backward: every word ending at {@code at}, reported by its begin offset, shortest first.
	 */
	public void matches(CharSequence text, int at, Hit<V> hit) {
		if (backward ? at == 0 : at >= text.length()) {
			return;
		}
		short[] slots = rootSlot;
		if (slots == null) {
			slots = new short[1 << 16];
			for (int k = 0; k < root.keys.length; k++) {
				slots[root.keys[k]] = (short) (k + 1);
			}
			rootSlot = slots;
		}
		int slot = slots[text.charAt(backward ? at - 1 : at)];
		if (slot == 0) {
			return;
		}
		Node<V> node = root;
		if (backward) {
			for (int i = at - 1; i >= 0; i--) {
				node = i == at - 1 ? root.kids[slot - 1] : node.get(text.charAt(i));
				if (node == null) {
					return;
				}
				if (node.value != null) {
					hit.found(i, node.value);
				}
			}
		} else {
			for (int i = at; i < text.length(); i++) {
				node = i == at ? root.kids[slot - 1] : node.get(text.charAt(i));
				if (node == null) {
					return;
				}
				if (node.value != null) {
					hit.found(i + 1, node.value);
				}
			}
		}
	}

	public V get(CharSequence word) {
		Node<V> node = root;
		for (int k = 0; k < word.length() && node != null; k++) {
			node = node.get(word.charAt(backward ? word.length() - 1 - k : k));
		}
		return node == null ? null : node.value;
	}

	public interface Hit<V> {
		void found(int offset, V value);
	}
}
