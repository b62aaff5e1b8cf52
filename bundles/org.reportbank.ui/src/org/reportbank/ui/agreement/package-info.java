/**
 * The Agreement view: how far the annotators agree, as a heat map per measure and a table per
 * label.
 */
package org.reportbank.ui.agreement;
