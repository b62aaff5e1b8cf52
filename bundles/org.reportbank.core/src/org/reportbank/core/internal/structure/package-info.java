/**
 * How a report's structure is found in its normalized text: title, region, year, publisher and the
 * section tree of 一、（一）1.（1）一是 headings. Internal; exported only to the core tests.
 */
package org.reportbank.core.internal.structure;
