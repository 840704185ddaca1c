package org.briefing.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.briefing.corpus.CorpusReader;
import org.briefing.diagnostics.InvalidInputException;
import org.briefing.i18n.Language;
import org.briefing.i18n.Localizer;
import org.briefing.i18n.UnitCatalog;
import org.briefing.i18n.xliff.XliffReader;
import org.briefing.i18n.xliff.XliffWriter;
import org.briefing.model.Corpus;
import org.briefing.spec.SpecReader;
import org.briefing.text.MarkdownText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generator-based fuzzer (plain JUnit, no framework) over the spec reader, the corpus reader, the
 * XLIFF reader and the Markdown text reader. Inputs are the real files of the repository, mutated
 * at random (bytes and lines dropped, repeated and swapped; hostile snippets spliced in). Each
 * input must end in success or the tool's own diagnostics: never another exception, never more than
 * a few seconds, never a file outside the temporary folder.
 *
 * <p>A short run is part of every build; {@code -Dfuzz.seconds=3600} runs longer, {@code
 * -Dfuzz.seed=N} repeats a run. The number of inputs tried is printed.
 */
class InputFuzzTest {
  private static final long SECONDS = Long.getLong("fuzz.seconds", 4);
  private static final long SEED = Long.getLong("fuzz.seed", System.nanoTime());
  private static final long PER_INPUT_MILLIS = Long.getLong("fuzz.millis", 5_000);
  private static final java.lang.management.ThreadMXBean CPU =
      java.lang.management.ManagementFactory.getThreadMXBean();

  private static final String[] SNIPPETS = {
    "\u0007",
    "\u001b[31m",
    "\u0000",
    "\u202e",
    "\ud800",
    "\"\\a\"",
    "\"\\x1b\"",
    "\"\\0\"",
    "!!str ",
    "!lang ",
    "&a [*a, *a]",
    "*a",
    "- ",
    ": ",
    "{",
    "[",
    "]",
    "}",
    "\n  ",
    "'",
    "extends: ../../../etc/passwd\n",
    "extends: /dev/zero\n",
    "logo: /etc/passwd",
    "javascript:alert(1)",
    "=HYPERLINK(\"x\")",
    "<cp hex=\"0000\"/>",
    "<cp hex=\"D800\"/>",
    "<![CDATA[",
    "]]>",
    "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>",
    "&e;",
    "number: -1",
    "number: 99999999999999999999",
    "value: -1e308",
    "id: ",
    "- r: ",
    "footnote: 0",
    "note: 0",
    "[x](javascript:alert(1))",
    "<script>",
    "\\",
    "%",
    "#",
    "\t",
    "1e400",
    "0x",
    "2022-13-45",
    "~",
    "null",
    "true",
    "\ufeff",
    "\r",
    "\u2028",
    "\u202e",
    "\"\\u2066\"",
    "\ufdd0",
    "\u0085",
    "&#x202E;",
    "<cp hex=\"-1\"/>",
    "date: 2022-02-30",
    "@book{k, title = {\u001b}}"
  };

  @Test
  @Timeout(value = 3, unit = TimeUnit.HOURS)
  void everyInputEndsInSuccessOrDiagnostics(@TempDir Path tmp) throws IOException {
    Random random = new Random(SEED);
    Corpus corpus = CorpusReader.readDefault().corpus();
    UnitCatalog catalog = Localizer.units(corpus);
    Map<String, String> corpusFiles = new LinkedHashMap<>();
    for (String f : CorpusReader.FILES) {
      String text = resource(f);
      if (text != null) {
        corpusFiles.put(f, text);
      }
    }
    corpusFiles.put("translations/pl.yaml", resource("translations/pl.yaml"));
    List<String> specs = new ArrayList<>();
    try (Stream<Path> s = Files.list(repo().resolve("briefings"))) {
      for (Path p : s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        specs.add(Files.readString(p));
      }
    }
    String xliff = XliffWriter.write(corpus, Language.PL);
    List<String> texts = new ArrayList<>(corpusFiles.values());
    Path specDir = Files.createDirectories(tmp.resolve("specs"));
    Files.writeString(specDir.resolve("base.yaml"), specs.get(0));
    List<String> before = listing(tmp);

    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
    long tried = 0;
    while (System.nanoTime() < end || tried < 40) {
      int target = (int) (tried % 4);
      long t0 = CPU.getCurrentThreadCpuTime();
      String input;
      switch (target) {
        case 0 -> {
          input = mutate(random, specs.get(random.nextInt(specs.size())));
          Path file = specDir.resolve("fuzz.yaml");
          Files.write(file, input.getBytes(StandardCharsets.UTF_8));
          check(input, () -> SpecReader.of(corpus).read(file));
        }
        case 1 -> {
          Map<String, String> files = new LinkedHashMap<>(corpusFiles);
          List<String> names = new ArrayList<>(files.keySet());
          String name = names.get(random.nextInt(names.size()));
          input = mutate(random, files.get(name));
          files.put(name, input);
          check(name + ":\n" + input, () -> CorpusReader.read("corpus", files));
        }
        case 2 -> {
          input = mutate(random, xliff);
          byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
          check(input, () -> XliffReader.of(catalog, Language.PL).read("fuzz.xlf", bytes));
        }
        default -> {
          input = mutate(random, texts.get(random.nextInt(texts.size())));
          String md = input;
          check(
              input,
              () -> {
                MarkdownText.builder().build().toBlocks(md);
                MarkdownText.builder().build().toInlines(md);
              });
        }
      }
      // CPU time of this thread, not wall time: the machine is shared and runs this nice'd.
      long millis = TimeUnit.NANOSECONDS.toMillis(CPU.getCurrentThreadCpuTime() - t0);
      if (millis > PER_INPUT_MILLIS) {
        findings.add("input took " + millis + " ms of CPU:\n" + input);
      }
      tried++;
      if (findings.size() >= 20) {
        break;
      }
    }
    System.out.println(
        "InputFuzzTest: "
            + tried
            + " inputs tried (seed "
            + SEED
            + "), "
            + findings.size()
            + " findings");
    assertThat(findings).as("findings (seed %d)", SEED).isEmpty();
    assertThat(listing(tmp)).as("files written by the readers").isEqualTo(listingWith(before));
  }

  private static List<String> listingWith(List<String> before) {
    List<String> l = new ArrayList<>(before);
    if (!l.contains("specs/fuzz.yaml")) {
      l.add("specs/fuzz.yaml");
      l.sort(null);
    }
    return l;
  }

  private static List<String> listing(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  private interface Action {
    void run() throws Exception;
  }

  private final List<String> findings = new ArrayList<>();

  private void check(String input, Action action) {
    try {
      action.run();
    } catch (InvalidInputException e) {
      // the tool's own diagnostics: fine, when there is at least one
      if (e.diagnostics().isEmpty()) {
        findings.add("no diagnostics for:\n" + input);
      }
    } catch (Throwable t) {
      StringBuilder where = new StringBuilder();
      for (StackTraceElement el : t.getStackTrace()) {
        if (el.getClassName().startsWith("org.briefing")) {
          where.append("\n  at ").append(el);
          if (where.length() > 400) {
            break;
          }
        }
      }
      findings.add("not a diagnostic but " + t + where + "\nfor input:\n" + input);
    }
  }

  /** One to four random edits of a text. */
  static String mutate(Random r, String text) {
    StringBuilder b = new StringBuilder(text);
    int edits = 1 + r.nextInt(4);
    for (int i = 0; i < edits; i++) {
      int at = b.length() == 0 ? 0 : r.nextInt(b.length());
      switch (r.nextInt(7)) {
        case 0 -> b.insert(at, SNIPPETS[r.nextInt(SNIPPETS.length)]);
        case 1 -> b.delete(at, Math.min(b.length(), at + 1 + r.nextInt(40)));
        case 2 -> {
          int end = Math.min(b.length(), at + 1 + r.nextInt(200));
          String piece = b.substring(at, end);
          b.insert(end, piece.repeat(1 + r.nextInt(3)));
        }
        case 3 -> {
          if (b.length() > 0) {
            b.setCharAt(at, (char) r.nextInt(0x80));
          }
        }
        case 4 -> {
          int line = b.indexOf("\n", at);
          if (line >= 0) {
            b.insert(line + 1, "  ".repeat(r.nextInt(3)));
          }
        }
        case 5 -> b.insert(at, (char) (0x80 + r.nextInt(0x3000)));
        default -> {
          int other = b.length() == 0 ? 0 : r.nextInt(b.length());
          int end = Math.min(b.length(), other + r.nextInt(80));
          b.insert(at, b.substring(Math.min(other, end), end));
        }
      }
    }
    return b.toString();
  }

  private static String resource(String file) throws IOException {
    try (InputStream in =
        CorpusReader.class.getResourceAsStream(CorpusReader.EMBEDDED_DIR + file)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Path repo() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.isDirectory(p.resolve("briefings/corpus"))) {
      p = p.getParent();
    }
    return p;
  }
}
