package org.briefing.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.briefing.assemble.Assembler;
import org.briefing.corpus.CorpusReader;
import org.briefing.diagnostics.Diagnostic;
import org.briefing.diagnostics.InvalidInputException;
import org.briefing.diagnostics.SourcePosition;
import org.briefing.i18n.Labels;
import org.briefing.i18n.Language;
import org.briefing.i18n.TerminologyCheck;
import org.briefing.i18n.TranslationReport;
import org.briefing.i18n.UnitId;
import org.briefing.spec.BriefingSpec;
import org.briefing.spec.SpecReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code briefing validate}: checks corpora and specs and reports every problem. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check the corpus and briefing specs; report every error with file, line and column.",
      "With no FILE or DIR, checks the corpus built into the tool. A DIR holding article.yaml is a"
          + " corpus; any other DIR is checked as its corpus/ folder (if any) and every spec (*.yaml) in it."
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      paramLabel = "FILE|DIR",
      arity = "0..*",
      description = "Corpus folders, corpus files or specs.")
  List<Path> inputs = new ArrayList<>();

  @Mixin CorpusOption corpusOption;

  @Option(
      names = {"-v", "--verbose"},
      description =
          "Also list every unit with no translation yet (otherwise one warning per translation"
              + " file counts them per corpus file).")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Cli.paths(inputs, "FILE|DIR");
    Corpora corpora = Corpora.complete(corpusOption.dir());
    List<Diagnostic> all = new ArrayList<>();
    int corpusCount = 0;
    int specCount = 0;
    List<Path> corpusDirs = new ArrayList<>();
    List<Path> specs = new ArrayList<>();
    if (inputs.isEmpty()) {
      corpusDirs.add(null);
    }
    for (Path p : inputs) {
      if (Files.isDirectory(p)) {
        if (Corpora.isCorpus(p)) {
          corpusDirs.add(p);
        } else {
          if (Corpora.hasCorpusEntry(p)) {
            corpusDirs.add(p.resolve("corpus"));
          }
          List<Path> papers = BuildCommand.paperFoldersIn(p);
          for (Path paper : papers) {
            corpusDirs.add(paper.resolve("corpus"));
          }
          List<Path> found = BuildCommand.specsIn(p);
          specs.addAll(found);
          if (!Corpora.hasCorpusEntry(p) && papers.isEmpty() && found.isEmpty()) {
            // As build does: a folder with nothing to check is not "ok".
            all.add(
                Diagnostic.error(
                    SourcePosition.file(p.toString()),
                    "nothing to check in this folder: no corpus, no specs (*.yaml)",
                    "give a corpus folder, a spec, or a folder of specs"));
          }
        }
      } else if (Files.isRegularFile(p)) {
        Path corpus = corpusOf(p);
        if (corpus != null) {
          corpusDirs.add(corpus);
        } else {
          specs.add(p);
        }
      } else {
        all.add(
            Diagnostic.error(
                SourcePosition.file(p.toString()),
                "no such file or folder",
                "give a spec (*.yaml), a corpus folder, or nothing for the built-in corpus"));
      }
    }
    for (Path dir : corpusDirs.stream().distinct().toList()) {
      corpusCount++;
      try {
        Corpora.Loaded l = dir == null ? corpora.forDefault() : corpora.forDir(dir);
        all.addAll(l.warnings());
        out.println(
            "ok: "
                + l.label()
                + " ("
                + l.corpus().findings().size()
                + " findings, "
                + l.corpus().argument().items().size()
                + (l.corpus().argument().kind() == org.briefing.model.Argument.Kind.QUESTIONS
                    ? " research questions, "
                    : " hypotheses, ")
                + l.corpus().events().size()
                + " events, "
                + l.corpus().references().size()
                + " references)");
        if (verbose) {
          listMissing(out, l.corpus());
        }
        all.addAll(terminology(dir, l));
      } catch (InvalidInputException e) {
        all.addAll(e.diagnostics());
      }
    }
    for (Path s : specs) {
      specCount++;
      try {
        Corpora.Loaded l = corpora.forSpec(s);
        BriefingSpec briefing = SpecReader.of(l.corpus()).read(s);
        // Assembling is cheap and finds what only the whole briefing shows (its length budget).
        all.addAll(Assembler.of(l.corpus()).assemble(briefing).warnings());
        out.println("ok: " + s);
      } catch (InvalidInputException e) {
        all.addAll(e.diagnostics());
      }
    }
    long errors = all.stream().filter(Diagnostic::isError).count();
    long warnings = all.size() - errors;
    all.stream().sorted().forEach(d -> err.println(d.format()));
    String summary =
        "checked "
            + plural(corpusCount, "corpus", "corpora")
            + " and "
            + plural(specCount, "spec", "specs")
            + ": "
            + plural((int) errors, "error", "errors")
            + ", "
            + plural((int) warnings, "warning", "warnings");
    (errors > 0 ? err : out).println(summary);
    return errors > 0 ? Main.INVALID : Main.OK;
  }

  /**
   * A warning for each translation that lacks the glossary's translation of a term its English uses
   * (in any inflection), at the unit's key in the translation file.
   */
  static List<Diagnostic> terminology(Path dir, Corpora.Loaded l) {
    List<Diagnostic> found = new ArrayList<>();
    for (Language language : l.corpus().languages()) {
      if (language.isSource()) {
        continue;
      }
      List<TerminologyCheck.Finding> findings = TerminologyCheck.of(l.corpus(), language);
      if (findings.isEmpty()) {
        continue;
      }
      String file = CorpusReader.translationFile(language);
      String shown = l.label() + "/" + file;
      List<String> lines = translationLines(dir, file);
      for (TerminologyCheck.Finding f : findings) {
        String polish = f.term().translation().orElseThrow();
        found.add(
            Diagnostic.warning(
                keyPosition(shown, lines, f.unitId()),
                "the "
                    + Labels.of(Language.EN).languageName(language)
                    + " translation of '"
                    + f.unitId()
                    + "' does not use '"
                    + polish
                    + "', the glossary's translation of '"
                    + f.term().term().term()
                    + "', in any form",
                "use a form of '"
                    + polish
                    + "' where the sense is the same (the glossary's translation is the unit"
                    + " glossary."
                    + f.term().term().id()
                    + ".term)"));
      }
    }
    return found;
  }

  private static List<String> translationLines(Path dir, String file) {
    try {
      if (dir != null) {
        return Files.readAllLines(dir.resolve(file), java.nio.charset.StandardCharsets.UTF_8);
      }
      try (java.io.InputStream in =
          CorpusReader.class.getResourceAsStream(CorpusReader.EMBEDDED_DIR + file)) {
        return in == null
            ? List.of()
            : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                .lines()
                .toList();
      }
    } catch (IOException e) {
      return List.of();
    }
  }

  /** Where a unit's key is in a translation file (" finding.x.statement:"), or the file. */
  private static SourcePosition keyPosition(String shown, List<String> lines, String unitId) {
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String key = line.stripLeading();
      if (key.startsWith(unitId + ":") || key.startsWith("\"" + unitId + "\":")) {
        return new SourcePosition(shown, i + 1, line.length() - key.length() + 1);
      }
    }
    return SourcePosition.file(shown);
  }

  /** Every unit with no translation, one line each: " missing pl: finding.x.statement (…)". */
  private static void listMissing(PrintWriter out, org.briefing.model.Corpus corpus) {
    for (Language language : corpus.languages()) {
      if (language.isSource()) {
        continue;
      }
      for (String id : TranslationReport.of(corpus, language).missing()) {
        String file = UnitId.parse(id).map(u -> u.kind().file()).orElse("");
        out.println("  missing " + language.code() + ": " + id + " (" + file + ")");
      }
    }
  }

  /**
   * The corpus folder a file belongs to (a corpus file, or a file of its translations/), as the
   * user would write it; null for any other file (a spec). Resolved from the absolute path, so that
   * {@code validate translations/pl.yaml} inside the corpus folder checks that corpus.
   */
  private static Path corpusOf(Path file) {
    Path parent = file.toAbsolutePath().normalize().getParent();
    if (parent == null) {
      return null;
    }
    Path dir = Corpora.isCorpus(parent) ? parent : null;
    if (dir == null
        && parent.getFileName() != null
        && parent.getFileName().toString().equals("translations")
        && parent.getParent() != null
        && Corpora.isCorpus(parent.getParent())) {
      dir = parent.getParent();
    }
    if (dir == null) {
      return null;
    }
    String shown = BuildCommand.display(dir);
    return Path.of(shown.isEmpty() ? "." : shown);
  }

  static String plural(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
