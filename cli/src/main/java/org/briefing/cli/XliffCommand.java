package org.briefing.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.briefing.corpus.CorpusReader;
import org.briefing.corpus.TranslationsYamlWriter;
import org.briefing.diagnostics.Diagnostic;
import org.briefing.diagnostics.InvalidInputException;
import org.briefing.diagnostics.SourcePosition;
import org.briefing.i18n.Language;
import org.briefing.i18n.Localizer;
import org.briefing.i18n.UnitCatalog;
import org.briefing.i18n.xliff.TranslationsMerger;
import org.briefing.i18n.xliff.Xliff12Writer;
import org.briefing.i18n.xliff.XliffReader;
import org.briefing.i18n.xliff.XliffWriter;
import org.briefing.model.Corpus;
import org.briefing.yaml.YamlLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code briefing xliff export|import}: the translations to and from a CAT tool. */
@Command(
    name = "xliff",
    mixinStandardHelpOptions = true,
    description = {
      "Exchange the translations with translators' CAT tools as XLIFF 2.0 or 1.2: export every"
          + " unit with its English and its translation, import the file the translator sends back."
    },
    subcommands = {XliffCommand.Export.class, XliffCommand.Import.class})
final class XliffCommand extends CommandGroup {
  /** {@code briefing xliff export}. */
  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description = {
        "Write every translatable unit as XLIFF (2.0, or 1.2) for a CAT tool: the English as source, the"
            + " translation as target, its status as state (none or stale: initial; draft: translated;"
            + " reviewed: reviewed; the article's own: final)."
      })
  static final class Export implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin TranslationOptions options;

    @Option(
        names = "--xliff-version",
        paramLabel = "VERSION",
        description =
            "2.0 (default) or 1.2 (for OmegaT and older Trados; states: none → no target, draft →"
                + " needs-review-translation, reviewed and the article's own → final, the"
                + " article's own locked with translate=\"no\", stale → needs-translation).")
    String xliffVersion = "2.0";

    @Mixin ExportOutput output;

    @Override
    public Integer call() throws IOException {
      Corpus c = options.load().corpus();
      Language lang = options.language(() -> c);
      byte[] bytes =
          switch (xliffVersion) {
            case "2.0" -> XliffWriter.bytes(c, lang);
            case "1.2" -> Xliff12Writer.bytes(c, lang);
            default ->
                throw Cli.usage(
                    "unknown XLIFF version '" + xliffVersion + "'",
                    "write --xliff-version 2.0 or --xliff-version 1.2");
          };
      output.emit(
          spec, bytes, ValidateCommand.plural(Localizer.units(c).units().size(), "unit", "units"));
      return Main.OK;
    }
  }

  /** {@code briefing xliff import}. */
  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = {
        "Merge an XLIFF 2.0 or 1.2 file from a CAT tool into DIR/translations/pl.yaml (whole or not at"
            + " all): final and reviewed segments become reviewed, translated ones and new initial"
            + " targets become drafts, each with the fingerprint of the English as it is now.",
        "Nothing is written if any unit is unknown or was translated from an older English."
            + " Only the changed units' values change in the file: its comments, layout and line"
            + " endings are kept.",
        "A locked unit (translate=\"no\": the article's own text) keeps its text; an edit to"
            + " it is ignored with a warning."
      })
  static final class Import implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The XLIFF file the translator sent back.")
    Path file;

    @Mixin TranslationOptions options;

    @Option(names = "--dry-run", description = "Report what would change; write nothing.")
    boolean dryRun;

    @Override
    public Integer call() throws IOException {
      Cli.paths(java.util.List.of(file), "FILE");
      Path dir = options.corpusDir();
      // Without -l, the language comes from the corpus on disk (read once more, before the lock).
      Language lang = options.language(() -> CorpusReader.read(onDisk(dir)).corpus());
      onDisk(dir);
      Path target = dir.resolve(CorpusReader.translationFile(lang));
      // The corpus is read, merged and written under a lock on the translations file, so that two
      // imports at once each see the other's units instead of one overwriting the other.
      try (TranslationsLock lock = TranslationsLock.acquire(target)) {
        Corpus c = CorpusReader.read(dir).corpus();
        UnitCatalog catalog = Localizer.units(c);
        XliffReader.Result read =
            XliffReader.of(catalog, lang).withCorpusFolder(c.folder()).read(file);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        read.warnings().forEach(w -> err.println(w.format()));
        TranslationsMerger.Result merged = TranslationsMerger.merge(c, lang, read.units());
        merged.warnings().forEach(w -> err.println(w.format()));
        String yaml = yaml(dir, lang, merged, catalog, err);
        if (yaml.length() > YamlLoader.MAX_CHARS) {
          throw new InvalidInputException(
              Diagnostic.error(
                  SourcePosition.file(file.toString()),
                  "the translations would grow to "
                      + yaml.length()
                      + " characters; a translations file holds at most "
                      + YamlLoader.MAX_CHARS,
                  "check the XLIFF file for an overlong target"));
        }
        checkReadsBack(dir, lang, yaml, merged.translations());
        out.println(merged.summary());
        if (dryRun) {
          out.println(Diagnostic.printable("dry run: " + target + " not written"));
        } else if (merged.updated().isEmpty()) {
          out.println(Diagnostic.printable(target + " left as it was"));
        } else {
          ExportOutput.write(target, yaml.getBytes(StandardCharsets.UTF_8));
          out.println(Diagnostic.printable("wrote " + target));
        }
      }
      return Main.OK;
    }

    /**
     * The translations file as it is to be written: the file on disk edited in place (its comments,
     * layout and line endings kept), or written whole when there is none yet or its layout cannot
     * be edited in place (units in flow style), which a warning says.
     */
    private static String yaml(
        Path dir,
        Language lang,
        TranslationsMerger.Result merged,
        UnitCatalog catalog,
        PrintWriter err) {
      String file = CorpusReader.translationFile(lang);
      Path target = dir.resolve(file);
      java.util.Optional<String> onDisk =
          merged.updated().isEmpty()
              ? java.util.Optional.empty()
              : CorpusReader.readText(dir, file);
      if (onDisk.isEmpty()) {
        return TranslationsYamlWriter.write(merged.translations(), catalog);
      }
      String existing = onDisk.get();
      try {
        return TranslationsYamlWriter.update(existing, merged.updated(), catalog);
      } catch (IllegalArgumentException e) {
        err.println(
            Diagnostic.warning(
                    SourcePosition.file(target.toString()),
                    "the file is written whole, its comments and layout not kept: "
                        + e.getMessage(),
                    "write the units as block mappings (one field a line) to keep them")
                .format());
        return TranslationsYamlWriter.write(merged.translations(), catalog);
      }
    }

    /**
     * The file about to be written must read back to the merged translations; if not, that is a
     * bug, and nothing is written.
     */
    private static void checkReadsBack(
        Path dir, Language lang, String yaml, org.briefing.i18n.Translations expected)
        throws IOException {
      Map<String, String> files = new LinkedHashMap<>();
      for (String f : CorpusReader.FILES) {
        // CorpusReader.read(dir) succeeded, so only a file removed since then can be missing.
        CorpusReader.readText(dir, f).ifPresent(text -> files.put(f, text));
      }
      files.put(CorpusReader.translationFile(lang), yaml);
      org.briefing.i18n.Translations read;
      try {
        read = CorpusReader.read(dir.toString(), files).corpus().translations(lang);
      } catch (InvalidInputException e) {
        throw new IllegalStateException(
            "the merged translations would not read back:\n" + e.getMessage(), e);
      }
      if (!read.units().equals(expected.units())) {
        throw new IllegalStateException("the merged translations would read back differently");
      }
    }
  }

  /** The corpus folder, which an import writes into: the built-in corpus cannot be changed. */
  private static Path onDisk(Path dir) {
    if (dir == null) {
      throw new InvalidInputException(
          Diagnostic.error(
              TranslationOptions.COMMAND_LINE,
              "importing needs a corpus folder on disk, and there is no ./briefings/corpus here",
              "give it with --corpus DIR; the corpus built into the tool cannot be changed"));
    }
    return dir;
  }
}
