package org.reportbank.nlp.hanlp.internal.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives a short organization name the longer name the same text uses for the same body: 区司法局 →
 * 柳州市城中区司法局, 柳东派出所 → 市公安局城中分局柳东派出所. A bare level must agree with the level
 * it stands for (区司法局 fits 城中区司法局, 市司法局 does not), and a name that fits several longer
 * names that disagree (司法局 with both 市司法局 and 区司法局 around) gets none.
 */
final class OrgCanonicalizer {

	private final OrgLexicon lex = OrgLexicon.INSTANCE;

	List<EntityMention> canonicalize(String text, String folded, List<EntityMention> orgs) {
		Map<String, String> originalOf = new LinkedHashMap<>(); // normalized name -> first original spelling
		Map<EntityMention, String> normalized = new HashMap<>();
		for (EntityMention m : orgs) {
			String norm = normalize(folded.substring(m.begin(), m.end()));
			normalized.put(m, norm);
			originalOf.putIfAbsent(norm, text.substring(m.begin(), m.end()));
		}
		Map<String, String> canonicalOf = new HashMap<>();
		List<EntityMention> result = new ArrayList<>(orgs.size());
		for (EntityMention m : orgs) {
			String norm = normalized.get(m);
			String canonical = canonicalOf.computeIfAbsent(norm, k -> longerForm(k, originalOf));
			result.add(canonical == null || canonical.isEmpty() ? m
					: new EntityMention(m.begin(), m.end(), m.label(), m.confidence(), canonical));
		}
		return result;
	}

	/** The original spelling of the longest name of the same body, "" if none or ambiguous. */
	private String longerForm(String name, Map<String, String> originalOf) {
		String longest = null;
		List<String> fits = new ArrayList<>();
		for (String other : originalOf.keySet()) {
			if (other.length() > name.length() && sameBody(other, name)) {
				fits.add(other);
				if (longest == null || other.length() > longest.length()) {
					longest = other;
				}
			}
		}
		for (String fit : fits) {
			if (!longest.endsWith(fit) && !sameBody(longest, fit)) {
				return ""; // two different bodies could be meant
			}
		}
		return longest == null ? "" : originalOf.get(longest);
	}

	/** True if {@code shorter} can be a short form of {@code longer}. */
	private boolean sameBody(String longer, String shorter) {
		for (String level : lex.bareLevels) {
			if (shorter.charAt(0) == level.charAt(0) && shorter.startsWith(level) && shorter.length() > level.length()) {
				// a bare level stands for the level it names: 区司法局 in 柳州市城中区司法局, 城区政府 in 江南区政府,
				// but 区 is not the 区 of 自治区 and 市 not the 市 of 城市
				String rest = shorter.substring(level.length());
				if (!longer.endsWith(rest) || longer.length() - rest.length() < 2) {
					continue;
				}
				String before = longer.substring(0, longer.length() - rest.length());
				String standsFor = level.equals("城区") ? "区" : level;
				if (before.endsWith(standsFor) && (standsFor.equals("自治区") || !before.endsWith("自治区"))
						&& !otherLevelWord(before, standsFor)) {
					return true;
				}
			}
		}
		if (longer.endsWith(shorter)) {
			// a name without level: 柳东派出所 of 市公安局城中分局柳东派出所, but 法制办 is not 国务院法制办
			String extra = longer.substring(0, longer.length() - shorter.length());
			return !extra.startsWith("国务院") && !extra.startsWith("中共中央") && !extra.startsWith("中央") && !extra.startsWith("全国")
					&& !extra.startsWith("国家") && !lex.isLevelChar(shorter.charAt(0));
		}
		return false;
	}

	/** True if the level that ends {@code before} is a longer level word than the bare one (新区, 城区 for 区). */
	private static boolean otherLevelWord(String before, String standsFor) {
		return standsFor.equals("区") && (before.endsWith("新区") || before.endsWith("开发区") || before.endsWith("高新区"));
	}

	/** Short and full body words compare equal: 区政府 and 区人民政府 are the same body. */
	private static String normalize(String name) {
		return name.replace("人民政府", "政府").replace("人民法院", "法院").replace("人民检察院", "检察院")
				.replace("市场监督管理局", "市场监管局");
	}
}
