package org.reportbank.interop.check;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The DKPro Core readers on what Reportbank's exporters wrote: the directory of the system
 * property interop.dir (the pom sets it to ../../bundles/org.reportbank.io.tests/target/interop,
 * written by the Tycho build's io tests). A missing directory fails: run the Tycho build first.
 */
class ExportedInteropTest {

  static final String DEFAULT_DIR = "../../bundles/org.reportbank.io.tests/target/interop";

  private static Path dir;

  @BeforeAll
  static void findExports() {
    dir = Path.of(System.getProperty("interop.dir", DEFAULT_DIR)).toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      fail("No exported interop samples in " + dir + ": the io tests of the Tycho build write"
          + " them (./mvnw -B verify, or ./reportbank test, which runs both builds); or point"
          + " -Dinterop.dir at a directory with conll/, brat/ and expected.json");
    }
    if (!Files.isRegularFile(dir.resolve("expected.json"))) {
      fail("No expected.json in " + dir + " (found: " + InteropCheck.listing(dir) + ")");
    }
  }

  @Test
  void conll2003ReaderReadsTheSameEntities() throws Exception {
    new InteropCheck("exported", dir).checkConll();
  }

  @Test
  void bratReaderReadsTheSameSpans() throws Exception {
    new InteropCheck("exported", dir).checkBrat();
  }
}
