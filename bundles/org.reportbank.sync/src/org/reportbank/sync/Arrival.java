package org.reportbank.sync;

import java.util.Set;

/** A layer that a sync brought in, new or changed, with the people whose commits changed it. */
public record Arrival(String reportId, String layerId, boolean isNew, Set<String> from) {
}
