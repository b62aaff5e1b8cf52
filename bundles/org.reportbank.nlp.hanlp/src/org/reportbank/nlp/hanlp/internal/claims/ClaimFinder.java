package org.reportbank.nlp.hanlp.internal.claims;

import java.util.ArrayList;
import java.util.List;

import org.reportbank.core.labels.DefaultLabels;
import org.reportbank.core.text.Sentences;
import org.reportbank.model.Section;
import org.reportbank.model.SectionKind;
import org.reportbank.nlp.hanlp.internal.text.WordList;

/**
 * Finds claims: sentences in the achievements, problems or plans part of a report that say
 * something was done, falls short, or will be done. The part gives the type; the wording decides
 * whether the sentence is a claim at all (and how sure we are). Headings are not claims.
 */
public final class ClaimFinder {

	private static final WordList ACHIEVED = WordList.of("开展", "完成", "建立", "制定", "出台", "印发", "办理", "办结", "审查", "审结", "受理",
			"组织", "实现", "举办", "召开", "化解", "调解", "培训", "荣获", "获评", "获得", "获", "提升", "提高", "健全", "完善", "推行", "落实", "推进",
			"压缩", "缩短", "清理", "公开", "聘请", "参加", "覆盖", "成立", "设立", "上线", "发放", "共计", "累计");
	private static final WordList SHORTFALL = WordList.of("不足", "有待", "仍需", "仍然", "仍有", "仍存在", "欠缺", "不够", "不到位", "薄弱", "滞后",
			"差距", "不强", "不高", "不准确", "不规范", "不完善", "不平衡", "问题", "短板", "困难");
	private static final WordList INTENT = WordList.of("将", "继续", "进一步", "持续", "着力", "力争", "切实", "坚持", "深入", "全面", "加快", "推动",
			"做好", "抓好", "强化", "加强", "完善", "健全", "确保", "争取");

	public List<ClaimMention> find(String text, List<Section> sections, List<int[]> metricSpans) {
		List<ClaimMention> claims = new ArrayList<>();
		for (Sentences.Sentence sentence : Sentences.of(text)) {
			Section section = innermost(sections, sentence.begin());
			if (section == null || isHeading(section, sentence)) {
				continue;
			}
			String type = typeOf(section.getKind()); // sections inherit the kind of their part
			if (type == null) {
				continue;
			}
			String words = text.substring(sentence.begin(), sentence.end());
			double confidence = confidence(type, words, hasMetric(sentence, metricSpans));
			if (confidence > 0) {
				claims.add(new ClaimMention(sentence.begin(), sentence.end(), type, section.getId(), confidence));
			}
		}
		return claims;
	}

	private static double confidence(String type, String words, boolean hasMetric) {
		return switch (type) {
		case DefaultLabels.ACHIEVEMENT -> hasMetric ? 0.85 : ACHIEVED.occursIn(words) ? 0.65 : 0;
		case DefaultLabels.PROBLEM -> SHORTFALL.occursIn(words) ? 0.8 : 0.4;
		case DefaultLabels.PLAN -> INTENT.occursIn(words) ? 0.75 : 0.4;
		default -> 0;
		};
	}

	private static String typeOf(SectionKind kind) {
		return switch (kind) {
		case ACHIEVEMENTS, DUTIES -> DefaultLabels.ACHIEVEMENT;
		case PROBLEMS -> DefaultLabels.PROBLEM;
		case PLANS -> DefaultLabels.PLAN;
		default -> null;
		};
	}

	/** Whether a metric begins inside the sentence; {@code metricSpans} are in text order. */
	private static boolean hasMetric(Sentences.Sentence sentence, List<int[]> metricSpans) {
		int low = 0;
		int high = metricSpans.size();
		while (low < high) { // first metric beginning at or after the sentence
			int mid = (low + high) >>> 1;
			if (metricSpans.get(mid)[0] < sentence.begin()) {
				low = mid + 1;
			} else {
				high = mid;
			}
		}
		return low < metricSpans.size() && sentence.contains(metricSpans.get(low)[0]);
	}

	/** A sentence that is (or lies within) the heading of a section at any level. */
	private static boolean isHeading(Section section, Sentences.Sentence sentence) {
		for (Section s = section; s != null; s = s.eContainer() instanceof Section parent ? parent : null) {
			if (s.getHeadingEnd() > s.getBegin() && sentence.begin() < s.getHeadingEnd() && sentence.begin() >= s.getBegin()) {
				return true;
			}
		}
		return false;
	}

	private static Section innermost(List<Section> sections, int offset) {
		for (Section s : sections) {
			if (s.getBegin() <= offset && offset < Math.max(s.getEnd(), s.getBegin() + 1)) {
				Section inner = innermost(s.getChildren(), offset);
				return inner != null ? inner : s;
			}
		}
		return null;
	}
}
