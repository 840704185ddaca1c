package org.briefing.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.briefing.diagnostics.Diagnostic;
import org.briefing.diagnostics.InvalidInputException;
import org.briefing.diagnostics.Problems;
import org.briefing.diagnostics.SourcePosition;
import org.briefing.i18n.Language;
import org.briefing.i18n.Translations;
import org.briefing.i18n.UnitCatalog;
import org.briefing.model.Actor;
import org.briefing.model.Article;
import org.briefing.model.Corpus;
import org.briefing.model.Event;
import org.briefing.model.Figure;
import org.briefing.model.Finding;
import org.briefing.model.Footnote;
import org.briefing.model.GlossaryTerm;
import org.briefing.model.Hypothesis;
import org.briefing.model.Reference;
import org.briefing.model.SummaryTable;
import org.briefing.model.Topic;
import org.briefing.yaml.YamlLoader;
import org.briefing.yaml.YamlNode;

/**
 * Reads and validates the corpus files described in {@code briefings/corpus/FORMAT.md} into an
 * immutable {@link Corpus}. Every problem in every file is reported in one run: errors make the
 * read fail with an {@link InvalidInputException} that carries them all; warnings (a stale or
 * missing translation) come back with the corpus.
 *
 * <pre>{@code
 * try {
 *   CorpusReader.Result r = CorpusReader.read(Path.of("briefings/corpus"));
 *   r.warnings().forEach(w -> System.err.println(w.format()));
 *   Corpus corpus = r.corpus();
 * } catch (InvalidInputException e) {
 *   e.diagnostics().forEach(d -> System.err.println(d.format()));
 * }
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class CorpusReader {

  /** The files of a corpus, relative to its directory, in reading order. */
  public static final List<String> FILES =
      List.of(
          "article.yaml",
          "topics.yaml",
          "actors.yaml",
          "findings.yaml",
          "hypotheses.yaml",
          "table.yaml",
          "events.yaml",
          "figures.yaml",
          "footnotes.yaml",
          "references.yaml",
          "glossary.yaml",
          "translations/pl.yaml");

  /** Where the corpus embedded in the jar lives on the class path. */
  public static final String EMBEDDED_DIR = "/org/briefing/briefings/corpus/";

  /** How the embedded corpus is named in messages. */
  public static final String EMBEDDED_DISPLAY = "(built-in) corpus";

  /**
   * A corpus that read without errors, and the warnings found on the way.
   *
   * @param warnings stale or missing translations, sorted by file and position
   */
  public record Result(Corpus corpus, List<Diagnostic> warnings) {
    public Result {
      warnings = List.copyOf(warnings);
    }
  }

  /** The text of one corpus file, or empty when the file does not exist. */
  @FunctionalInterface
  private interface Source {
    Optional<String> text(String file, Problems problems) throws Unreadable;
  }

  /** The file exists but cannot be read; the problem is recorded already. */
  private static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable() {
      super(null, null, false, false);
    }
  }

  private CorpusReader() {}

  /**
   * Reads the corpus in a directory. Paths in messages are the directory as given plus the file
   * name, such as {@code briefings/corpus/findings.yaml}.
   *
   * @throws InvalidInputException carrying every error, when there is any
   */
  public static Result read(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new InvalidInputException(
          Diagnostic.error(
              SourcePosition.file(dir.toString()),
              "no corpus directory here",
              "give the directory that holds article.yaml, findings.yaml and the other files"));
    }
    return read(
        file -> dir.resolve(file).toString(), (file, problems) -> readFile(dir, file, problems));
  }

  /**
   * Reads the corpus embedded in the jar (a copy of {@code briefings/corpus}). Paths in messages
   * start with {@value #EMBEDDED_DISPLAY}.
   *
   * @throws InvalidInputException carrying every error, when there is any
   */
  public static Result readDefault() {
    return read(
        file -> EMBEDDED_DISPLAY + "/" + file,
        (file, problems) -> {
          try (InputStream in = CorpusReader.class.getResourceAsStream(EMBEDDED_DIR + file)) {
            if (in == null) {
              return Optional.empty();
            }
            return decode(in.readAllBytes(), EMBEDDED_DISPLAY + "/" + file, problems);
          } catch (IOException e) {
            problems.error(
                SourcePosition.file(EMBEDDED_DISPLAY + "/" + file),
                "cannot read the built-in corpus file: " + e.getMessage());
            throw new Unreadable();
          }
        });
  }

  /**
   * Reads a corpus held in memory, for tests and tools.
   *
   * @param displayDir the directory name used in messages ({@code ""} for none)
   * @param files file name (as in {@link #FILES}) to content
   * @throws InvalidInputException carrying every error, when there is any
   */
  public static Result read(String displayDir, Map<String, String> files) {
    return read(
        file -> displayDir.isEmpty() ? file : displayDir + "/" + file,
        (file, problems) -> Optional.ofNullable(files.get(file)));
  }

  private static Result read(Function<String, String> display, Source source) {
    Problems problems = new Problems();
    IdIndex ids = new IdIndex(problems);
    CorpusBinder binder = new CorpusBinder(problems, ids);
    Set<String> unread = new HashSet<>();
    Map<String, YamlNode> roots = new HashMap<>();
    for (String file : FILES) {
      Optional<YamlNode> root = load(file, display.apply(file), source, problems);
      if (root.isPresent()) {
        roots.put(file, root.get());
      } else {
        unread.add(file);
      }
    }
    Article article =
        roots.containsKey("article.yaml") ? binder.article(roots.get("article.yaml")) : null;
    List<Topic> topics = bind(roots, "topics.yaml", binder::topics);
    List<Actor> actors = bind(roots, "actors.yaml", binder::actors);
    List<Finding> findings = bind(roots, "findings.yaml", binder::findings);
    List<Hypothesis> hypotheses = bind(roots, "hypotheses.yaml", binder::hypotheses);
    SummaryTable table =
        roots.containsKey("table.yaml") ? binder.table(roots.get("table.yaml")) : null;
    List<Event> events = bind(roots, "events.yaml", binder::events);
    List<Figure> figures = bind(roots, "figures.yaml", binder::figures);
    List<Footnote> footnotes = bind(roots, "footnotes.yaml", binder::footnotes);
    List<Reference> references = bind(roots, "references.yaml", binder::references);
    List<GlossaryTerm> glossary = bind(roots, "glossary.yaml", binder::glossary);
    ids.checkReferences(unread);

    // Units of a file with errors may be missing from the catalog: do not report their
    // translations as unknown, nor their translations as missing.
    Set<String> flawed = new HashSet<>(unread);
    for (Diagnostic d : problems.all()) {
      for (String file : FILES) {
        if (d.isError() && d.position().path().equals(display.apply(file))) {
          flawed.add(file);
        }
      }
    }
    UnitCatalog catalog =
        UnitCatalog.of(
            article, topics, actors, findings, hypotheses, table, events, figures, footnotes);
    Map<Language, Translations> translations = new java.util.LinkedHashMap<>();
    for (Language language : List.of(Language.PL)) {
      String file = translationFile(language);
      if (roots.containsKey(file)) {
        translations.put(
            language,
            binder.translations(roots.get(file), display.apply(file), language, catalog, flawed));
      }
    }
    binder.checkOriginals(footnotes, translations);
    problems.throwIfErrors();
    Corpus corpus =
        new Corpus(
            article,
            topics,
            actors,
            findings,
            hypotheses,
            table,
            events,
            figures,
            footnotes,
            references,
            glossary,
            translations);
    List<Diagnostic> warnings = new ArrayList<>(problems.all());
    warnings.removeIf(Diagnostic::isError);
    return new Result(corpus, warnings);
  }

  /** The translations file of a language, such as {@code translations/pl.yaml}. */
  public static String translationFile(Language language) {
    return "translations/" + language.code() + ".yaml";
  }

  private static <T> List<T> bind(
      Map<String, YamlNode> roots, String file, Function<YamlNode, List<T>> binder) {
    YamlNode root = roots.get(file);
    return root == null ? List.of() : binder.apply(root);
  }

  private static Optional<YamlNode> load(
      String file, String shown, Source source, Problems problems) {
    Optional<String> text;
    try {
      text = source.text(file, problems);
    } catch (Unreadable e) {
      return Optional.empty();
    }
    if (text.isEmpty()) {
      problems.error(
          SourcePosition.file(shown),
          "the corpus file is missing",
          "a corpus holds " + String.join(", ", FILES));
      return Optional.empty();
    }
    try {
      return Optional.of(YamlLoader.load(shown, text.get()));
    } catch (InvalidInputException e) {
      problems.addAll(e.diagnostics());
      return Optional.empty();
    }
  }

  private static Optional<String> readFile(Path dir, String file, Problems problems)
      throws Unreadable {
    Path path = dir.resolve(file);
    String shown = path.toString();
    try {
      // Bound the bytes read before decoding; YamlLoader bounds the characters.
      if (Files.isRegularFile(path) && Files.size(path) > 4L * YamlLoader.MAX_CHARS) {
        problems.error(
            SourcePosition.file(shown),
            "file is too large (" + Files.size(path) + " bytes)",
            "a corpus file holds at most " + YamlLoader.MAX_CHARS + " characters");
        throw new Unreadable();
      }
      return decode(Files.readAllBytes(path), shown, problems);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      problems.error(SourcePosition.file(shown), "cannot read the file: " + e.getMessage());
      throw new Unreadable();
    }
  }

  private static Optional<String> decode(byte[] bytes, String shown, Problems problems)
      throws Unreadable {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return Optional.of(text);
    } catch (CharacterCodingException e) {
      problems.error(SourcePosition.file(shown), "not UTF-8 text", "save the file as UTF-8");
      throw new Unreadable();
    }
  }
}
