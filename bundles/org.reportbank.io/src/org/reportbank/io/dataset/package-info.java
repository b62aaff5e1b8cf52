/**
 * A dataset folder from a corpus: which layer gives the positives, train/dev/test splits by whole
 * reports, one writer per format, unique file names per report, and the dataset card; written aside
 * and appearing only when complete.
 */
package org.reportbank.io.dataset;
