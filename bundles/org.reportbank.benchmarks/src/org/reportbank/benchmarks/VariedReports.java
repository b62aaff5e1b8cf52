package org.reportbank.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.reportbank.model.Report;

/**
 * Report texts as many and as different as a corpus of one province: report i takes about one
 * in {@code share} of the seed reports' lines (a third unless told), chosen by a generator seeded with i and kept in order, and
 * calls its district and city by names of its own, so that the names (and the features a model
 * learns from them) grow with the corpus as they do in real reports. Texts are made when asked
 * for, so a corpus of any size costs no memory.
 */
final class VariedReports {

	/** Characters districts and cities are commonly named with. */
	private static final String NAME_CHARACTERS = "东西南北中安平宁和兴华新云山川河湖海江阳丰泰康永长青龙凤金石桥林城德昌盛福嘉庆宝远定清源";
	private static final String[] SEED_DISTRICTS = { "柳南区", "城中区", "江南区" };
	private static final String[] SEED_CITIES = { "柳州市", "南宁市" };

	private final List<String> lines = new ArrayList<>();
	private final int share;

	VariedReports(List<Report> seeds) {
		this(seeds, 3);
	}

	VariedReports(List<Report> seeds, int share) {
		this.share = share;
		for (Report seed : seeds) {
			for (String line : seed.getText().split("\n")) {
				if (!line.isBlank()) {
					lines.add(line);
				}
			}
		}
	}

	String text(long index) {
		Random random = new Random(0x5eed0000L + index);
		String district = name(random) + "区";
		String city = name(random) + "市";
		StringBuilder text = new StringBuilder();
		text.append(city).append(district).append("2023年法治政府建设工作报告\n");
		int chosen = 0;
		for (String line : lines) {
			if (random.nextInt(share) == 0) {
				text.append(line).append('\n');
				chosen++;
			}
		}
		if (chosen == 0) { // about one report in 30,000 draws no line; a title alone is no report and import refuses it
			text.append(lines.get(random.nextInt(lines.size()))).append('\n');
		}
		String varied = text.toString();
		for (String seedDistrict : SEED_DISTRICTS) {
			varied = varied.replace(seedDistrict, district);
		}
		for (String seedCity : SEED_CITIES) {
			varied = varied.replace(seedCity, city);
		}
		return varied;
	}

	private static String name(Random random) {
		return "" + NAME_CHARACTERS.charAt(random.nextInt(NAME_CHARACTERS.length()))
				+ NAME_CHARACTERS.charAt(random.nextInt(NAME_CHARACTERS.length()));
	}
}
