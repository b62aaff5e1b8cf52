/**
 * Reading report files (plain text in any common Chinese encoding, web pages, PDFs with a text
 * layer) into reports: decoding, normalization with a record of every change, title, region, year
 * and the numbered section tree, and a batch import into a corpus that refuses a bad file by name
 * and commits the rest at once.
 */
package org.reportbank.core.importing;
