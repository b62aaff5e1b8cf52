package org.reportbank.nlp.hanlp.internal.entities;

/**
 * Maps the traditional characters that occur in body and place names to their simplified form, one
 * char for one char, so the word lists (written in simplified characters) also match pages in
 * traditional characters (區司法局, 縣人民政府) without moving any offset.
 */
final class TraditionalFold {

	private static final String TRADITIONAL = "區縣鄉鎮會辦廳國務員黨機關監場資環規劃衛計審稅農業廣電體遊軍統檢協處隊設應財議紀證門導書東華陽"
			+ "與對為這個們於發開問題時實現點進過還長經濟產業數據調專區域組織權責執歸聯絡據營醫療護圖館歷史學術藝術"
			+ "條例決員屬屆愛範濟訴訟務邊鄰區質糧勞動險歸檔圍園際爭議廠礦輸運龍濱灣寧蘇遼貴雲內蒙慶瀋陝齊疆";
	private static final String SIMPLIFIED = "区县乡镇会办厅国务员党机关监场资环规划卫计审税农业广电体游军统检协处队设应财议纪证门导书东华阳"
			+ "与对为这个们于发开问题时实现点进过还长经济产业数据调专区域组织权责执归联络据营医疗护图馆历史学术艺术"
			+ "条例决员属届爱范济诉讼务边邻区质粮劳动险归档围园际争议厂矿输运龙滨湾宁苏辽贵云内蒙庆沈陕齐疆";
	private static final char[] MAP = new char[Character.MAX_VALUE + 1];

	static {
		for (int c = 0; c <= Character.MAX_VALUE; c++) {
			MAP[c] = (char) c;
		}
		for (int i = 0; i < TRADITIONAL.length(); i++) {
			MAP[TRADITIONAL.charAt(i)] = SIMPLIFIED.charAt(i);
		}
	}

	private TraditionalFold() {
	}

	/** The text with the known traditional characters folded; same length, same offsets. */
	static String fold(String text) {
		char[] chars = text.toCharArray();
		boolean changed = false;
		for (int i = 0; i < chars.length; i++) {
			char f = MAP[chars[i]];
			changed |= f != chars[i];
			chars[i] = f;
		}
		return changed ? new String(chars) : text;
	}
}
