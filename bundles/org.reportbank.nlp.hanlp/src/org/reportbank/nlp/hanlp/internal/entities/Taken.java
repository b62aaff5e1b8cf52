package org.reportbank.nlp.hanlp.internal.entities;

/** Which characters a finder's mentions already cover, so later finders do not tag them again. */
final class Taken {

	private Taken() {
	}

	static boolean overlaps(boolean[] taken, int begin, int end) {
		for (int k = begin; k < end; k++) {
			if (taken[k]) {
				return true;
			}
		}
		return false;
	}

	static void mark(boolean[] taken, int begin, int end) {
		for (int k = begin; k < end; k++) {
			taken[k] = true;
		}
	}
}
