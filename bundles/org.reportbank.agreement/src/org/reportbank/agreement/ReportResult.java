package org.reportbank.agreement;

import java.util.List;

/** The agreement in one report annotated by two annotators or more; group is null for fewer than three. */
public record ReportResult(String id, List<String> annotators, Tokens.Unit tokenUnit, long tokens, List<PairResult> pairs,
		GroupResult group) {
}
