/**
 * Claims: sentences of achievement, problem and plan, typed from their section, and the metrics
 * they rest on. Internal; exported only to the tests.
 */
package org.reportbank.nlp.hanlp.internal.claims;
