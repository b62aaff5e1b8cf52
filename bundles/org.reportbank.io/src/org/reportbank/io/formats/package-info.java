/**
 * The dataset formats (CoNLL, character BIO/BMES, brat, doccano) with their offset units, and
 * doccano exports read back as an annotator's layer.
 */
package org.reportbank.io.formats;
