package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.briefing.corpus.CorpusReader;
import org.briefing.diagnostics.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A one-shot build reads its corpus on another thread while the command line is parsed, and reads
 * translation files only for a briefing that needs them.
 */
class EarlyCorpusReadTest {

  @Test
  void aBuildReadsItsCorpusEarlyAndAnEnglishOneNoTranslation(@TempDir Path tmp) throws Exception {
    Path english = CliRun.repo().resolve("briefings/full-article.yaml");
    Path polish = CliRun.repo().resolve("briefings/abstract-pl.yaml");

    List<String> en = initialized(tmp, english);
    List<String> pl = initialized(tmp, polish);

    // Main and the command run on the main thread; the corpus reader on another.
    String main = threadOf(en, "org/briefing/cli/Main");
    assertThat(threadOf(en, "org/briefing/cli/BuildCommand")).isEqualTo(main);
    assertThat(threadOf(en, "org/briefing/corpus/CorpusReader")).isNotEqualTo(main);
    // The check can fail: a Polish build does read its translations (a Translation per unit).
    assertThat(pl).anyMatch(c -> c.startsWith("org/briefing/i18n/Translation "));
    assertThat(en).noneMatch(c -> c.startsWith("org/briefing/i18n/Translation "));
  }

  @Test
  void theEarlyReadIsTakenByTheSameCorpusAndGivesWhatAReadGives() {
    Path spec = CliRun.repo().resolve("briefings/full-article.yaml");
    Path dir = CliRun.repo().resolve("briefings/corpus");

    Corpora.readEarly("build", "-f", "md", spec.toString(), "-o", "out");
    Corpora.Loaded early = new Corpora(null).forSpec(spec);

    assertThat(Corpora.earlyPending()).isFalse();
    assertThat(early.label()).isEqualTo(dir.toString());
    assertThat(early.corpus())
        .isEqualTo(CorpusReader.read(dir, CorpusReader.Translated.WHEN_ASKED).corpus());
  }

  /**
   * validate reads its corpus early too, whole (translations at once), for a spec, a corpus folder,
   * a folder of specs, or nothing (the built-in corpus); the read it takes is the one it would
   * make.
   */
  @Test
  void validateTakesAnEarlyReadOfWhatItChecks() {
    Path spec = CliRun.repo().resolve("briefings/full-article.yaml");
    Path dir = CliRun.repo().resolve("briefings/corpus");
    Path specs = CliRun.repo().resolve("briefings");

    int before = Corpora.earlyTaken();
    Corpora.readEarly("validate", spec.toString());
    Corpora.Loaded forSpec = Corpora.complete(null).forSpec(spec);
    Corpora.readEarly("validate", "-v", dir.toString());
    Corpora.Loaded forDir = Corpora.complete(null).forDir(dir);
    Corpora.readEarly("validate", specs.toString());
    Corpora.Loaded inFolder = Corpora.complete(null).forDir(specs.resolve("corpus"));
    Corpora.readEarly("validate");
    Corpora.Loaded builtIn = Corpora.complete(null).forDefault();

    assertThat(Corpora.earlyTaken() - before).isEqualTo(4);
    CorpusReader.Result whole = CorpusReader.read(dir, CorpusReader.Translated.AT_ONCE);
    assertThat(forSpec.corpus()).isEqualTo(whole.corpus());
    assertThat(forDir.corpus()).isEqualTo(whole.corpus());
    assertThat(inFolder.corpus()).isEqualTo(whole.corpus());
    assertThat(forDir.warnings()).isEqualTo(whole.warnings());
    assertThat(builtIn.label()).isEqualTo(CorpusReader.EMBEDDED_DISPLAY);
    // A build's early read (translations when asked) is not taken by validate's whole read.
    Corpora.readEarly("build", spec.toString());
    Corpora.complete(null).forSpec(spec);
    assertThat(Corpora.earlyTaken() - before).isEqualTo(4);
  }

  /** table and list read the corpus of --corpus, or the built-in one, early too. */
  @Test
  void tableAndListTakeAnEarlyReadOfTheirCorpus() {
    Path dir = CliRun.repo().resolve("briefings/crs-foreign-debt/corpus");

    int before = Corpora.earlyTaken();
    Corpora.readEarly("table", "ownership", "-l", "pl", "--corpus", dir.toString(), "-f", "csv");
    Corpora.Loaded table = Corpora.load(dir);
    Corpora.readEarly("list", "findings", "--topic", "x", "--corpus=" + dir);
    Corpora.Loaded list = Corpora.load(dir);
    Corpora.readEarly("list", "topics");
    Corpora.Loaded builtIn = Corpora.load(null);

    assertThat(Corpora.earlyTaken() - before).isEqualTo(3);
    CorpusReader.Result direct = CorpusReader.read(dir, CorpusReader.Translated.WHEN_ASKED);
    assertThat(table.corpus()).isEqualTo(direct.corpus());
    assertThat(list.corpus()).isEqualTo(direct.corpus());
    assertThat(table.label()).isEqualTo(dir.toString());
    assertThat(builtIn.label()).isEqualTo(CorpusReader.EMBEDDED_DISPLAY);
  }

  @Test
  void anEarlyReadOfAnotherCorpusIsDropped(@TempDir Path tmp) throws IOException {
    Path other = CliTest.copyCorpus(tmp);
    Path spec = tmp.resolve("note.yaml");
    Files.writeString(spec, "title: A note\nsections: [executive-summary]\n");
    Path shipped = CliRun.repo().resolve("briefings/full-article.yaml");

    Corpora.readEarly("build", shipped.toString());
    Files.writeString(
        other.resolve("article.yaml"),
        Files.readString(other.resolve("article.yaml"))
            .replaceFirst("\ntitle: [^\n]+", "\ntitle: \"Another title\""),
        StandardCharsets.UTF_8);
    Corpora.Loaded read = new Corpora(null).forSpec(spec);

    assertThat(Corpora.earlyPending()).isFalse();
    assertThat(read.label()).isEqualTo(other.toString());
    assertThat(read.corpus().article().title()).isEqualTo("Another title");
  }

  @Test
  void anEarlyReadOfABrokenCorpusFailsAsAReadDoes(@TempDir Path tmp) throws IOException {
    Path corpus = CliTest.copyCorpus(tmp);
    Path hyp = corpus.resolve("argument.yaml");
    Files.writeString(hyp, Files.readString(hyp).replaceFirst("verdict:", "verdikt:"));
    Path spec = tmp.resolve("note.yaml");
    Files.writeString(spec, "title: A note\nsections: [executive-summary]\n");

    InvalidInputException direct =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> CorpusReader.read(corpus, CorpusReader.Translated.WHEN_ASKED));
    Corpora.readEarly("build", "--strict", spec.toString());
    InvalidInputException early =
        catchThrowableOfType(InvalidInputException.class, () -> new Corpora(null).forSpec(spec));

    assertThat(early.diagnostics()).isNotEmpty().isEqualTo(direct.diagnostics());
  }

  /** The thread that initialised a class. */
  private static String threadOf(List<String> initialized, String type) {
    String prefix = type + " by ";
    return initialized.stream()
        .filter(c -> c.startsWith(prefix))
        .map(c -> c.substring(prefix.length()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(type + " not initialised"));
  }

  /** The classes a build initialises in a fresh JVM, as "a/b/Class by THREAD-ID". */
  private static List<String> initialized(Path tmp, Path spec)
      throws IOException, InterruptedException {
    List<String> out = new ArrayList<>();
    for (String line : FreshJvm.build(tmp, "-Xlog:class+init=info:stdout:tid", spec, "md")) {
      // [442] 408 Initializing 'a/b/C' (0x...), 442 being the thread's id
      int at = line.indexOf("Initializing '");
      if (line.startsWith("[") && at >= 0) {
        String rest = line.substring(at + "Initializing '".length());
        String name = rest.substring(0, rest.indexOf('\''));
        out.add(name + " by " + line.substring(1, line.indexOf(']')));
      }
    }
    return out;
  }
}
