package org.reportbank.interop.check;

import static org.apache.uima.fit.factory.CollectionReaderFactory.createReaderDescription;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.collection.CollectionReaderDescription;
import org.apache.uima.fit.factory.TypeSystemDescriptionFactory;
import org.apache.uima.fit.pipeline.JCasIterable;
import org.apache.uima.fit.util.FSUtil;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.dkpro.core.io.brat.BratReader;
import org.dkpro.core.io.conll.Conll2003Reader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;
import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * Reads an interop directory (the layout of bundles/org.reportbank.io.tests/target/interop/, see
 * README.md) with DKPro Core's {@link Conll2003Reader} and {@link BratReader} and compares what
 * they find with expected.json. Prints a short report of what was read.
 */
final class InteropCheck {

  /**
   * The UIMA type the brat entities are read into: a DKPro NamedEntity (value = the brat label)
   * with a String feature per brat attribute and one for the AnnotatorNotes. BratReader puts an
   * attribute into the feature of the same name and fails when the type has none, so a plain
   * NamedEntity cannot take a .ann with A lines. See {@link #bratTypeSystem(Path)}.
   */
  static final String BRAT_ENTITY_TYPE = "org.reportbank.interop.check.BratEntity";
  static final String NOTES_FEATURE = "AnnotatorNotes";

  /**
   * BratReader mapping (PARAM_MAPPING, JSON): every brat entity label becomes a BratEntity (a
   * NamedEntity) whose value is the label (the "subcategorization" feature), the AnnotatorNotes go
   * to a feature; A lines go to the features of the same name without configuration.
   */
  static final String BRAT_MAPPING = """
      {
        'textTypeMapppings': [ { 'from': '.*', 'to': '%1$s' } ],
        'relationTypeMapppings': [],
        'spans': [ { 'type': '%1$s', 'subCatFeature': 'value' } ],
        'relations': [],
        'comments': [ { 'type': '%1$s', 'feature': 'AnnotatorNotes' } ]
      }
      """.formatted(BRAT_ENTITY_TYPE);

  private static final String DOCSTART = "-DOCSTART-";
  private static final Pattern T_LINE = Pattern.compile("^(T\\d+)\\t(\\S+) ([0-9 ;]+)\\t.*$");
  private static final Pattern A_LINE = Pattern.compile("^A\\d+\\t(\\S+) (T\\d+)(?: (.*))?$");
  private static final Pattern NOTE_LINE =
      Pattern.compile("^#\\d+\\tAnnotatorNotes (T\\d+)\\t(.*)$");

  private final Path dir;
  private final JsonNode expected;
  private final String name;

  InteropCheck(String name, Path dir) throws IOException {
    this.name = name;
    this.dir = dir;
    Path expectedFile = dir.resolve("expected.json");
    assertTrue(Files.isRegularFile(expectedFile), "no expected.json in " + dir);
    this.expected = new ObjectMapper().readTree(expectedFile.toFile());
  }

  private void report(String format, Object... args) {
    System.out.printf("[interop %s] %s%n", name, printable(String.format(format, args)));
  }

  /** Line breaks and lone surrogates (a UTF-16 offset inside a pair) as escapes. */
  private static String printable(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1));
      if (pair) {
        sb.append(c).append(s.charAt(++i));
      }
      else if (Character.isSurrogate(c) || c == '\n' || c == '\r') {
        sb.append(String.format("\\u%04X", (int) c));
      }
      else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------------------------- CoNLL

  /** Reads conll/*.conll with Conll2003Reader and compares the entities per sentence. */
  void checkConll() throws Exception {
    Path conllDir = dir.resolve("conll");
    assertTrue(Files.isDirectory(conllDir), "no conll/ directory in " + dir);
    CollectionReaderDescription reader = createReaderDescription(Conll2003Reader.class,
        Conll2003Reader.PARAM_SOURCE_LOCATION, conllDir.toString(),
        Conll2003Reader.PARAM_PATTERNS, "*.conll",
        Conll2003Reader.PARAM_LANGUAGE, "zh");

    // sentence index (over all files, -DOCSTART- lines not counted) -> what the reader found
    List<List<String>> tokensRead = new ArrayList<>();
    List<List<String[]>> entitiesRead = new ArrayList<>();
    int files = 0;
    int docstarts = 0;
    for (JCas jcas : new JCasIterable(reader)) {
      files++;
      for (Sentence sentence : JCasUtil.select(jcas, Sentence.class)) {
        List<String> tokens = JCasUtil.selectCovered(Token.class, sentence).stream()
            .map(Token::getCoveredText).toList();
        // Conll2003Reader has no notion of -DOCSTART-: the line becomes a one-token sentence
        if (tokens.size() == 1 && DOCSTART.equals(tokens.get(0))) {
          docstarts++;
          continue;
        }
        List<String[]> entities = new ArrayList<>();
        for (NamedEntity ne : JCasUtil.selectCovered(NamedEntity.class, sentence)) {
          // the reader joins tokens with a space; the entity text is its tokens
          String text = JCasUtil.selectCovered(Token.class, ne).stream()
              .map(Token::getCoveredText).collect(Collectors.joining());
          entities.add(new String[] {ne.getValue(), text, ne.getCoveredText()});
        }
        tokensRead.add(tokens);
        entitiesRead.add(entities);
      }
    }
    int entityCount = entitiesRead.stream().mapToInt(List::size).sum();
    report("CoNLL-2003: Conll2003Reader read %d file(s), %d document(s) (-DOCSTART-), "
        + "%d sentence(s), %d entities", files, docstarts, tokensRead.size(), entityCount);
    assertTrue(files > 0, "Conll2003Reader found no *.conll file in " + conllDir);

    JsonNode expectedSentences = expected.path("conll");
    assertTrue(expectedSentences.isArray() && expectedSentences.size() > 0,
        "expected.json has no \"conll\" sentences");
    Map<Integer, JsonNode> bySentence = new TreeMap<>();
    for (JsonNode s : expectedSentences) {
      bySentence.put(s.path("sentence").asInt(), s);
    }
    int compared = 0;
    for (int i = 0; i < tokensRead.size(); i++) {
      JsonNode exp = bySentence.get(i);
      List<String[]> got = entitiesRead.get(i);
      String where = "CoNLL sentence " + i + " " + tokensRead.get(i);
      if (exp == null) {
        assertTrue(got.isEmpty(), where + ": not in expected.json, but the reader found "
            + got.stream().map(e -> e[0] + ":" + e[1]).toList());
        continue;
      }
      if (exp.has("tokens")) {
        List<String> expTokens = new ArrayList<>();
        exp.get("tokens").forEach(t -> expTokens.add(t.asText()));
        assertEquals(expTokens, tokensRead.get(i), where + ": tokens");
      }
      List<String> expEntities = new ArrayList<>();
      exp.path("entities").forEach(e -> expEntities.add(e.path("label").asText() + ":"
          + noSpace(e.path("text").asText())));
      List<String> gotEntities = got.stream().map(e -> e[0] + ":" + noSpace(e[1])).toList();
      assertEquals(expEntities, gotEntities, where + ": entities (label:text, in order)");
      for (String[] e : got) {
        report("  sentence %d  %-8s %s", i, e[0], e[2]);
      }
      compared++;
    }
    for (int i : bySentence.keySet()) {
      assertTrue(i < tokensRead.size(), "expected.json has CoNLL sentence " + i
          + ", the reader found only " + tokensRead.size() + " sentences");
    }
    report("CoNLL-2003: %d sentence(s) match expected.json", compared);
  }

  // ----------------------------------------------------------------------------------- brat

  /** One annotation as the BratReader created it, or as we expect it to. */
  record Span(String label, int begin, int end) {
    @Override
    public String toString() {
      return label + "[" + begin + "," + end + ")";
    }
  }

  /** What we know from a T line of the .ann (offsets as written: code points). */
  record TLine(String id, String label, List<int[]> fragments) {
  }

  /** Reads brat/**&#47;*.ann with BratReader and compares the spans per document. */
  void checkBrat() throws Exception {
    Path bratDir = dir.resolve("brat");
    assertTrue(Files.isDirectory(bratDir), "no brat/ directory in " + dir);
    assertTrue(Files.isRegularFile(bratDir.resolve("sample/annotation.conf"))
        || Files.isRegularFile(bratDir.resolve("annotation.conf")),
        "no annotation.conf in brat/ or brat/sample/");
    TypeSystemDescription types = bratTypeSystem(bratDir);
    CollectionReaderDescription reader = createReaderDescription(BratReader.class, types,
        BratReader.PARAM_SOURCE_LOCATION, bratDir.toString(),
        BratReader.PARAM_PATTERNS, "**/*.ann",
        BratReader.PARAM_LANGUAGE, "zh",
        BratReader.PARAM_MAPPING, BRAT_MAPPING);

    Map<String, JsonNode> expectedDocs = new LinkedHashMap<>();
    for (JsonNode d : expected.path("brat")) {
      expectedDocs.put(d.path("document").asText(), d);
    }
    assertFalse(expectedDocs.isEmpty(), "expected.json has no \"brat\" documents");

    int docs = 0;
    int spans = 0;
    int shifted = 0;
    for (JCas jcas : new JCasIterable(reader)) {
      docs++;
      String uri = DocumentMetaData.get(jcas).getDocumentUri();
      String file = uri.substring(uri.lastIndexOf('/') + 1);
      String id = file.substring(0, file.length() - ".ann".length());
      JsonNode exp = expectedDocs.remove(id);
      assertTrue(exp != null, "brat document " + id + " is not in expected.json");
      Path ann;
      try (Stream<Path> walk = Files.walk(bratDir)) {
        ann = walk.filter(p -> p.getFileName().toString().equals(file)).findFirst().orElseThrow();
      }
      String text = jcas.getDocumentText();
      List<String> annLines = Files.readAllLines(ann, StandardCharsets.UTF_8);

      // what the reader created, sorted
      List<AnnotationFS> read = JCasUtil.select(jcas, NamedEntity.class).stream()
          .map(AnnotationFS.class::cast)
          .sorted(Comparator.comparingInt(AnnotationFS::getBegin)
              .thenComparingInt(AnnotationFS::getEnd)
              .thenComparing(a -> ((NamedEntity) a).getValue()))
          .collect(Collectors.toList());
      List<Span> got = read.stream()
          .map(a -> new Span(((NamedEntity) a).getValue(), a.getBegin(), a.getEnd())).toList();

      // what it should have created: one annotation per fragment of each expected span, the
      // offsets unchanged (code points), fragments merged as BratReader 2.4.0 merges them
      Map<String, TLine> tLines = parseTLines(annLines);
      List<Span> want = new ArrayList<>();
      Map<Span, String> wantText = new LinkedHashMap<>();
      for (JsonNode s : exp.path("spans")) {
        String label = s.path("label").asText();
        int begin = s.path("begin").asInt();
        int end = s.path("end").asInt();
        String expText = s.path("text").asText();
        List<int[]> fragments = fragmentsOf(s, label, begin, end, tLines.values());
        String fragmentText = fragments.stream()
            .map(f -> cpSubstring(text, f[0], f[1], id)).collect(Collectors.joining());
        assertEquals(noSpace(expText), noSpace(fragmentText), id + " " + label + "[" + begin
            + "," + end + "): the text at these code point offsets of " + id + ".txt");
        for (int[] f : mergeLikeBratReader(fragments)) {
          Span span = new Span(label, f[0], f[1]);
          want.add(span);
          wantText.put(span, cpSubstring(text, f[0], f[1], id));
        }
      }
      want.sort(Comparator.comparingInt(Span::begin).thenComparingInt(Span::end)
          .thenComparing(Span::label));
      assertEquals(want, got, id + ": the annotations BratReader created (label[begin,end)),"
          + " compared with expected.json's spans taken unchanged as offsets");

      // the spans are the same; what the CAS offsets mean: brat wrote code points, the CAS
      // indexes UTF-16 units, and BratReader does not convert
      for (AnnotationFS a : read) {
        Span span = new Span(((NamedEntity) a).getValue(), a.getBegin(), a.getEnd());
        String codePointText = wantText.get(span);
        String utf16Text = safeCoveredText(a);
        // a character outside the BMP before the end: UTF-16 and code point offsets part
        boolean differs = text.offsetByCodePoints(0, a.getEnd()) != a.getEnd();
        if (differs) {
          shifted++;
        }
        else {
          assertEquals(codePointText, utf16Text, id + " " + span + ": getCoveredText()");
        }
        report("  %-12s %-8s cp[%d,%d) = %s%s%s", id, span.label(), span.begin(), span.end(),
            codePointText, differs ? "   (CAS getCoveredText(): " + utf16Text + ")" : "",
            featureText(a));
      }
      checkAttributes(id, annLines, tLines, read);
      spans += read.size();
    }
    assertTrue(docs > 0, "BratReader found no .ann file under " + bratDir);
    assertTrue(expectedDocs.isEmpty(), "BratReader did not read " + expectedDocs.keySet());
    report("brat: BratReader read %d document(s), %d annotation(s); %d of them follow a"
        + " character outside the BMP, so their getCoveredText() is off", docs, spans, shifted);
  }

  /**
   * The DKPro types plus {@link #BRAT_ENTITY_TYPE} with a feature for every attribute that
   * annotation.conf declares or an A line uses.
   */
  static TypeSystemDescription bratTypeSystem(Path bratDir) throws Exception {
    Set<String> attributes = new TreeSet<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(bratDir)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    for (Path file : files) {
      String fileName = file.getFileName().toString();
      if (fileName.equals("annotation.conf")) {
        boolean inAttributes = false;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          String trimmed = line.strip();
          if (trimmed.startsWith("[")) {
            inAttributes = trimmed.equals("[attributes]");
          }
          else if (inAttributes && !trimmed.isEmpty() && !trimmed.startsWith("#")) {
            attributes.add(trimmed.split("[\\s]", 2)[0]);
          }
        }
      }
      else if (fileName.endsWith(".ann")) {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          Matcher a = A_LINE.matcher(line);
          if (a.matches()) {
            attributes.add(a.group(1));
          }
        }
      }
    }
    attributes.add(NOTES_FEATURE);
    TypeSystemDescription types = TypeSystemDescriptionFactory.createTypeSystemDescription();
    TypeDescription entity = types.addType(BRAT_ENTITY_TYPE, "a brat text annotation",
        NamedEntity.class.getName());
    for (String attribute : attributes) {
      entity.addFeature(attribute, "brat attribute or note", CAS.TYPE_NAME_STRING);
    }
    return types;
  }

  /** A lines and AnnotatorNotes arrive in the features of the annotations of their T. */
  private void checkAttributes(String id, List<String> annLines, Map<String, TLine> tLines,
      List<AnnotationFS> read) {
    // BratReader sets the feature once per note: of several notes on one T the last one stays
    Map<String, String> lastNote = new LinkedHashMap<>();
    for (String line : annLines) {
      Matcher n = NOTE_LINE.matcher(line);
      if (n.matches()) {
        lastNote.put(n.group(1), line);
      }
    }
    for (String line : annLines) {
      Matcher a = A_LINE.matcher(line);
      Matcher n = NOTE_LINE.matcher(line);
      String target;
      String feature;
      String value;
      if (a.matches()) {
        feature = a.group(1);
        target = a.group(2);
        value = a.group(3) == null ? null : a.group(3);
      }
      else if (n.matches() && line.equals(lastNote.get(n.group(1)))) {
        feature = NOTES_FEATURE;
        target = n.group(1);
        value = n.group(2);
      }
      else {
        continue;
      }
      TLine t = tLines.get(target);
      assertTrue(t != null, id + ": " + line + " refers to no T line");
      List<int[]> merged = mergeLikeBratReader(t.fragments());
      // BratReader puts A lines on every fragment, a note only on the last one
      List<int[]> carriers = feature.equals(NOTES_FEATURE)
          ? List.of(merged.get(merged.size() - 1)) : merged;
      for (int[] f : carriers) {
        AnnotationFS anno = read.stream()
            .filter(r -> r.getBegin() == f[0] && r.getEnd() == f[1]
                && t.label().equals(((NamedEntity) r).getValue()))
            .findFirst().orElse(null);
        assertTrue(anno != null, id + ": no annotation for " + target + " fragment " + f[0] + " "
            + f[1]);
        assertEquals(value, FSUtil.getFeature(anno, feature, String.class),
            id + ": " + line + " read into feature " + feature);
      }
    }
  }

  private static String featureText(AnnotationFS a) {
    StringBuilder sb = new StringBuilder();
    for (Feature f : a.getType().getFeatures()) {
      if (!f.getDomain().getName().equals(BRAT_ENTITY_TYPE)) {
        continue; // the NamedEntity features
      }
      String v = a.getStringValue(f);
      if (v != null) {
        sb.append(sb.length() == 0 ? "   " : " ").append(f.getShortName()).append('=').append(v);
      }
    }
    return sb.toString();
  }

  private static Map<String, TLine> parseTLines(List<String> annLines) {
    Map<String, TLine> result = new LinkedHashMap<>();
    for (String line : annLines) {
      Matcher m = T_LINE.matcher(line);
      if (m.matches()) {
        List<int[]> fragments = new ArrayList<>();
        for (String f : m.group(3).split(";")) {
          String[] be = f.trim().split(" ");
          fragments.add(new int[] {Integer.parseInt(be[0]), Integer.parseInt(be[1])});
        }
        result.put(m.group(1), new TLine(m.group(1), m.group(2), fragments));
      }
    }
    return result;
  }

  /**
   * The fragments of an expected span: its "fragments" if expected.json gives them, else those of
   * the T line with the same label and extent, else the span itself.
   */
  private static List<int[]> fragmentsOf(JsonNode span, String label, int begin, int end,
      Iterable<TLine> tLines) {
    if (span.has("fragments")) {
      List<int[]> result = new ArrayList<>();
      span.get("fragments").forEach(f -> result.add(new int[] {f.get(0).asInt(),
          f.get(1).asInt()}));
      return result;
    }
    for (TLine t : tLines) {
      List<int[]> f = t.fragments();
      if (t.label().equals(label) && f.get(0)[0] == begin && f.get(f.size() - 1)[1] == end) {
        return f;
      }
    }
    return List.of(new int[] {begin, end});
  }

  /**
   * DKPro Core 2.4.0 (BratTextAnnotation) merges a fragment into the previous one when it begins
   * at most one character after the previous end: "1 2;3 4" becomes "1 4".
   */
  static List<int[]> mergeLikeBratReader(List<int[]> fragments) {
    List<int[]> result = new ArrayList<>();
    for (int[] f : fragments) {
      if (!result.isEmpty() && f[0] <= result.get(result.size() - 1)[1] + 1) {
        result.get(result.size() - 1)[1] = f[1];
      }
      else {
        result.add(new int[] {f[0], f[1]});
      }
    }
    return result;
  }

  /** The text between two code point offsets. */
  static String cpSubstring(String text, int begin, int end, String doc) {
    int count = text.codePointCount(0, text.length());
    assertTrue(0 <= begin && begin <= end && end <= count, doc + ": code point offsets "
        + begin + " " + end + " outside the text (" + count + " code points)");
    return text.substring(text.offsetByCodePoints(0, begin), text.offsetByCodePoints(0, end));
  }

  private static String safeCoveredText(AnnotationFS a) {
    String text = a.getCAS().getDocumentText();
    return text.substring(Math.min(a.getBegin(), text.length()),
        Math.min(a.getEnd(), text.length()));
  }

  private static String noSpace(String s) {
    return s.replaceAll("[\\s\\u3000]+", "");
  }

  /** The interop directory layout as a short listing, for failure messages. */
  static String listing(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.map(p -> dir.relativize(p).toString()).sorted().collect(
          Collectors.joining(", "));
    }
    catch (IOException e) {
      return e.toString();
    }
  }
}
