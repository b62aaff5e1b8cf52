package org.reportbank.core.store;

import java.nio.file.Path;

import org.eclipse.core.runtime.jobs.ISchedulingRule;

/**
 * The scheduling rule of one corpus folder: jobs that write the same corpus (an import, a
 * pre-annotation, an autosave, a settings change) run one after the other instead of meeting on
 * the corpus lock, while jobs on other corpora, and readers, run freely.
 */
public record CorpusRule(Path folder) implements ISchedulingRule {

	@Override
	public boolean contains(ISchedulingRule rule) {
		return equals(rule);
	}

	@Override
	public boolean isConflicting(ISchedulingRule rule) {
		return equals(rule);
	}
}
