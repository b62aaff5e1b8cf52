package org.reportbank.agreement.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.reportbank.testing.GeneratedReports;
import org.reportbank.agreement.Agreement;
import org.reportbank.agreement.AgreementCsv;
import org.reportbank.agreement.AgreementResult;
import org.reportbank.agreement.Coefficients;
import org.reportbank.agreement.GroupResult;
import org.reportbank.agreement.PairResult;
import org.reportbank.agreement.Prf;
import org.reportbank.agreement.SpanAgreement;
import org.reportbank.agreement.Tokens;

/**
 * Every figure of a generated corpus (300 reports, three annotators, {@link GeneratedReports}) through
 * the public API, to the last bit of each double: span P/R/F1 exact and overlap, Cohen's kappa and
 * α_U per pair, Fleiss' kappa and α_U of all three, over all labels and per label, and the CSV the
 * Agreement view exports. The expected texts below come from the implementation before the change
 * that stopped keeping figures per report (commit 854e278, which kept every unit and gap length of
 * α_U in lists): they pin that the accumulators that replaced the lists give the same numbers.
 */
class GeneratedCorpusFiguresTest {

	private static final long SEED = 20240611L;
	private static final int REPORTS = 300;

	/** From the implementation before the change (commit 854e278). */
	private static final String ALL = """
			annotators [ann1, ann2, ann3] labels [LAW, LOC, METRIC, ORG, PER] reports 272 words 89 characters 183
			ann1 / ann2: reports 235 tokens 44066 characters 56826
			  (all) 356/705/703 p 0.5064011379800853 r 0.5049645390070922 f1 0.5056818181818182 | 482/705/703 p 0.6856330014224751 r 0.6836879432624113 f1 0.6846590909090909 | kappa 0.6940279638356434 | alpha 0.676521791462265
			  LAW 38/75/70 p 0.5428571428571428 r 0.5066666666666667 f1 0.5241379310344828 | 52/75/70 p 0.7428571428571429 r 0.6933333333333334 f1 0.7172413793103448 | kappa 0.7132550908011608 | alpha 0.735719314584766
			  LOC 86/174/170 p 0.5058823529411764 r 0.4942528735632184 f1 0.5 | 118/174/170 p 0.6941176470588235 r 0.6781609195402298 f1 0.686046511627907 | kappa 0.7088995176272712 | alpha 0.7185286522183334
			  METRIC 88/164/157 p 0.5605095541401274 r 0.5365853658536586 f1 0.5482866043613707 | 116/164/157 p 0.7388535031847133 r 0.7073170731707317 f1 0.7227414330218068 | kappa 0.6977051590359031 | alpha 0.6936652529714686
			  ORG 78/149/150 p 0.52 r 0.5234899328859061 f1 0.5217391304347826 | 98/149/150 p 0.6533333333333333 r 0.6577181208053692 f1 0.6555183946488294 | kappa 0.6256204525930895 | alpha 0.6288770444183105
			  PER 66/143/156 p 0.4230769230769231 r 0.46153846153846156 f1 0.4414715719063545 | 98/143/156 p 0.6282051282051282 r 0.6853146853146853 f1 0.6555183946488294 | kappa 0.6334900648422284 | alpha 0.631658371643816
			  span labels [LAW, LOC, METRIC, ORG, PER]
			  span labels [LAW, LOC, METRIC, ORG, PER]
			  coefficient labels [LAW, LOC, METRIC, ORG, PER]
			  coefficient labels [LAW, LOC, METRIC, ORG, PER]
			ann1 / ann3: reports 231 tokens 42190 characters 54755
			  (all) 375/696/703 p 0.5334281650071123 r 0.5387931034482759 f1 0.536097212294496 | 487/696/703 p 0.6927453769559033 r 0.6997126436781609 f1 0.6962115796997855 | kappa 0.6893787684455217 | alpha 0.680781903344827
			  LAW 48/74/80 p 0.6 r 0.6486486486486487 f1 0.6233766233766234 | 60/74/80 p 0.75 r 0.8108108108108109 f1 0.7792207792207793 | kappa 0.7848354339937708 | alpha 0.8203341305730055
			  LOC 78/179/171 p 0.45614035087719296 r 0.43575418994413406 f1 0.44571428571428573 | 112/179/171 p 0.6549707602339181 r 0.6256983240223464 f1 0.64 | kappa 0.6305687590706437 | alpha 0.6709014115545886
			  METRIC 99/163/166 p 0.5963855421686747 r 0.6073619631901841 f1 0.601823708206687 | 126/163/166 p 0.7590361445783133 r 0.7730061349693251 f1 0.7659574468085106 | kappa 0.7270074048998775 | alpha 0.7255447604591638
			  ORG 80/144/148 p 0.5405405405405406 r 0.5555555555555556 f1 0.547945205479452 | 98/144/148 p 0.6621621621621622 r 0.6805555555555556 f1 0.6712328767123288 | kappa 0.6441714039881915 | alpha 0.6179927540885541
			  PER 70/136/138 p 0.5072463768115942 r 0.5147058823529411 f1 0.5109489051094891 | 91/136/138 p 0.6594202898550725 r 0.6691176470588235 f1 0.6642335766423357 | kappa 0.6291309111185348 | alpha 0.637066133750759
			  span labels [LAW, LOC, METRIC, ORG, PER]
			  span labels [LAW, LOC, METRIC, ORG, PER]
			  coefficient labels [LAW, LOC, METRIC, ORG, PER]
			  coefficient labels [LAW, LOC, METRIC, ORG, PER]
			ann2 / ann3: reports 232 tokens 43196 characters 55434
			  (all) 376/706/727 p 0.517193947730399 r 0.5325779036827195 f1 0.5247732030704815 | 499/706/727 p 0.686382393397524 r 0.7067988668555241 f1 0.6964410327983251 | kappa 0.6895358109748224 | alpha 0.6762064309815983
			  LAW 46/74/83 p 0.5542168674698795 r 0.6216216216216216 f1 0.5859872611464968 | 61/74/83 p 0.7349397590361446 r 0.8243243243243243 f1 0.7770700636942676 | kappa 0.7653362240356004 | alpha 0.7764269837093286
			  LOC 88/175/176 p 0.5 r 0.5028571428571429 f1 0.5014245014245015 | 117/175/176 p 0.6647727272727273 r 0.6685714285714286 f1 0.6666666666666666 | kappa 0.6715096122754441 | alpha 0.7108468841836919
			  METRIC 89/152/164 p 0.5426829268292683 r 0.5855263157894737 f1 0.5632911392405063 | 112/152/164 p 0.6829268292682927 r 0.7368421052631579 f1 0.7088607594936709 | kappa 0.68748513023965 | alpha 0.6972690252587512
			  ORG 78/151/157 p 0.4968152866242038 r 0.5165562913907285 f1 0.5064935064935064 | 107/151/157 p 0.6815286624203821 r 0.7086092715231788 f1 0.6948051948051948 | kappa 0.6483348972589719 | alpha 0.6072822456792142
			  PER 75/154/147 p 0.5102040816326531 r 0.487012987012987 f1 0.4983388704318937 | 102/154/147 p 0.6938775510204082 r 0.6623376623376623 f1 0.6777408637873754 | kappa 0.6402246868022785 | alpha 0.6409528995483922
			  span labels [LAW, LOC, METRIC, ORG, PER]
			  span labels [LAW, LOC, METRIC, ORG, PER]
			  coefficient labels [LAW, LOC, METRIC, ORG, PER]
			  coefficient labels [LAW, LOC, METRIC, ORG, PER]
			all [ann1, ann2, ann3]: reports 213 tokens 39514 characters 51069
			  fleiss (all) 0.6891155613299351
			  fleiss LAW 0.7509399740673153
			  fleiss LOC 0.6655566399356513
			  fleiss METRIC 0.7079952837950082
			  fleiss ORG 0.6435326363298223
			  fleiss PER 0.6257133274531783
			  alpha (all) 0.6762488966385004
			  alpha LAW 0.7717726835253518
			  alpha LOC 0.6927306718530142
			  alpha METRIC 0.7141495024945909
			  alpha ORG 0.6252447165178805
			  alpha PER 0.6295072668212764
			""";

	/** From the implementation before the change (commit 854e278): labels ORG and LAW, annotators ann3 and ann1. */
	private static final String FILTERED = """
			annotators [ann1, ann3] labels [LAW, ORG] reports 231 words 77 characters 154
			ann1 / ann3: reports 231 tokens 42190 characters 54755
			  (all) 128/218/228 p 0.5614035087719298 r 0.5871559633027523 f1 0.5739910313901345 | 158/218/228 p 0.6929824561403509 r 0.7247706422018348 f1 0.7085201793721974 | kappa 0.6929906183312847 | alpha 0.6834364253739837
			  LAW 48/74/80 p 0.6 r 0.6486486486486487 f1 0.6233766233766234 | 60/74/80 p 0.75 r 0.8108108108108109 f1 0.7792207792207793 | kappa 0.7848354339937708 | alpha 0.8203341305730055
			  ORG 80/144/148 p 0.5405405405405406 r 0.5555555555555556 f1 0.547945205479452 | 98/144/148 p 0.6621621621621622 r 0.6805555555555556 f1 0.6712328767123288 | kappa 0.6441714039881915 | alpha 0.6179927540885541
			  span labels [LAW, ORG]
			  span labels [LAW, ORG]
			  coefficient labels [LAW, ORG]
			  coefficient labels [LAW, ORG]
			all [ann1, ann3]: reports 231 tokens 42190 characters 54755
			  fleiss none
			  alpha (all) 0.6834364253739837
			  alpha LAW 0.8203341305730055
			  alpha ORG 0.6179927540885541
			""";

	/** SHA-256 of the CSV of the whole corpus, from the implementation before the change (commit 854e278). */
	private static final String CSV_SHA256 = "837cd00c2f438fcdfb82852ef819cfa4ddebd245ea28e84ca9856c82c0a23c9c";

	static AgreementResult measure(Agreement.Options options) {
		Agreement agreement = new Agreement(options);
		GeneratedReports generator = new GeneratedReports(SEED);
		for (int i = 0; i < REPORTS; i++) {
			agreement.add(generator.next());
		}
		return agreement.result();
	}

	@Test
	void everyFigureOfTheCorpusIsTheOneBefore() {
		assertEquals(ALL, describe(measure(Agreement.Options.all())));
	}

	@Test
	void theFiguresOfSomeLabelsAndTwoAnnotatorsAreTheOnesBefore() {
		assertEquals(FILTERED, describe(measure(new Agreement.Options(Set.of("ORG", "LAW"), List.of("ann3", "ann1")))));
	}

	@Test
	void theCsvIsTheOneBefore() throws Exception {
		StringWriter csv = new StringWriter();
		AgreementCsv.write(measure(Agreement.Options.all()), csv);
		assertEquals(CSV_SHA256, sha256(csv.toString()), csv.toString());
	}

	static String sha256(String text) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
	}

	/** Every figure of the result, one line per pair and label, doubles as Double.toString gives them (every bit). */
	static String describe(AgreementResult result) {
		StringBuilder text = new StringBuilder();
		text.append("annotators ").append(result.annotators()).append(" labels ").append(result.labels()).append(" reports ")
				.append(result.reports()).append(" words ").append(result.tokenUnits().getOrDefault(Tokens.Unit.WORDS, 0))
				.append(" characters ").append(result.tokenUnits().getOrDefault(Tokens.Unit.CHARACTERS, 0)).append('\n');
		for (PairResult pair : result.pairs()) {
			text.append(pair.a()).append(" / ").append(pair.b()).append(": reports ").append(pair.reports()).append(" tokens ")
					.append(pair.tokens()).append(" characters ").append(pair.characters()).append('\n');
			text.append("  (all) ").append(prf(pair.exact().overall())).append(" | ").append(prf(pair.overlap().overall()))
					.append(" | kappa ").append(pair.cohenKappa().overall()).append(" | alpha ").append(pair.alphaU().overall())
					.append('\n');
			for (String label : result.labels()) {
				text.append("  ").append(label).append(' ').append(prf(pair.exact().label(label))).append(" | ")
						.append(prf(pair.overlap().label(label))).append(" | kappa ").append(pair.cohenKappa().label(label))
						.append(" | alpha ").append(pair.alphaU().label(label)).append('\n');
			}
			listed(text, pair.exact());
			listed(text, pair.overlap());
			listed(text, pair.cohenKappa());
			listed(text, pair.alphaU());
		}
		GroupResult all = result.all();
		if (all == null) {
			text.append("no group\n");
		} else {
			text.append("all ").append(all.annotators()).append(": reports ").append(all.reports()).append(" tokens ")
					.append(all.tokens()).append(" characters ").append(all.characters()).append('\n');
			coefficients(text, "fleiss", all.fleissKappa());
			coefficients(text, "alpha", all.alphaU());
		}
		return text.toString();
	}

	private static void listed(StringBuilder text, SpanAgreement spans) {
		text.append("  span labels ").append(spans.labels().keySet()).append('\n');
	}

	private static void listed(StringBuilder text, Coefficients coefficients) {
		text.append("  coefficient labels ").append(coefficients.labels().keySet()).append('\n');
	}

	private static void coefficients(StringBuilder text, String name, Coefficients coefficients) {
		if (coefficients == null) {
			text.append("  ").append(name).append(" none\n");
			return;
		}
		text.append("  ").append(name).append(" (all) ").append(coefficients.overall()).append('\n');
		for (Map.Entry<String, Double> e : coefficients.labels().entrySet()) {
			text.append("  ").append(name).append(' ').append(e.getKey()).append(' ').append(e.getValue()).append('\n');
		}
	}

	private static String prf(Prf prf) {
		return prf.matched() + "/" + prf.a() + "/" + prf.b() + " p " + prf.p() + " r " + prf.r() + " f1 " + prf.f1();
	}
}
