package org.reportbank.core.labels;

import org.reportbank.model.Label;
import org.reportbank.model.LabelCategory;
import org.reportbank.model.LabelSet;
import org.reportbank.model.ReportbankFactory;

/**
 * The label set a new corpus starts with. Shortcut keys are digits so they never clash with the
 * editor's letter keys for navigation; colors are told apart by hue and stay readable on white.
 */
public final class DefaultLabels {

	public static final String ORG = "ORG";
	public static final String PER = "PER";
	public static final String LOC = "LOC";
	public static final String LAW = "LAW";
	public static final String DATE = "DATE";
	public static final String METRIC = "METRIC";
	public static final String ACHIEVEMENT = "ACHIEVEMENT";
	public static final String PROBLEM = "PROBLEM";
	public static final String PLAN = "PLAN";

	private DefaultLabels() {
	}

	/**
	 * The entity and metric colors come from color-blind-safe palettes (Okabe–Ito, Tol), chosen so
	 * their tints on the text stay apart for every color vision (see {@link LabelColors}).
	 */
	public static LabelSet create() {
		LabelSet set = ReportbankFactory.eINSTANCE.createLabelSet();
		set.setName("rule-of-law reports (default)");
		add(set, ORG, LabelCategory.ENTITY, "#332288", "1",
				"An organization or government body, full name as written: 区司法局, 市公安局城中分局柳东派出所.");
		add(set, PER, LabelCategory.ENTITY, "#cc3311", "2", "A person's name, without title or office: 庞翰雯, not 信息员庞翰雯.");
		add(set, LOC, LabelCategory.ENTITY, "#56b4e9", "3",
				"A place that is not named as a government body: 柳南区 as a territory, 莲花山片区, 两镇.");
		add(set, LAW, LabelCategory.ENTITY, "#882255", "4",
				"The title of a law, regulation or document inside 《》, without the brackets: 法治政府建设实施纲要（2015-2020年）.");
		add(set, DATE, LabelCategory.ENTITY, "#999999", "5", "A date or period: 2023年, 7月3日, 2021-2025年.");
		add(set, METRIC, LabelCategory.METRIC, "#e69f00", "6",
				"A number with its unit, including approximation words: 受理68件 → 68件, 960余人次, 败诉率4% → 4%, 23.07亿元.");
		add(set, ACHIEVEMENT, LabelCategory.CLAIM, "#17becf", "7", "A sentence stating something done or achieved.");
		add(set, PROBLEM, LabelCategory.CLAIM, "#e377c2", "8", "A sentence stating a shortcoming or problem.");
		add(set, PLAN, LabelCategory.CLAIM, "#bcbd22", "9", "A sentence stating what will be done next.");
		return set;
	}

	private static void add(LabelSet set, String name, LabelCategory category, String color, String shortcut,
			String guideline) {
		Label label = ReportbankFactory.eINSTANCE.createLabel();
		label.setName(name);
		label.setCategory(category);
		label.setColor(color);
		label.setShortcut(shortcut);
		label.setGuideline(guideline);
		set.getLabels().add(label);
	}
}
