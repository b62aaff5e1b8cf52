/**
 * A report's document fields (title, region, year, publisher, publication date) as text a person
 * reads and types, shared by the store that checks decisions on them, the annotator who decides
 * them and the curator who adopts a decision into the report.
 */
package org.reportbank.core.fields;
