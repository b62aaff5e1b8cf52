/**
 * The lossless JSONL format: one report per line with its text, metadata, sections and every layer,
 * written byte for byte the same again, and read back strictly (every field typed, every number in
 * range, every id valid) as one import that changes nothing unless every line is good.
 */
package org.reportbank.io.jsonl;
