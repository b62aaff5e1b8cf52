package org.reportbank.nlp.hanlp.internal.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.reportbank.nlp.hanlp.Token;

/**
 * Places named as territories: HanLP's place words with the level words HanLP leaves apart (城中 +
 * 区, 环江 + 村), and names before 片区, 社区, 村, 街道 (莲花山片区), also a street name HanLP cut
 * before its 街 or 路 (北城 + 街 + 街道). A lone character HanLP split off the front of a name is
 * taken back (柳/ng 东村, 中/f 梁山街道), a function word never (在梁山街道). A place that is the
 * prefix of an organization (柳州市 in 柳州市城中区司法局) is part of that name, not a place of its
 * own, and places inside 《》 titles belong to the title.
 */
final class PlaceFinder {

	static final String LABEL = "LOC";

	private static final Set<String> LEVELS = Set.of("省", "市", "区", "县", "旗", "州", "盟", "镇", "乡", "村", "街道", "片区", "社区",
			"自治区", "自治州", "自治县", "新区", "城区", "屯");
	private static final String LEVEL_FIRST = "省市区县旗州盟镇乡村街片社自新城屯";
	/** Level words that turn any name word before them into a place (HanLP calls 莲花山 nz, 沙井 nr). */
	private static final Set<String> NAMING_LEVELS = Set.of("片区", "社区", "村", "街道", "镇", "乡");
	/** Autonomous regions, which HanLP cuts into place, people and level. */
	private static final String[] REGIONS = { "广西壮族自治区", "宁夏回族自治区", "新疆维吾尔自治区", "内蒙古自治区", "西藏自治区" };
	private static final Set<String> NOT_PLACES = Set.of("街道", "社区", "乡镇", "城乡", "农村", "城区");
	/** Levels a street gives its name to: 北城街街道, 中山路社区. */
	private static final Set<String> STREET_LEVELS = Set.of("街道", "社区");

	private final NameWords words = new NameWords();

	List<EntityMention> find(String folded, TokenIndex tokens, boolean[] taken) {
		List<EntityMention> found = new ArrayList<>();
		for (int i = 0; i < tokens.size(); i++) {
			Token t = tokens.get(i);
			String pos = t.pos();
			boolean place = pos.startsWith("ns") && !pos.equals("nsf");
			// 北城/nz 街/n 街道, 解放/v 街/n 街道: the street word belongs to the name before 街道 or 社区
			int nameEnd = t.end();
			if (words.isCutStreetName(folded, tokens, i)) {
				int streetLevelEnd = levelAfter(folded, tokens, t.end() + 1);
				if (streetLevelEnd > 0 && STREET_LEVELS.contains(folded.substring(t.end() + 1, streetLevelEnd))) {
					nameEnd = t.end() + 1;
				}
			}
			if (!place && nameEnd == t.end() && !pos.startsWith("nz") && !pos.startsWith("nr")) {
				continue;
			}
			int levelEnd = levelAfter(folded, tokens, nameEnd);
			boolean nameBeforeLevel = !place && levelEnd > 0 && NAMING_LEVELS.contains(folded.substring(nameEnd, levelEnd));
			String w = folded.substring(t.begin(), t.end());
			if ((!place && !nameBeforeLevel) || NOT_PLACES.contains(w) || !NameWords.allHan(folded, t.begin(), t.end())) {
				continue;
			}
			int begin = t.begin();
			int end = nameEnd;
			boolean leveled = w.length() >= 2 && "省市区县旗镇乡村".indexOf(w.charAt(w.length() - 1)) >= 0;
			for (String region : REGIONS) {
				if (folded.startsWith(region, begin) && tokens.isWordEnd(begin + region.length())) {
					end = begin + region.length(); // 广西/ns 壮族/nz 自治区/n
					leveled = true;
				}
			}
			while (true) {
				for (int next = levelAfter(folded, tokens, end); next > 0; next = levelAfter(folded, tokens, end)) {
					end = next; // 城中 + 区, 莲花山 + 片/q 区/n
					leveled = true;
				}
				int following = tokens.startingAt(end);
				if (!leveled || following < 0 || !tokens.get(following).pos().startsWith("ns") || tokens.get(following).pos().equals("nsf")
						|| NOT_PLACES.contains(word(folded, tokens.get(following)))) {
					break;
				}
				end = tokens.get(following).end(); // 安徽省 + 宿松县: one place, the smaller inside the larger
			}
			int last = i;
			while (last + 1 < tokens.size() && tokens.get(last + 1).end() <= end) {
				last++;
			}
			// 柳/ng 东村/ns, 中/f 梁山街道: a lone character HanLP split off the front of the name
			begin = words.placeBegin(folded, tokens, begin, namedByLevel(folded, begin, end), 0);
			if (w.equals("中国") && folded.startsWith("特色", end)) {
				continue; // 中国特色社会主义: an attribute, not a place
			}
			if (!Taken.overlaps(taken, begin, end)) {
				found.add(new EntityMention(begin, end, LABEL, leveled ? 0.75 : 0.6, null));
				Taken.mark(taken, begin, end);
			}
			i = last;
		}
		return found;
	}

	/** True if the place ends in a level that names towns, streets and villages (街道, 镇, 村). */
	private static boolean namedByLevel(String folded, int begin, int end) {
		for (String level : NAMING_LEVELS) {
			if (end - begin > level.length() && folded.startsWith(level, end - level.length())) {
				return true;
			}
		}
		return false;
	}

	private static String word(String folded, Token t) {
		return folded.substring(t.begin(), t.end());
	}

	/** End of a level word (区, 片区, 街道) that starts at {@code at} and ends a HanLP word, or -1. */
	private static int levelAfter(String folded, TokenIndex tokens, int at) {
		if (at >= folded.length() || LEVEL_FIRST.indexOf(folded.charAt(at)) < 0 || !tokens.isWordStart(at)) {
			return -1;
		}
		for (int len = 3; len >= 1; len--) {
			if (at + len <= folded.length() && tokens.isWordEnd(at + len) && LEVELS.contains(folded.substring(at, at + len))) {
				return at + len;
			}
		}
		return -1;
	}
}
