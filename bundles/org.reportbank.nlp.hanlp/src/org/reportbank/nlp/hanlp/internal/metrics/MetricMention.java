package org.reportbank.nlp.hanlp.internal.metrics;

import java.math.BigDecimal;

import org.reportbank.model.MetricKind;

/**
 * A quantity found in a text. {@code value} and {@code unit} are as written (23.07, 亿元);
 * {@code normalizedValue} / {@code normalizedUnit} in base units (2307000000, 元); {@code
 * qualifier} is the approximation or bound word (余, 近, 约, 超过, 以上) or null.
 */
public record MetricMention(int begin, int end, BigDecimal value, String unit, MetricKind kind, boolean approximate,
		String qualifier, BigDecimal normalizedValue, String normalizedUnit, String indicator, String comparison,
		double confidence) {
}
