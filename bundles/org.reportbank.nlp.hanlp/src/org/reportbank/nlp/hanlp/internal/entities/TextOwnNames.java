package org.reportbank.nlp.hanlp.internal.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.reportbank.nlp.hanlp.internal.text.CharTrie;

/**
 * Bodies a text names in full once and then by their short name: 区民族宗教事务委员会, later just
 * 民族宗教事务委员会, which alone the rules would take for a kind of committee. The text's own full
 * names vouch for the short ones, found in one trie walk over the text.
 */
final class TextOwnNames {

	private static final double CONFIDENCE = 0.75;
	private static final NameWords WORDS = new NameWords();

	private TextOwnNames() {
	}

	static List<EntityMention> find(String folded, TokenIndex tokens, List<EntityMention> found, Set<String> names, OrgFinder orgs) {
		List<EntityMention> more = new ArrayList<>();
		if (names.isEmpty()) {
			return more;
		}
		CharTrie<Boolean> trie = CharTrie.forward();
		names.forEach(name -> trie.put(name, Boolean.TRUE));
		boolean[] taken = new boolean[folded.length() + 1];
		found.forEach(m -> Taken.mark(taken, m.begin(), m.end()));
		int[] best = new int[1];
		CharTrie.Hit<Boolean> hit = (end, v) -> {
			if (tokens.isWordEnd(end)) {
				best[0] = end;
			}
		};
		for (int ti = 0; ti < tokens.size(); ti++) {
			int i = tokens.get(ti).begin();
			if (taken[i]) {
				continue;
			}
			best[0] = -1;
			trie.matches(folded, i, hit);
			// a level right before is a prefixed form the rules turned down on purpose (街道 + 人民调解委员会)
			if (best[0] > 0 && !Taken.overlaps(taken, i, best[0]) && !orgs.qualified(folded, tokens, i)
					&& (ti == 0 || !WORDS.isPrefixWord(folded, tokens, ti - 1) || tokens.get(ti - 1).end() != i)) {
				more.add(new EntityMention(i, best[0], OrgFinder.LABEL, CONFIDENCE, null));
				Taken.mark(taken, i, best[0]);
			}
		}
		return more;
	}
}
