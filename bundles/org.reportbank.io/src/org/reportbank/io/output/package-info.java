/**
 * Where an export may write: never inside a corpus, never over a file unless asked, and what a
 * killed export left removed by the next one.
 */
package org.reportbank.io.output;
