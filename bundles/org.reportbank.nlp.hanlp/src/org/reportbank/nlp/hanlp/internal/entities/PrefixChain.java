package org.reportbank.nlp.hanlp.internal.entities;

import org.reportbank.nlp.hanlp.Token;

/**
 * The administrative prefixes left of a body: places with their level (柳州市, 城中 + 区, 广西壮族自治区),
 * or one bare level (区司法局, 自治区党委), and 中共 before them. HanLP often splits or mislabels
 * county names (柳南/nr, 兴/v 庆/vg 区), streets (北城/nz 街/n + 街道) and towns (中/f 梁山/ns + 街道),
 * so a place is read from tokens, not from HanLP's tags alone.
 */
final class PrefixChain {

	private static final int MAX_PREFIX_STEPS = 5;

	private final OrgLexicon lex = OrgLexicon.INSTANCE;
	private final NameWords words = new NameWords();

	/** Where the chain begins; {@code named} if it holds a place name, {@code bare} if only a level. */
	record Prefix(int begin, boolean named, boolean bare) {
	}

	/** The chain of administrative prefixes that ends where the body begins. */
	Prefix prefix(Body body, String folded, TokenIndex tokens, int limit) {
		int begin = body.begin();
		boolean named = false;
		boolean bare = false;
		for (int step = 0; step < MAX_PREFIX_STEPS; step++) {
			int placeBegin = namedPlaceEndingAt(folded, tokens, begin, limit);
			if (placeBegin >= 0) {
				begin = placeBegin;
				named = true;
				continue;
			}
			if (step == 0) {
				int levelBegin = bareLevelEndingAt(folded, tokens, begin, limit);
				if (levelBegin >= 0) {
					begin = levelBegin;
					bare = true;
				} else if (body.kind() == BodyKind.DEPT && body.fromList()) {
					// a place without its level right before a department: 广西司法厅, 城中公安局
					int t = tokens.endingAt(begin);
					if (t >= 0 && tokens.get(t).begin() >= limit && tokens.get(t).pos().startsWith("ns")) {
						begin = tokens.get(t).begin();
						named = true;
					}
				}
			}
			break;
		}
		if ((named || bare) && begin - 2 >= limit && folded.startsWith("中共", begin - 2)) {
			begin -= 2;
		}
		return new Prefix(begin, named, bare);
	}

	/** Begin of a place name with its level (柳州市, 城中 + 区, 广西壮族自治区) ending at {@code end}, or -1. */
	private int namedPlaceEndingAt(String folded, TokenIndex tokens, int end, int limit) {
		int[] province = { -1 };
		lex.provinces.matches(folded, end, (begin, v) -> {
			if (begin >= limit && tokens.isWordStart(begin) && tokens.isWordEnd(end)) {
				province[0] = begin;
			}
		});
		if (province[0] >= 0 && province[0] < end - 2 || province[0] >= 0 && lex.isLevelChar(folded.charAt(end - 1))) {
			return province[0]; // a full province name; a short one (广西) only before a body, see prefix()
		}
		int t = tokens.endingAt(end);
		if (t >= 0) {
			Token u = tokens.get(t);
			String w = folded.substring(u.begin(), u.end());
			if (u.begin() >= limit && u.pos().startsWith("ns") && w.length() >= 2 && lex.isLevelChar(w.charAt(w.length() - 1))) {
				return words.placeBegin(folded, tokens, u.begin(), lex.subDistrictLevels.contains(w.substring(w.length() - 1)), limit);
			}
		}
		int levelBegin = levelEndingAt(folded, tokens, end);
		if (levelBegin < 0) {
			return -1;
		}
		// the name before the level: one or two name tokens, the first a place or person name (HanLP
		// often calls 柳南, 沙井 person names), e.g. 城中 + 区, 东兴 + 镇, 广西 + 壮族 + 自治区
		int n = tokens.endingAt(levelBegin);
		if (n < 0 || tokens.get(n).begin() < limit) {
			return -1;
		}
		Token name = tokens.get(n);
		if (!NameWords.allHan(folded, name.begin(), name.end()) || lex.isFunctionChar(folded.charAt(name.begin()))) {
			return -1;
		}
		String level = folded.substring(levelBegin, end);
		boolean subDistrict = lex.subDistrictLevels.contains(level);
		int street = tokens.endingAt(name.begin());
		if (level.equals("街道") && street >= 0 && tokens.get(street).begin() >= limit && words.isCutStreetName(folded, tokens, street)) {
			return tokens.get(street).begin(); // 北城/nz 街/n 街道: a street name gives the sub-district its name
		}
		if (NameWords.isProperName(name)) {
			int m = tokens.endingAt(name.begin());
			if (m >= 0 && tokens.get(m).begin() >= limit && tokens.get(m).pos().startsWith("ns") && name.pos().startsWith("nz")) {
				return tokens.get(m).begin();
			}
			return words.placeBegin(folded, tokens, name.begin(), subDistrict, limit); // 中/f 梁山/ns 街道
		}
		// 银川市/ns 兴/v 庆/vg 区/n: HanLP breaks a rare county name into characters; two or three
		// characters between a place with its level and a level word are taken as the name
		int nameBegin = levelBegin;
		for (int k = 0; k < 2 && nameBegin - levelBegin > -3; k++) {
			int p = tokens.endingAt(nameBegin);
			if (p < 0 || tokens.get(p).begin() < limit || levelBegin - tokens.get(p).begin() > 3
					|| !NameWords.allHan(folded, tokens.get(p).begin(), tokens.get(p).end())) {
				break;
			}
			nameBegin = tokens.get(p).begin();
			int before = tokens.endingAt(nameBegin);
			if (levelBegin - nameBegin >= 2 && before >= 0 && words.isPlaceWithLevel(folded, tokens.get(before))) {
				for (int i = nameBegin; i < levelBegin; i++) {
					if (lex.isFunctionChar(folded.charAt(i))) {
						return -1;
					}
				}
				return nameBegin;
			}
		}
		return -1;
	}

	/** Begin of a level word (区, 自治区, 街道) ending at {@code end}, also when HanLP glued it to the body (区委, 镇政府). */
	private int levelEndingAt(String folded, TokenIndex tokens, int end) {
		int t = tokens.endingAt(end);
		if (t >= 0) {
			Token u = tokens.get(t);
			if (lex.bareLevels.contains(folded.substring(u.begin(), u.end()))) {
				return u.begin();
			}
		}
		if (end >= 1 && lex.isLevelChar(folded.charAt(end - 1))) {
			int c = tokens.covering(end - 1);
			if (c >= 0 && tokens.get(c).begin() == end - 1 && tokens.get(c).end() > end) {
				return end - 1; // 区委/nis, 区政/nr: the level opens a word that runs into the body
			}
		}
		return -1;
	}

	/** Begin of a level standing alone before a body (区司法局, 自治区党委), or -1. */
	private int bareLevelEndingAt(String folded, TokenIndex tokens, int end, int limit) {
		int begin = levelEndingAt(folded, tokens, end);
		return begin >= limit ? begin : -1;
	}
}
