package org.briefing.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.briefing.yaml.YamlLoader;
import org.briefing.yaml.YamlNode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code briefing validate}: checks corpora and specs and reports every problem. Its command-line
 * model is made by hand ({@link #commandSpec}), as {@code build}'s is: picocli would read it from
 * annotations by reflection, which took 66 ms of a 265 ms run.
 */
final class ValidateCommand implements Callable<Integer> {
  private static final String[] DESCRIPTION = {
    "Check the corpus and briefing specs; report every error with file, line and column.",
    "With no FILE or DIR, checks the corpus built into the tool. A DIR holding article.yaml is a"
        + " corpus; any other DIR is checked as its corpus/ folder (if any) and every spec (*.yaml) in it."
  };

  CommandSpec spec;

  List<Path> inputs = new ArrayList<>();
  private Path corpusDir;
  boolean verbose;

  /** The command's model, bound to {@code command}. */
  static CommandSpec commandSpec(ValidateCommand command) {
    CommandSpec s = Main.handMade(command, "validate", DESCRIPTION);
    s.addPositional(Main.paths("FILE|DIR", "0..*", "Corpus folders, corpus files or specs."));
    s.addOption(CorpusOption.spec());
    s.addOption(
        OptionSpec.builder("-v", "--verbose")
            .type(boolean.class)
            .description(
                "Also list every unit with no translation yet (otherwise one warning per"
                    + " translation file counts them per corpus file).")
            .build());
    command.spec = s;
    return s;
  }

  /** Takes the parsed values out of the model. */
  private void takeValues() {
    List<Path> given = spec.positionalParameters().get(0).getValue();
    inputs = given == null ? new ArrayList<>() : given;
    corpusDir =
        CorpusOption.folder(spec.findOption(CorpusOption.NAME).getValue(), CorpusOption.NAME);
    verbose = Boolean.TRUE.equals(spec.findOption("--verbose").getValue());
  }

  @Override
  public Integer call() throws IOException {
    takeValues();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Cli.paths(inputs, "FILE|DIR");
    Corpora corpora = Corpora.complete(corpusDir);
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
                org.briefing.files.BoundedFiles.notThere(p),
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
          listMissing(out, dir, l);
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
        out.println(Diagnostic.printable("ok: " + s));
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
      List<String> lines = corpusFileLines(dir, file);
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

  private static List<String> corpusFileLines(Path dir, String file) {
    try {
      if (dir != null) {
        // Read again after the corpus was read, with the same checks, in case it changed meanwhile.
        return CorpusReader.readText(dir, file).map(t -> t.lines().toList()).orElse(List.of());
      }
      try (java.io.InputStream in =
          CorpusReader.class.getResourceAsStream(CorpusReader.EMBEDDED_DIR + file)) {
        return in == null
            ? List.of()
            : new String(
                    in.readNBytes((int) YamlLoader.MAX_FILE_BYTES),
                    java.nio.charset.StandardCharsets.UTF_8)
                .lines()
                .toList();
      }
    } catch (IOException | InvalidInputException e) {
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

  /**
   * Every unit with no translation, one line each, at its English text in the corpus file: "
   * corpus/findings.yaml:12:5: missing pl: finding.x.statement".
   */
  private static void listMissing(PrintWriter out, Path dir, Corpora.Loaded l) {
    Map<String, YamlNode> files = new HashMap<>();
    for (Language language : l.corpus().languages()) {
      if (language.isSource()) {
        continue;
      }
      for (String id : TranslationReport.of(l.corpus(), language).missing()) {
        String file = UnitId.parse(id).map(u -> u.kind().file()).orElse("");
        String shown = l.label() + "/" + file;
        YamlNode root =
            files.computeIfAbsent(
                file,
                f -> {
                  try {
                    return YamlLoader.load(shown, String.join("\n", corpusFileLines(dir, f)));
                  } catch (InvalidInputException e) {
                    return null;
                  }
                });
        out.println(
            "  " + unitPosition(shown, root, id) + ": missing " + language.code() + ": " + id);
      }
    }
  }

  /**
   * Where a unit's English text is in its corpus file: the key of its field in the entry with its
   * id ({@code topic.x.label}: the {@code label:} of the entry {@code id: x}), else that entry,
   * else the file. An {@code article.} unit is a key of the file's top level.
   */
  static SourcePosition unitPosition(String shown, YamlNode root, String unitId) {
    String[] parts = unitId.split("\\.");
    if (parts.length >= 2 && root != null) {
      if (parts[0].equals("article") && root instanceof YamlNode.Mapping top) {
        YamlNode.Entry e = top.entries().get(parts[1]);
        if (e != null) {
          return e.keyPosition();
        }
      }
      YamlNode.Mapping entry = withId(root, parts[1]);
      if (entry != null) {
        String name = parts.length >= 3 ? parts[2] : "";
        // The field as written, or the list it is an item of ("note" of "notes", "category" of
        // "categories").
        List<String> keys =
            name.isEmpty()
                ? List.of()
                : List.of(
                    name,
                    name + "s",
                    name.endsWith("y") ? name.substring(0, name.length() - 1) + "ies" : name);
        for (String key : keys) {
          YamlNode.Entry field = entry.entries().get(key);
          if (field != null) {
            return field.keyPosition();
          }
        }
        return entry.position();
      }
    }
    return SourcePosition.file(shown);
  }

  /**
   * The first mapping, in document order, whose {@code id} (a footnote's {@code number}) is {@code
   * id}.
   */
  private static YamlNode.Mapping withId(YamlNode node, String id) {
    if (node instanceof YamlNode.Mapping m) {
      for (String key : List.of("id", "number")) {
        YamlNode.Entry e = m.entries().get(key);
        if (e != null && e.value() instanceof YamlNode.Scalar s && s.value().equals(id)) {
          return m;
        }
      }
      for (YamlNode.Entry child : m.entries().values()) {
        YamlNode.Mapping found = withId(child.value(), id);
        if (found != null) {
          return found;
        }
      }
    } else if (node instanceof YamlNode.Sequence q) {
      for (YamlNode item : q.items()) {
        YamlNode.Mapping found = withId(item, id);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /**
   * The corpus folder a file belongs to (a corpus file, or a file of its translations/), as the
   * user would write it; null for any other file (a spec). Resolved from the absolute path, so that
   * {@code validate translations/pl.yaml} inside the corpus folder checks that corpus.
   */
  static Path corpusOf(Path file) {
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
