package org.reportbank.agreement.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.reportbank.testing.GeneratedReports;
import org.reportbank.agreement.Agreement;
import org.reportbank.agreement.Annotation;
import org.reportbank.agreement.UnitizingAlpha;
import org.reportbank.agreement.UnitizingAlphas;
import org.reportbank.model.Report;

/**
 * What the agreement holds does not grow with the number of reports: fed 100 reports and then
 * 9,900 more, made from the same 20 (so every length, label and annotator is met within the
 * first 100), it holds exactly as much. No timing and no heap: the accumulators' own counts, and the
 * objects reachable from an {@link Agreement}, counted one by one. A list of anything per report
 * (figures, units, gaps, lengths, ids) makes the second count larger.
 */
class NothingKeptPerReportTest {

	private static final int TEMPLATES = 20;

	/** Report i: the first report of seed i mod 20 (a fresh object each time, the same content every 20). */
	private static Report report(int i) {
		return new GeneratedReports(1000 + i % TEMPLATES).next();
	}

	@Test
	void alphaCountsLengthsNotUnits() {
		UnitizingAlphas alphas = new UnitizingAlphas(3);
		UnitizingAlpha alpha = new UnitizingAlpha(2);
		int[] after100 = null;
		for (int i = 0; i < 10_000; i++) {
			int shape = i % 10;
			int length = 30 + 7 * shape;
			List<List<Annotation>> spans = List.of(List.of(new Annotation(shape, shape + 4, "X"), new Annotation(20, 22 + shape % 3, "Y")),
					List.of(new Annotation(shape + 1, shape + 4, "X")), List.of(new Annotation(2, 9, shape % 2 == 0 ? "X" : "Z")));
			alphas.add(length, spans);
			alpha.add(0, length,
					List.of(List.of(new UnitizingAlpha.Unit(shape, shape + 5)), List.of(new UnitizingAlpha.Unit(shape + 2, 29))));
			if (i == 99) {
				after100 = new int[] { alphas.storedLengths(), alpha.storedLengths() };
			}
		}
		assertEquals(10_000, alpha.units() / 2, "every unit is counted");
		assertEquals(after100[0], alphas.storedLengths(), "lengths stored by the alphas of every label after 100 and after 10,000 reports");
		assertEquals(after100[1], alpha.storedLengths(), "lengths stored by one alpha after 100 and after 10,000 continua");
		assertTrue(after100[0] > 0 && after100[1] > 0);
	}

	@Test
	void theAgreementHoldsAsMuchAfter10000ReportsAsAfter100() {
		int[] handed = new int[1];
		Agreement agreement = new Agreement(Agreement.Options.all(), report -> handed[0]++);
		for (int i = 0; i < 100; i++) {
			agreement.add(report(i));
		}
		long after100 = reachable(agreement);
		int handed100 = handed[0];
		for (int i = 100; i < 10_000; i++) {
			agreement.add(report(i));
		}
		assertEquals(after100, reachable(agreement), "objects, elements and array slots the agreement holds");
		assertEquals(100 * handed100, handed[0], "each compared report's figures were handed over");
		assertEquals(handed[0], agreement.result().reports());
		assertTrue(agreement.result().reports() > 5000, agreement.result().reports() + " reports compared");
	}

	/**
	 * The objects reachable from {@code root} through fields (of this project's classes), elements
	 * of collections and maps, and arrays: each object once, each primitive array slot, and each
	 * reference to a value (string, number, enum) apart, so that a count that is a cached Long after
	 * 100 reports and a new one after 10,000 counts the same.
	 */
	static long reachable(Object root) {
		IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
		Deque<Object> pending = new ArrayDeque<>();
		pending.push(root);
		long count = 0;
		while (!pending.isEmpty()) {
			Object o = pending.pop();
			count++;
			if (value(o) || seen.put(o, Boolean.TRUE) != null) {
				continue;
			}
			Class<?> type = o.getClass();
			if (type.isArray()) {
				int length = Array.getLength(o);
				if (type.getComponentType().isPrimitive()) {
					count += length;
				} else {
					for (int i = 0; i < length; i++) {
						push(pending, Array.get(o, i));
					}
				}
			} else if (o instanceof Map<?, ?> map) {
				map.forEach((k, v) -> {
					push(pending, k);
					push(pending, v);
				});
			} else if (o instanceof Collection<?> collection) {
				collection.forEach(e -> push(pending, e));
			} else {
				for (Class<?> c = type; c != null && !c.getName().startsWith("java."); c = c.getSuperclass()) {
					for (Field field : c.getDeclaredFields()) {
						if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive() || !field.trySetAccessible()) {
							continue;
						}
						try {
							push(pending, field.get(o));
						} catch (IllegalAccessException e) {
							throw new AssertionError(e);
						}
					}
				}
			}
		}
		return count;
	}

	private static void push(Deque<Object> pending, Object o) {
		if (o != null) {
			pending.push(o);
		}
	}

	private static boolean value(Object o) {
		return o instanceof String || o instanceof Number || o instanceof Boolean || o instanceof Character || o instanceof Enum<?>
				|| o instanceof Class<?>;
	}
}
