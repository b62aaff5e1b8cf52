package org.reportbank.sync;

import java.util.List;

/**
 * What a sync did: the files of this clone it committed (with the commit's message), the layers
 * that arrived from the others, whether the others changed the index (label set, settings,
 * reports added or their fields), whether the result reached the remote, and, when it could not be
 * reached, why (the local commit is kept for the next sync).
 */
public record SyncResult(int committedFiles, String commitMessage, List<Arrival> arrived, boolean indexArrived, boolean pushed,
		String offline) {

	/** The summary the command line prints and the workbench's status line shows. */
	public String summary() {
		StringBuilder text = new StringBuilder();
		text.append(committedFiles == 0 ? "nothing of yours to commit" : "committed " + commitMessage);
		if (arrived.isEmpty()) {
			text.append("; nothing arrived");
		} else {
			text.append("; arrived: ");
			for (int i = 0; i < arrived.size(); i++) {
				Arrival a = arrived.get(i);
				text.append(i == 0 ? "" : ", ").append(a.isNew() ? "new " : "changed ").append(a.layerId()).append(" layer of report ")
						.append(a.reportId()).append(" from ").append(String.join(" and ", a.from()));
			}
		}
		if (indexArrived) {
			text.append("; the index, label set or settings changed");
		}
		text.append(pushed ? "; the remote is up to date" : "; " + offline);
		return text.toString();
	}
}
