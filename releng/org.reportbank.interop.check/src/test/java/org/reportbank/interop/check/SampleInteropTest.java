package org.reportbank.interop.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;

import org.apache.uima.fit.factory.CollectionReaderFactory;
import org.apache.uima.fit.pipeline.JCasIterable;
import org.apache.uima.jcas.JCas;
import org.dkpro.core.io.brat.BratReader;
import org.junit.jupiter.api.Test;

/**
 * The DKPro Core readers on the hand-written samples of src/test/resources/sample-interop/: the
 * format as documented, independent of the exporters. Always runs.
 */
class SampleInteropTest {

  private static Path samples() throws Exception {
    return Path.of(SampleInteropTest.class.getResource("/sample-interop/expected.json").toURI())
        .getParent();
  }

  @Test
  void conll2003ReaderReadsTheSameEntities() throws Exception {
    new InteropCheck("samples", samples()).checkConll();
  }

  @Test
  void bratReaderReadsTheSameSpans() throws Exception {
    new InteropCheck("samples", samples()).checkBrat();
  }

  /** The BratReader 2.4.0 behaviour the check relies on and README.md documents. */
  @Test
  void bratReaderMergesFragmentsOneCharacterApart() {
    List<int[]> merged = InteropCheck.mergeLikeBratReader(
        List.of(new int[] {48, 49}, new int[] {50, 52}));
    assertEquals(1, merged.size());
    List<int[]> kept = InteropCheck.mergeLikeBratReader(
        List.of(new int[] {40, 41}, new int[] {44, 47}));
    assertEquals(2, kept.size());
  }

  /**
   * Without a type that has a feature per brat attribute, BratReader cannot read A lines: into a
   * plain NamedEntity it fails on "A1 Status T1 accepted".
   */
  @Test
  void bratReaderNeedsAFeaturePerAttribute() throws Exception {
    var reader = CollectionReaderFactory.createReaderDescription(BratReader.class,
        BratReader.PARAM_SOURCE_LOCATION, samples().resolve("brat").toString(),
        BratReader.PARAM_PATTERNS, "**/*.ann",
        BratReader.PARAM_MAPPING, """
            { 'textTypeMapppings': [ { 'from': '.*',
                'to': 'de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity' } ],
              'spans': [ { 'type': 'de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity',
                'subCatFeature': 'value' } ] }
            """);
    RuntimeException e = assertThrows(RuntimeException.class, () -> {
      for (JCas jcas : new JCasIterable(reader)) {
        jcas.getDocumentText();
      }
    });
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    System.out.println("[interop samples] plain NamedEntity mapping: " + cause);
  }
}
