/**
 * The report editor and the views beside it (span table, label palette, properties), the commands
 * of the report text (label keys, next / previous suggestion, accept, reject, span edges) and the
 * annotator's own commands (mark done, decide by label, zoom).
 */
package org.reportbank.ui.annotation;
