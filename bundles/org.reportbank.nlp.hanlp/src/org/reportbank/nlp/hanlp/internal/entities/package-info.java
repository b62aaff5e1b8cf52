/**
 * Entities found by rules over HanLP's tokens: government bodies from a lexicon and prefix chains,
 * laws inside 《》, dates, people and places from HanLP's tags, filtered. Internal; exported only to
 * the tests.
 */
package org.reportbank.nlp.hanlp.internal.entities;
