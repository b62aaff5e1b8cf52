/**
 * What the test bundles build their fixtures from: reports, layers, spans and decisions made in a
 * line each, the way the store and the workbench would make them, and the sample reports of the
 * repository. For tests only; no feature of the product contains it.
 */
package org.reportbank.testing;
