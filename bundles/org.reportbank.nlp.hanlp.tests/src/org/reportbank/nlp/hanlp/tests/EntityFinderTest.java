package org.reportbank.nlp.hanlp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportbank.nlp.hanlp.HanlpTokenizer;
import org.reportbank.nlp.hanlp.internal.entities.EntityFinder;
import org.reportbank.nlp.hanlp.internal.entities.EntityMention;

/** Entities in texts of the genre written for these tests, with the real HanLP tokens. */
class EntityFinderTest {

	private final HanlpTokenizer tokenizer = new HanlpTokenizer();
	private final EntityFinder finder = new EntityFinder();

	/** Finds the entities and checks what must hold for any text: offsets, order, no same-label overlap. */
	static List<EntityMention> find(HanlpTokenizer tokenizer, EntityFinder finder, String text) {
		List<EntityMention> found = finder.find(text, tokenizer.tokenize(text));
		int lastBegin = -1;
		for (EntityMention m : found) {
			assertTrue(0 <= m.begin() && m.begin() < m.end() && m.end() <= text.length(), m.toString());
			assertTrue(m.begin() >= lastBegin, "sorted by begin: " + m);
			assertTrue(m.confidence() > 0 && m.confidence() <= 1, m.toString());
			assertTrue(List.of("ORG", "PER", "LOC", "LAW", "DATE").contains(m.label()), m.toString());
			assertFalse(Character.isLowSurrogate(text.charAt(m.begin())), "begins inside a surrogate pair: " + m);
			lastBegin = m.begin();
		}
		for (int i = 0; i < found.size(); i++) {
			for (int j = i + 1; j < found.size() && found.get(j).begin() < found.get(i).end(); j++) {
				assertFalse(found.get(i).label().equals(found.get(j).label()), "same label overlaps: " + found.get(i) + " " + found.get(j));
			}
		}
		return found;
	}

	private List<EntityMention> find(String text) {
		return find(tokenizer, finder, text);
	}

	static List<String> texts(String text, List<EntityMention> found, String label) {
		return found.stream().filter(m -> m.label().equals(label)).map(m -> text.substring(m.begin(), m.end())).toList();
	}

	private static EntityMention only(String text, List<EntityMention> found, String label, String surface) {
		List<EntityMention> hits = found.stream()
				.filter(m -> m.label().equals(label) && text.substring(m.begin(), m.end()).equals(surface)).toList();
		assertEquals(1, hits.size(), label + " " + surface + " in " + texts(text, found, label));
		return hits.get(0);
	}

	@Test
	void titlesAreTheTextInsideTheOuterBrackets() {
		String text = "依据《中华人民共和国行政复议法》和《柳州市城中区贯彻执行〈广西法治政府建设实施方案（2021—2025年）〉的工作方案》，"
				+ "印发了《柳州市城中区贯彻执行《广西法治政府建设实施方案（2021—2025年）》的工作方案》。";
		List<EntityMention> found = find(text);
		assertEquals(List.of("中华人民共和国行政复议法", "柳州市城中区贯彻执行〈广西法治政府建设实施方案（2021—2025年）〉的工作方案",
				"柳州市城中区贯彻执行《广西法治政府建设实施方案（2021—2025年）》的工作方案"), texts(text, found, "LAW"));
		found.stream().filter(m -> m.label().equals("LAW")).forEach(m -> assertEquals(0.95, m.confidence()));
	}

	@Test
	void anUnclosedTitleKeepsTheCompleteOneInsideAndStopsAtTheLineEnd() {
		String text = "学习《关于《行政处罚法》的解读\n下一段依照《行政许可法》办理。";
		assertEquals(List.of("行政处罚法", "行政许可法"), texts(text, find(text), "LAW"));
	}

	@Test
	void datesAndPeriodsButNotDocumentNumbersOrDurations() {
		String text = "2018年1月26日，二〇一八年一月二十六日，2023年度，7月3日，1-6月，10月16-20日、2021-2025年规划，"
				+ "发布时间：2024-03-28 09:18。江府发〔2017〕4号，为期6个月，受理68件，第3批，12345热线。";
		assertEquals(List.of("2018年1月26日", "二〇一八年一月二十六日", "2023年度", "7月3日", "1-6月", "10月16-20日", "2021-2025年",
				"2024-03-28"), texts(text, find(text), "DATE"));
	}

	@Test
	void aPlanPeriodInsideATitleIsADateToo() {
		String text = "制定并实施《法治政府建设实施方案（2021－2025年）》。";
		List<EntityMention> found = find(text);
		assertEquals(List.of("法治政府建设实施方案（2021－2025年）"), texts(text, found, "LAW"));
		assertEquals(List.of("2021－2025年"), texts(text, found, "DATE"));
	}

	@Test
	void bodiesWithTheirAdministrativePrefixesAndSubUnits() {
		String text = "2023年，柳州市城中区司法局会同市公安局城中分局柳东派出所、区市场监管局、区城管委开展普法。"
				+ "区委全面依法治区委员会办公室印发通知，区委编办、区政管办、区发展改革局积极配合。"
				+ "县交通运输综合行政执法大队、县公安局孚玉派出所、解放碑街道办事处参加培训。";
		List<EntityMention> found = find(text);
		assertEquals(List.of("柳州市城中区司法局", "市公安局城中分局柳东派出所", "区市场监管局", "区城管委", "区委全面依法治区委员会办公室",
				"区委编办", "区政管办", "区发展改革局", "县交通运输综合行政执法大队", "县公安局孚玉派出所", "解放碑街道办事处"),
				texts(text, found, "ORG"));
		assertTrue(only(text, found, "ORG", "柳州市城中区司法局").confidence() >= 0.9);
		assertTrue(only(text, found, "ORG", "区市场监管局").confidence() >= 0.85);
		assertTrue(texts(text, found, "LOC").isEmpty(), "the place prefixes belong to the bodies: " + texts(text, found, "LOC"));
	}

	@Test
	void bodiesOfOtherProvincesAndLevels() {
		String text = "天津市河西区人民政府关于2023年度法治政府建设情况的报告\n"
				+ "重庆市渝中区综合行政执法局会同区生态环境局开展联合执法。甘肃省兰州市城关区文化广电体育旅游局、区退役军人事务局、"
				+ "区卫生健康委员会联合普法。中共银川市兴庆区委 银川市兴庆区人民政府高度重视。"
				+ "合肥市蜀山区行政审批局（区政务服务管理局）推行“一网通办”。县人民法院、县人民检察院、县政协、自治区司法厅、国务院支持。";
		List<EntityMention> found = find(text);
		assertEquals(List.of("天津市河西区人民政府", "重庆市渝中区综合行政执法局", "区生态环境局", "甘肃省兰州市城关区文化广电体育旅游局",
				"区退役军人事务局", "区卫生健康委员会", "中共银川市兴庆区委", "银川市兴庆区人民政府", "合肥市蜀山区行政审批局",
				"区政务服务管理局", "县人民法院", "县人民检察院", "县政协", "自治区司法厅", "国务院"), texts(text, found, "ORG"));
	}

	@Test
	void genericMentionsAndHanlpMistakesAreNotEntities() {
		String text = "坚持安全和发展并重，对政府各部门、执法部门、行政机关进行监督，各镇（街道）和有关部门、相关部门、职能部门要落实责任，"
				+ "我区政府法治建设取得成效，党委政府高度重视，党委领导。推进法治政府、数字政府建设，政府法律顾问参与审查，"
				+ "向同级党委、人大常委会和上一级人民政府报告，各镇政府、3个街道办事处、各级人民调解委员会积极参与。";
		List<EntityMention> found = find(text);
		assertEquals(List.of(), texts(text, found, "ORG"));
		assertEquals(List.of(), texts(text, found, "PER"));
	}

	@Test
	void aTitleHeldByAPersonIsNotABody() {
		String text = "区委书记、区委全面依法治区委员会主任宋军主持会议，自治区司法厅副厅长张军揭牌。";
		List<EntityMention> found = find(text);
		assertEquals(List.of("区委全面依法治区委员会", "自治区司法厅"), texts(text, found, "ORG"));
		assertEquals(List.of("宋军", "张军"), texts(text, found, "PER"));
	}

	@Test
	void shortNamesGetTheLongerNameTheTextGives() {
		String text = "柳州市城中区司法局牵头。区司法局受理复议申请68件，市司法局通报表扬。柳东派出所、城中分局，市公安局城中分局柳东派出所。"
				+ "区民族宗教事务委员会开展检查，民族宗教事务委员会积极配合。";
		List<EntityMention> found = find(text);
		assertEquals("柳州市城中区司法局", only(text, found, "ORG", "区司法局").canonical());
		assertNull(only(text, found, "ORG", "市司法局").canonical(), "the city's bureau is another body");
		assertNull(only(text, found, "ORG", "柳州市城中区司法局").canonical());
		assertEquals("市公安局城中分局柳东派出所", only(text, found, "ORG", "柳东派出所").canonical());
		EntityMention shortCommittee = only(text, found, "ORG", "民族宗教事务委员会");
		assertEquals("区民族宗教事务委员会", shortCommittee.canonical());
		assertTrue(shortCommittee.confidence() < 0.85, "a short form is less sure than the full name");
	}

	@Test
	void peopleFromHanlpFilteredAndFromContactCues() {
		String text = "深入学习贯彻习近平总书记重要讲话精神，坚持安全和发展并重，法治柳南、法治政府一体建设。\n"
				+ "柳南区委、柳东派出所、朴宿繁花民宿餐厅，信息3200余条。\n（信息员：庞翰雯，审核领导：李德永，联系方式：0772-1234567）";
		List<EntityMention> found = find(text);
		assertEquals(List.of("习近平", "庞翰雯", "李德永"), texts(text, found, "PER"));
		assertEquals(0.8, only(text, found, "PER", "庞翰雯").confidence());
	}

	@Test
	void placesNamedAsTerritoriesNotAsBodies() {
		String text = "2021年，柳南区坚持依法行政。2022年“莲花山片区人大代表联络站”被确立。安徽省宿松县、广西壮族自治区南宁市江南区。"
				+ "柳州市城中区司法局牵头，中国特色社会主义。";
		List<EntityMention> found = find(text);
		assertEquals(List.of("柳南区", "莲花山片区", "安徽省宿松县", "广西壮族自治区南宁市江南区"), texts(text, found, "LOC"));
		assertEquals(List.of("柳州市城中区司法局"), texts(text, found, "ORG"));
	}

	@Test
	void offsetsStayRightAfterCharactersOutsideTheBasicPlane() {
		String text = "𠀀😀区司法局于2023年7月3日印发《𠀀通知》，😀😀张军同志出席。";
		List<EntityMention> found = find(text);
		assertEquals(List.of("区司法局"), texts(text, found, "ORG"));
		assertEquals(4, only(text, found, "ORG", "区司法局").begin(), "𠀀 and 😀 are two UTF-16 units each");
		assertEquals(List.of("2023年7月3日"), texts(text, found, "DATE"));
		assertEquals(List.of("𠀀通知"), texts(text, found, "LAW"));
	}

	@Test
	void pagesInTraditionalCharacters() {
		String text = "區司法局會同縣人民政府開展執法檢查。";
		assertEquals(List.of("區司法局", "縣人民政府"), texts(text, find(text), "ORG"));
	}

	@Test
	void pageLeftoversNameThePublisherAndTheDate() {
		String text = "来源：柳州市柳南区人民政府办公室 发布时间：2024-03-28 09:18\n文章来源：司法局 更新时间：2021/03/29 浏览次数：";
		List<EntityMention> found = find(text);
		assertEquals(List.of("柳州市柳南区人民政府办公室", "司法局"), texts(text, found, "ORG"));
		assertEquals(List.of("2024-03-28", "2021/03/29"), texts(text, found, "DATE"));
		assertTrue(only(text, found, "ORG", "司法局").confidence() < only(text, found, "ORG", "柳州市柳南区人民政府办公室").confidence());
	}

	@Test
	void withoutTokensTitlesAndDatesAreStillFound() {
		String text = "2023年7月3日，区司法局印发《通知》。";
		List<EntityMention> found = finder.find(text, List.of());
		assertEquals(List.of("2023年7月3日"), texts(text, found, "DATE"));
		assertEquals(List.of("通知"), texts(text, found, "LAW"));
	}

	@Test
	void anEmptyTextHasNoEntities() {
		assertEquals(List.of(), find(""));
		assertEquals(List.of(), find("\n\n"));
	}

	@Test
	void namesSeenOnRealSitesAreWholeAndVerbsAreNoPeople() {
		List<String> found = labelled("中梁山街道开展普法宣传，北城街街道办事处组织执法培训。区长任双组长，统筹推进法治建设。");
		assertTrue(found.contains("LOC:中梁山街道") || found.contains("ORG:中梁山街道"), "the whole place, not 梁山街道: " + found);
		assertFalse(found.stream().anyMatch(f -> f.endsWith(":梁山街道")), found.toString());
		assertTrue(found.contains("ORG:北城街街道办事处"), "a street name ending in 街 before 街道 is one office: " + found);
		assertFalse(found.stream().anyMatch(f -> f.startsWith("PER:")), "任双组长 names nobody: " + found);
	}

	@Test
	void aCharacterSplitOffANameJoinsItButFunctionWordsAndPeopleNamedRenStayApart() {
		// 在/p, 与/cc are no part of the name; 考核中/f is "in the review"; 中/f after 区 opens the name
		assertEquals(List.of("LOC:梁山街道", "LOC:梁山街道", "LOC:梁山街道", "PER:任志强", "PER:任志强"),
				labelled("在梁山街道开展普法，与梁山街道联合执法，在本次考核中梁山街道排名第一。副区长任志强同志出席，任志强书记指出。"));
		assertEquals(List.of("ORG:中梁山街道办事处", "ORG:九龙坡区中梁山街道办事处", "LOC:北城街街道", "PER:任志强"),
				labelled("中梁山街道办事处、九龙坡区中梁山街道办事处联合执法，北城街街道开展普法。由区长任主任，任志强同志出席。"));
	}

	@Test
	void peopleNextToTitlesAndStaffWordsAndInListsThoughHanlpSeesNoNames() {
		// HanLP's person-name recognizer is off: these come out as characters (蒋/nz 明亮/a, 张/q 立军/nz)
		List<String> people = labelled("执法人员张立军、韦春花到现场核查。副局长蒋明亮同志主持会议，区领导黄建国、陆美玲出席。").stream()
				.filter(f -> f.startsWith("PER:")).toList();
		assertEquals(List.of("PER:张立军", "PER:韦春花", "PER:蒋明亮", "PER:黄建国", "PER:陆美玲"), people);
		assertEquals(List.of(), labelled("局长高度重视，主任委员会议。会议由区长任组长。加强对领导干部任期内重大事项的审计。").stream()
				.filter(f -> f.startsWith("PER:")).toList(), "高度, 任组长 and 任期内 name nobody");
	}

	@Test
	void placeNamesCutIntoCharactersStayWholeBeforeLevelsAndBodies() {
		// 宁/ns? 北: whatever HanLP makes of an unknown name, two characters before 区委 or 派出所 are its name
		List<String> found = labelled("宁北区委、沙东派出所联合开展普法，镇上两个派出所参加。");
		assertTrue(found.contains("ORG:宁北区委"), found.toString());
		assertTrue(found.contains("ORG:沙东派出所"), found.toString());
		assertFalse(found.contains("ORG:两个派出所") || found.contains("ORG:上两个派出所"), "a count is no name: " + found);
	}

	private List<String> labelled(String text) {
		return find(tokenizer, finder, text).stream().map(m -> m.label() + ":" + text.substring(m.begin(), m.end())).toList();
	}
}
