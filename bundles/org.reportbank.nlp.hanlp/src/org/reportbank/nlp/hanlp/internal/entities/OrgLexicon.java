package org.reportbank.nlp.hanlp.internal.entities;

import java.util.HashSet;
import java.util.Set;

import org.reportbank.nlp.hanlp.internal.text.CharTrie;

/**
 * The word lists behind organization rules: body names of Chinese government bodies, body
 * suffixes, administrative levels, places that prefix bodies, and the words that make a mention
 * generic. Facts about how bodies are named, gathered from reports of many districts and provinces.
 */
final class OrgLexicon {

	/** Bodies matched by name, longest first, in simplified characters. */
	final CharTrie<BodyKind> bodies = CharTrie.forward();
	/** Suffixes that end a body whose name words are not in the list (区民族宗教事务委员会). */
	final CharTrie<BodyKind> suffixes = CharTrie.backward();
	/** Last characters of the suffixes, a quick test before the suffix trie. */
	final String suffixEnds = "局会心办所队处站";
	/** Provinces and their short names, which HanLP often splits (广西/壮族/自治区). */
	final CharTrie<Boolean> provinces = CharTrie.backward();
	/** Level words that may stand alone before a body: 区司法局, 市公安局, 自治区党委. */
	final Set<String> bareLevels = Set.of("省", "市", "区", "县", "镇", "乡", "街道", "自治区", "自治州", "自治县", "城区", "新区");
	/** Levels below the county: bare, they name any town's body (镇政府, 街道综合执法大队), not one. */
	final Set<String> subDistrictLevels = Set.of("镇", "乡", "街道");
	/** Last characters of a place name that is a level: 柳州市, 城中区, 东兴镇. */
	final String levelChars = "省市区县旗州盟镇乡";
	/** Words before a body that make it any body of the kind, not a named one. */
	final Set<String> qualifiers = Set.of("各", "该", "本", "其", "我", "全", "每", "上级", "同级", "上一级", "下级", "各级", "地方",
			"有关", "相关", "所属", "下属", "基层", "当地", "属地", "县级以上", "两级", "三级", "各类", "其他", "本级", "上述");
	/** Words after 中心 that make it an attribute, not a body: 中心工作, 中心城区. */
	final Set<String> afterCentre = Set.of("工作", "任务", "城区", "组", "环节", "地位", "位置");
	/** Measure words before a body that count bodies of a kind: 3个街道办事处. */
	final Set<String> counters = Set.of("个", "家", "所", "级", "类", "批", "些", "支");
	/** Characters that never start or end a name: a span edge on one of them is a cutting error. */
	final String functionChars = "对在和与及的了是将由向从把被为等各全该本我其";
	/** Whole mentions that name a kind of body, never a specific one. */
	final Set<String> genericMentions = new HashSet<>(Set.of("政府", "人民政府", "党委", "人大", "人大常委会", "法院", "人民法院", "检察院",
			"人民检察院", "派出所", "公安派出所", "司法所", "人民调解委员会", "调解委员会", "居民委员会", "村民委员会", "居委会", "村委会",
			"办公室", "办公厅", "委员会", "中心", "领导小组", "政府办", "政府办公室", "执法局", "各部门", "执法部门", "行政机关", "有关部门",
			"相关部门", "职能部门", "政府部门", "行政执法部门", "党委政府", "公安机关", "司法机关", "行政复议机构", "法制机构"));
	/** Name words of a generic body that say what kind of body it is, not which one (执法队, 调解委员会). */
	final Set<String> genericNameWords = Set.of("执法", "行政", "行政执法", "职能", "主管", "业务", "有关", "相关", "成员", "组成", "责任",
			"牵头", "监管", "上级", "公安", "调解", "人民调解", "村民", "居民", "工作", "领导", "管理", "服务", "法律", "法治", "综合",
			"专门", "专业", "综合行政", "城管", "乡镇", "镇", "街道", "村", "社区警务队", "行业", "专业性行业性", "商会人民调解", "行业协会人民调解", "基层", "社区", "案件", "办理", "案件办理",
			"社区警务", "审批", "监督", "考评", "考核", "政府", "部门", "单位");
	/** Words after a short body that make it part of a person's title: 区委书记, 政协委员. */
	final Set<String> titleWords = Set.of("书记", "副书记", "委员", "代表", "常委", "主席", "副主席");

	static final OrgLexicon INSTANCE = new OrgLexicon();

	private OrgLexicon() {
		for (String w : ("委 党委 党工委 工委 党组 人民政府 政府 人大 人大常委会 人民法院 法院 中级人民法院 人民检察院 检察院 纪委 监委 纪委监委 "
				+ "纪工委 监察委员会 纪律检查委员会 政协 管委会 管理委员会").split(" ")) {
			bodies.put(w, BodyKind.TOP);
		}
		for (String w : ("国务院 中共中央 党中央 全国人大 全国人大常委会 全国政协 最高人民法院 最高人民检察院 中央全面依法治国委员会 "
				+ "中央依法治国办 中央纪委 国家监委 中央纪委国家监委 中央政法委 中央办公厅 国务院办公厅 司法部 公安部 民政部 财政部 "
				+ "生态环境部 自然资源部 住房和城乡建设部 交通运输部 应急管理部 国家市场监督管理总局 国家税务总局 审计署 国家发展改革委 "
				+ "国家发展和改革委员会 人力资源和社会保障部 教育部 商务部 文化和旅游部 国家卫生健康委 农业农村部 水利部 退役军人事务部")
				.split(" ")) {
			bodies.put(w, BodyKind.SELF);
		}
		for (String w : ("司法局 公安局 公安分局 交警大队 交警支队 交通警察支队 交通警察大队 市场监督管理局 市场监管局 工商局 质监局 工商质监局 "
				+ "食品药品监督管理局 食药监局 食药局 人力资源和社会保障局 人力资源社会保障局 人社局 生态环境局 环境保护局 环保局 生态环境分局 "
				+ "住房和城乡建设局 住房城乡建设局 住建局 规划局 自然资源局 自然资源和规划局 国土资源局 国土局 城市管理行政执法局 "
				+ "城市管理综合行政执法局 城市管理局 城市管理和综合执法局 城市管理委员会 城市管理委 城管委 城管局 城管执法局 综合行政执法局 行政执法局 执法局 应急管理局 应急局 "
				+ "安全生产监督管理局 安监局 卫生健康委员会 卫生健康委 卫健委 卫生健康局 卫健局 卫生和计划生育局 卫生计生局 卫计局 "
				+ "卫生和计划生育委员会 卫计委 行政审批局 行政审批服务局 审批局 政务服务中心 政务服务管理局 政务服务和大数据管理局 "
				+ "大数据发展管理局 大数据局 政务服务管理办公室 政务服务管理办 政管办 信访局 财政局 审计局 税务局 国家税务局 地方税务局 "
				+ "教育局 教育体育局 教育和体育局 教体局 交通运输局 交通局 农业农村局 农业局 水利局 林业局 林业和草原局 商务局 科技局 "
				+ "科学技术局 工业和信息化局 工信局 经济贸易和信息化局 经信局 民政局 文化广电体育旅游局 文化广电体育和旅游局 文化和旅游局 "
				+ "文化广电旅游局 文旅局 文广体旅局 文体广旅局 退役军人事务局 统计局 医疗保障局 医保局 发展和改革局 发展改革局 发改局 "
				+ "发展和改革委员会 发展改革委员会 发展改革委 发改委 粮食局 档案局 体育局 气象局 地震局 人防办 民族宗教事务局 民宗局 "
				+ "乡村振兴局 扶贫办 投资促进局 机关事务管理局 商务和投资促进局 行政复议局 信访办 网信办 法制办 政府法制办 编办 编委办 "
				+ "机构编制委员会办公室 政法委 宣传部 组织部 统战部 武装部 人武部 司法厅 公安厅 自然资源厅 生态环境厅 住房和城乡建设厅 "
				+ "交通运输厅 财政厅 教育厅 民政厅 审计厅 市场监督管理厅 卫生健康委员会 办公厅 "
				+ "消防救援大队 消防救援支队 消防大队 法律援助中心 公共法律服务中心 矛盾纠纷调处中心 社会治理中心 综治中心 "
				+ "行政争议调解中心 政务服务大厅 不动产登记中心 融媒体中心 城市管理综合执法大队 综合行政执法大队 城管执法大队 "
				+ "市场监督管理所 市场监管所 财政所 国土所 律师协会 工商联 工商业联合会 妇联 团委 共青团 总工会 工会 残联 "
				+ "红十字会 科协 文联 法学会 侨联 依法治国办")
				.split(" ")) {
			bodies.put(w, BodyKind.DEPT);
		}
		for (String level : new String[] { "区", "市", "县", "省", "州", "旗", "镇", "乡" }) {
			for (String w : new String[] { "依法治" + level + "委员会", "全面依法治" + level + "委员会", "依法治" + level + "办",
					"全面依法治" + level + "办", "依法治" + level + "办公室", "全面依法治" + level + "办公室",
					"依法治" + level + "领导小组", "依法治" + level + "工作领导小组" }) {
				bodies.put(w, BodyKind.DEPT);
			}
		}
		for (String w : "办公室 办 常委会 机关 纪检监察组 纪检组".split(" ")) {
			bodies.put(w, BodyKind.TAIL);
		}
		for (String w : "局 委员会 中心 办 商会 协会 联合会 管理处 执法队 服务站".split(" ")) {
			suffixes.put(w, BodyKind.DEPT);
		}
		for (String w : "派出所 司法所 分局 大队 中队 支队 办事处 律师事务所".split(" ")) {
			suffixes.put(w, BodyKind.UNIT);
		}
		for (String w : ("北京市 天津市 上海市 重庆市 河北省 山西省 辽宁省 吉林省 黑龙江省 江苏省 浙江省 安徽省 福建省 江西省 山东省 河南省 "
				+ "湖北省 湖南省 广东省 海南省 四川省 贵州省 云南省 陕西省 甘肃省 青海省 台湾省 内蒙古自治区 广西壮族自治区 西藏自治区 "
				+ "宁夏回族自治区 新疆维吾尔自治区 新疆生产建设兵团 香港特别行政区 澳门特别行政区 北京 天津 上海 重庆 河北 山西 辽宁 吉林 "
				+ "黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海 内蒙古 广西 西藏 宁夏 新疆")
				.split(" ")) {
			provinces.put(w, Boolean.TRUE);
		}
	}

	/** Suffixes that name a specific body only with a prefix or parent: many committees are of a kind. */
	boolean needsAnchor(String name) {
		return name.endsWith("委员会") || name.endsWith("协会") || name.endsWith("联合会") || name.endsWith("服务站")
				|| name.endsWith("管理处");
	}

	boolean isLevelChar(char c) {
		return levelChars.indexOf(c) >= 0;
	}

	boolean isFunctionChar(char c) {
		return functionChars.indexOf(c) >= 0;
	}
}
