/**
 * What the recommenders share without offering it to other bundles: longest-match selection,
 * report-level folds, strict reading of stored model files and the bundle's version.
 */
package org.reportbank.recommenders.internal;
