package org.briefing.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import org.briefing.diagnostics.Diagnostic;
import org.briefing.diagnostics.InvalidInputException;
import org.briefing.diagnostics.Problems;
import org.briefing.diagnostics.SourcePosition;
import org.briefing.diagnostics.ToolCommand;
import org.briefing.files.BoundedFiles;
import org.briefing.files.StrictUtf8;
import org.briefing.i18n.Language;
import org.briefing.i18n.Translations;
import org.briefing.i18n.UnitCatalog;
import org.briefing.model.Actor;
import org.briefing.model.Argument;
import org.briefing.model.Article;
import org.briefing.model.Corpus;
import org.briefing.model.Event;
import org.briefing.model.Figure;
import org.briefing.model.Finding;
import org.briefing.model.Footnote;
import org.briefing.model.GlossaryTerm;
import org.briefing.model.Reference;
import org.briefing.model.Table;
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

  /**
   * The files of a corpus, relative to its directory, in reading order: only the first is needed.
   */
  public static final List<String> FILES =
      List.of(
          "article.yaml",
          "topics.yaml",
          "actors.yaml",
          "findings.yaml",
          "argument.yaml",
          "tables.yaml",
          "events.yaml",
          "figures.yaml",
          "footnotes.yaml",
          "references.yaml",
          "glossary.yaml");

  /** The file a corpus must have. */
  public static final String REQUIRED = "article.yaml";

  /** The folder of translation files, {@code translations/<code>.yaml}. */
  public static final String TRANSLATIONS = "translations";

  /** The folder of picture files that figures name. */
  public static final String IMAGES = "images";

  /** The largest picture a figure may hold. */
  public static final long MAX_IMAGE_BYTES = 8L * 1024 * 1024;

  /** Where the corpus embedded in the jar lives on the class path. */
  public static final String EMBEDDED_DIR = "/org/briefing/briefings/corpus/";

  /** How the embedded corpus is named in messages. */
  public static final String EMBEDDED_DISPLAY = "(built-in) corpus";

  /**
   * A corpus that read without errors, and the warnings found on the way.
   *
   * @param warnings stale translations, files not read and the like, sorted by file and position;
   *     those of the translation files only when they were read at once
   * @param missingTranslations the units with no translation yet, by language (empty unless the
   *     translation files were read at once)
   */
  public record Result(
      Corpus corpus, List<Diagnostic> warnings, Map<Language, List<String>> missingTranslations) {
    public Result {
      warnings = List.copyOf(warnings);
      missingTranslations = Map.copyOf(missingTranslations);
    }
  }

  /**
   * When the translation files ({@code translations/<code>.yaml}) are parsed and checked.
   *
   * <p>{@link #AT_ONCE}: with the rest of the corpus, so that every problem of every file is found
   * (for {@code validate} and the translation commands). {@link #WHEN_ASKED}: on the first question
   * about translations or languages ({@link Corpus#translations(Language)}, {@link
   * Corpus#languages()}), which then throws what reading them found; an English briefing asks none,
   * so its build neither reads them nor fails on them. A corpus whose other files have errors reads
   * them at once either way, so that a failed read reports the same problems in both modes.
   */
  public enum Translated {
    AT_ONCE,
    WHEN_ASKED
  }

  /** The text of one corpus file, or empty when the file does not exist. */
  private interface Source {
    /** The text of a file, or empty when it does not exist. */
    Optional<String> text(String file, Problems problems) throws Unreadable;

    /** The bytes of a file, or empty when it does not exist. */
    Optional<byte[]> bytes(String file, Problems problems) throws Unreadable;

    /**
     * A YAML file's UTF-8 bytes as read, so that its parse kept by an earlier run can be found
     * without decoding them; empty when it does not exist, or when the source holds text rather
     * than bytes (then {@link #text} is read).
     */
    default Optional<byte[]> yaml(String file, Problems problems) throws Unreadable {
      return Optional.empty();
    }

    /** Every file of the corpus, relative and with '/', when the source can list them. */
    Optional<List<String>> list();

    /** Whether a file exists (without reading it). */
    boolean exists(String file);
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
    return read(dir, Translated.AT_ONCE);
  }

  /**
   * Reads the corpus in a directory, its translation files at once or when first asked for.
   *
   * @throws InvalidInputException carrying every error found, when there is any
   */
  public static Result read(Path dir, Translated when) {
    if (!Files.isDirectory(dir)) {
      throw new InvalidInputException(
          Diagnostic.error(
              SourcePosition.file(dir.toString()),
              "no corpus directory here",
              "give the directory that holds article.yaml and the other files of a paper"));
    }
    return read(
        file -> dir.resolve(file).toString(),
        new Source() {
          @Override
          public Optional<String> text(String file, Problems problems) throws Unreadable {
            return readFile(dir, file, problems);
          }

          @Override
          public Optional<byte[]> yaml(String file, Problems problems) throws Unreadable {
            return readTextBytes(dir, file, problems);
          }

          @Override
          public Optional<byte[]> bytes(String file, Problems problems) throws Unreadable {
            return readBytes(dir, file, problems);
          }

          private List<String> listed;

          @Override
          public Optional<List<String>> list() {
            // Listed once per read (the folder's files, the translation languages). A folder
            // without article.yaml is no corpus (such as '/'): it is not walked, and its one error
            // is the missing file.
            if (!Files.exists(dir.resolve(FILES.get(0)), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
              return Optional.empty();
            }
            if (listed == null) {
              listed = listFiles(dir);
            }
            return Optional.of(listed);
          }

          @Override
          public boolean exists(String file) {
            return Files.exists(dir.resolve(file));
          }
        },
        when,
        Optional.of(dir.toString()));
  }

  /**
   * Reads the corpus embedded in the jar (a copy of {@code briefings/corpus}). Paths in messages
   * start with {@value #EMBEDDED_DISPLAY}.
   *
   * @throws InvalidInputException carrying every error, when there is any
   */
  public static Result readDefault() {
    return readDefault(Translated.AT_ONCE);
  }

  /**
   * Reads the corpus embedded in the jar, its translation files at once or when first asked for.
   *
   * @throws InvalidInputException carrying every error found, when there is any
   */
  public static Result readDefault(Translated when) {
    return read(
        file -> EMBEDDED_DISPLAY + "/" + file,
        new Source() {
          @Override
          public Optional<String> text(String file, Problems problems) throws Unreadable {
            Optional<byte[]> b = bytes(file, problems);
            return b.isEmpty()
                ? Optional.empty()
                : decode(b.get(), EMBEDDED_DISPLAY + "/" + file, problems);
          }

          @Override
          public Optional<byte[]> yaml(String file, Problems problems) throws Unreadable {
            return bytes(file, problems);
          }

          @Override
          public Optional<byte[]> bytes(String file, Problems problems) throws Unreadable {
            try (InputStream in = CorpusReader.class.getResourceAsStream(EMBEDDED_DIR + file)) {
              if (in == null) {
                return Optional.empty();
              }
              return Optional.of(in.readAllBytes());
            } catch (IOException e) {
              problems.error(
                  SourcePosition.file(EMBEDDED_DISPLAY + "/" + file),
                  "cannot read the built-in corpus file: " + e.getMessage());
              throw new Unreadable();
            }
          }

          @Override
          public Optional<List<String>> list() {
            return Optional.empty();
          }

          @Override
          public boolean exists(String file) {
            return CorpusReader.class.getResource(EMBEDDED_DIR + file) != null;
          }
        },
        when,
        Optional.empty());
  }

  /**
   * Reads a corpus held in memory, for tests and tools.
   *
   * @param displayDir the directory name used in messages ({@code ""} for none)
   * @param files file name (as in {@link #FILES}, or {@code translations/pl.yaml}) to content
   * @throws InvalidInputException carrying every error, when there is any
   */
  public static Result read(String displayDir, Map<String, String> files) {
    return read(displayDir, files, Translated.AT_ONCE);
  }

  /**
   * Reads a corpus held in memory, its translation files at once or when first asked for.
   *
   * @throws InvalidInputException carrying every error found, when there is any
   */
  public static Result read(String displayDir, Map<String, String> files, Translated when) {
    return read(
        file -> displayDir.isEmpty() ? file : displayDir + "/" + file,
        new Source() {
          @Override
          public Optional<String> text(String file, Problems problems) {
            return Optional.ofNullable(files.get(file));
          }

          @Override
          public Optional<byte[]> bytes(String file, Problems problems) {
            return Optional.ofNullable(files.get(file))
                .map(t -> t.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
          }

          @Override
          public Optional<List<String>> list() {
            return Optional.of(List.copyOf(new java.util.TreeSet<>(files.keySet())));
          }

          @Override
          public boolean exists(String file) {
            return files.containsKey(file);
          }
        },
        when,
        Optional.empty());
  }

  /**
   * @param folder the folder read, as the caller named it, for the commands that messages advise
   *     ({@link Corpus#folder()}); empty for the built-in corpus or one held in memory
   */
  private static Result read(
      Function<String, String> display, Source source, Translated when, Optional<String> folder) {
    Problems problems = new Problems();
    IdIndex ids = new IdIndex(problems);
    Set<String> unread = new HashSet<>();
    Map<String, YamlNode> roots = new HashMap<>();
    List<Parsed> parsed = parseAll(FILES, display, source);
    // Made after the parse: with a second processor, the parse's helper thread has initialized
    // its class meanwhile (parseAll).
    CorpusBinder binder = new CorpusBinder(problems, ids, folder);
    for (int i = 0; i < FILES.size(); i++) {
      String file = FILES.get(i);
      problems.addAll(parsed.get(i).problems());
      Optional<YamlNode> root = parsed.get(i).root();
      if (root.isPresent()) {
        roots.put(file, root.get());
      } else if (problems.hasErrorsIn(display.apply(file))) {
        unread.add(file);
      }
    }
    Article article = roots.containsKey(REQUIRED) ? binder.article(roots.get(REQUIRED)) : null;
    List<Topic> topics = bind(roots, "topics.yaml", binder::topics);
    List<Actor> actors = bind(roots, "actors.yaml", binder::actors);
    List<Finding> findings = bind(roots, "findings.yaml", binder::findings);
    Argument argument =
        roots.containsKey("argument.yaml")
            ? binder.argument(roots.get("argument.yaml"))
            : Argument.none();
    List<Table> tables = bind(roots, "tables.yaml", binder::tables);
    List<Event> events = bind(roots, "events.yaml", binder::events);
    List<Figure> figures =
        bind(
            roots, "figures.yaml", root -> binder.figures(root, images(display, source, problems)));
    List<Footnote> footnotes = bind(roots, "footnotes.yaml", binder::footnotes);
    List<Reference> references =
        new ArrayList<>(bind(roots, "references.yaml", binder::references));
    ReferenceFiles referenceFiles = new ReferenceFiles(problems, binder);
    for (String file : ReferenceFiles.FILES) {
      Optional<String> text;
      try {
        text = source.text(file, problems);
      } catch (Unreadable e) {
        continue;
      }
      if (text.isPresent()) {
        String shown = display.apply(file);
        references.addAll(
            file.endsWith(".bib")
                ? referenceFiles.bibtex(shown, text.get())
                : referenceFiles.cslJson(shown, text.get()));
      }
    }
    List<GlossaryTerm> glossary = bind(roots, "glossary.yaml", binder::glossary);
    if (argument == null) {
      argument = Argument.none();
    }
    binder.reportDates();
    ids.checkReferences(unread);
    unknownFiles(display, source, problems);

    // Units of a file with errors may be missing from the catalog: do not report their
    // translations as unknown, nor their translations as missing.
    Set<String> flawed = new HashSet<>(unread);
    for (String file : FILES) {
      if (problems.hasErrorsIn(display.apply(file))) {
        flawed.add(file);
      }
    }
    Argument argumentRead = argument;
    // The languages alone, for Corpus.languages(); their warnings come when the files are read.
    List<Language> languages = translationLanguages(article, display, source, new Problems());
    Function<Corpus, Map<Language, Translations>> readTranslations =
        corpus -> {
          UnitCatalog catalog;
          try {
            catalog = UnitCatalog.of(corpus);
          } catch (IllegalArgumentException | NullPointerException e) {
            // An item whose id or number was already reported has no unit id: those errors say
            // what to fix; without errors this is a bug and goes on as one.
            if (!problems.hasErrors()) {
              throw e;
            }
            problems.throwIfErrors();
            throw e;
          }
          Map<Language, Translations> translations = new LinkedHashMap<>();
          for (Language language : translationLanguages(article, display, source, problems)) {
            String file = translationFile(language);
            Optional<YamlNode> root = load(file, display.apply(file), source, problems, false);
            if (root.isPresent()) {
              translations.put(
                  language,
                  binder.translations(root.get(), display.apply(file), language, catalog, flawed));
            } else if (!problems.hasErrorsIn(display.apply(file))) {
              problems.warning(
                  SourcePosition.file(display.apply(REQUIRED)),
                  "article.yaml declares "
                      + language.englishName()
                      + " translations, but there is no "
                      + file,
                  "add the file, or remove '" + language.code() + "' from 'translations'");
            }
          }
          binder.checkOriginals(footnotes, translations);
          problems.throwIfErrors();
          return translations;
        };
    Corpus corpus =
        new Corpus(
            article,
            topics,
            actors,
            findings,
            argumentRead,
            tables,
            events,
            figures,
            footnotes,
            references,
            glossary,
            languages.stream().filter(l -> source.exists(translationFile(l))).toList(),
            readTranslations,
            folder);
    if (when == Translated.AT_ONCE || problems.hasErrors()) {
      // A corpus with errors fails with every problem of every file, the translations' too.
      corpus.translations();
    }
    List<Diagnostic> warnings = new ArrayList<>(problems.all());
    warnings.removeIf(Diagnostic::isError);
    return new Result(corpus, warnings, binder.missingUnits());
  }

  /**
   * The translation languages to read: those article.yaml declares, else those whose file the
   * corpus has. A declared "none" reads none.
   */
  private static List<Language> translationLanguages(
      Article article, Function<String, String> display, Source source, Problems problems) {
    List<Language> present = new ArrayList<>();
    Optional<List<String>> files = source.list();
    for (String f : files.orElse(List.of())) {
      if (f.startsWith(TRANSLATIONS + "/") && f.endsWith(".yaml")) {
        String code = f.substring(TRANSLATIONS.length() + 1, f.length() - ".yaml".length());
        Optional<Language> l = Language.fromCode(code).filter(x -> !x.isSource());
        if (l.isPresent()) {
          present.add(l.get());
        } else {
          problems.warning(
              SourcePosition.file(display.apply(f)),
              "'" + code + "' is not the code of a translation language; the file is not read",
              "name translation files by ISO 639 code, such as translations/pl.yaml");
        }
      }
    }
    Optional<List<Language>> declared = article == null ? Optional.empty() : article.translations();
    if (declared.isEmpty()) {
      return present;
    }
    for (Language l : present) {
      if (!declared.get().contains(l)) {
        problems.warning(
            SourcePosition.file(display.apply(translationFile(l))),
            "this file is not read: article.yaml does not declare "
                + l.englishName()
                + " translations",
            declared.get().isEmpty()
                ? "article.yaml says 'translations: none'"
                : "add '" + l.code() + "' to 'translations' in article.yaml");
      }
    }
    return declared.get();
  }

  /** Whether a path has a part starting with '.' (.git, an editor's or a lock's file). */
  private static boolean hidden(String relative) {
    for (String part : relative.split("/")) {
      if (part.startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A warning for each file of a corpus folder that the tool does not read: the first {@value
   * #MAX_UNKNOWN_WARNINGS}, then one that counts the others.
   */
  private static void unknownFiles(
      Function<String, String> display, Source source, Problems problems) {
    Optional<List<String>> files = source.list();
    if (files.isEmpty()) {
      return;
    }
    List<String> unknown = new ArrayList<>();
    for (String f : files.get()) {
      String lower = f.toLowerCase(java.util.Locale.ROOT);
      boolean known =
          FILES.contains(f)
              || ReferenceFiles.FILES.contains(f)
              || f.startsWith(TRANSLATIONS + "/")
              || f.startsWith(IMAGES + "/")
              || lower.endsWith(".md")
              || lower.endsWith(".txt")
              || lower.startsWith("license")
              || lower.startsWith("licence")
              || hidden(f);
      if (!known) {
        unknown.add(f);
      }
    }
    for (String f : unknown.subList(0, Math.min(unknown.size(), MAX_UNKNOWN_WARNINGS))) {
      String hint = org.briefing.diagnostics.Suggestions.didYouMean(f, FILES);
      problems.warning(
          SourcePosition.file(display.apply(f)),
          "this file is not part of a corpus and is not read",
          hint != null
              ? hint
              : "a corpus holds " + String.join(", ", FILES) + ", translations/ and images/");
    }
    if (unknown.size() > MAX_UNKNOWN_WARNINGS) {
      problems.warning(
          SourcePosition.file(display.apply("")),
          (unknown.size() - MAX_UNKNOWN_WARNINGS)
              + (files.get().size() >= MAX_LISTED ? " or more" : "")
              + " other files in this folder are not part of a corpus and are not read",
          "a corpus folder holds the files of one paper: "
              + String.join(", ", FILES)
              + ", translations/ and images/");
    }
  }

  /** Reads the pictures figures name: inside images/, PNG or SVG, bounded. */
  private static CorpusBinder.ImageSource images(
      Function<String, String> display, Source source, Problems problems) {
    return (file, at) -> {
      String f = file.strip();
      if (!f.startsWith(IMAGES + "/") || f.contains("..") || f.contains("\\")) {
        problems.error(
            at,
            "a picture must be a file in the corpus's images/ folder, not '" + file + "'",
            "such as 'images/map.png'");
        return Optional.empty();
      }
      try {
        Optional<byte[]> bytes = source.bytes(f, problems);
        if (bytes.isEmpty()) {
          problems.error(
              at, "no picture file '" + f + "'", "the path is read relative to the corpus");
          return Optional.empty();
        }
        if (bytes.get().length > MAX_IMAGE_BYTES) {
          problems.error(
              at,
              "the picture is too large (" + bytes.get().length + " bytes)",
              "pictures hold at most 8 MB");
          return Optional.empty();
        }
        Optional<String> type = mediaType(bytes.get(), f);
        if (type.isEmpty()) {
          problems.error(
              at,
              "'" + f + "' is not a PNG or SVG picture",
              "figures show PNG and SVG files, named .png or .svg");
          return Optional.empty();
        }
        if (type.get().equals("image/svg+xml")) {
          Optional<String> wrong = org.briefing.files.SelfContainedSvg.problem(bytes.get());
          if (wrong.isPresent()) {
            problems.error(
                at,
                "the picture '" + f + "' " + wrong.get(),
                "an SVG picture must be self-contained: links and url() only to #ids inside it,"
                    + " no @import, <!DOCTYPE>, scripts or <foreignObject> (or use a PNG)");
            return Optional.empty();
          }
        }
        return Optional.of(new Figure.Picture(f, bytes.get(), type.get(), at));
      } catch (Unreadable e) {
        return Optional.empty();
      }
    };
  }

  /** The media type of a picture, checked against its content: PNG or SVG. */
  static Optional<String> mediaType(byte[] b, String file) {
    String lower = file.toLowerCase(java.util.Locale.ROOT);
    if (lower.endsWith(".png")
        && b.length > 8
        && (b[0] & 0xff) == 0x89
        && b[1] == 'P'
        && b[2] == 'N'
        && b[3] == 'G') {
      return Optional.of("image/png");
    }
    if (lower.endsWith(".svg")) {
      String head =
          new String(b, 0, Math.min(b.length, 1024), java.nio.charset.StandardCharsets.UTF_8)
              .stripLeading();
      if (head.startsWith("<?xml") || head.startsWith("<svg") || head.startsWith("<!--")) {
        return head.contains("<svg") || b.length > 1024
            ? Optional.of("image/svg+xml")
            : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The translations file of a language, such as {@code translations/pl.yaml}. */
  public static String translationFile(Language language) {
    return TRANSLATIONS + "/" + language.code() + ".yaml";
  }

  /** Most warnings of files not part of a corpus, before one that says there are more. */
  private static final int MAX_UNKNOWN_WARNINGS = 20;

  /** Most files {@link #listFiles} lists: a corpus has a few dozen. */
  static final int MAX_LISTED = 1000;

  /**
   * Files under a corpus folder, relative, with '/', sorted: at most {@value #MAX_LISTED}, at most
   * three levels deep; symbolic links are not followed, and neither hidden folders (.git) nor
   * folders on another file system (/proc, /sys, a mounted disk) are entered.
   */
  static List<String> listFiles(Path dir) {
    List<String> files = new ArrayList<>();
    Object device = device(dir);
    try {
      Files.walkFileTree(
          dir,
          Set.of(),
          3,
          new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult preVisitDirectory(
                Path d, java.nio.file.attribute.BasicFileAttributes attrs) {
              if (d.equals(dir)) {
                return java.nio.file.FileVisitResult.CONTINUE;
              }
              boolean hiddenFolder = d.getFileName().toString().startsWith(".");
              return hiddenFolder || !java.util.Objects.equals(device, device(d))
                  ? java.nio.file.FileVisitResult.SKIP_SUBTREE
                  : java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFile(
                Path f, java.nio.file.attribute.BasicFileAttributes attrs) {
              // At the depth bound a folder is visited as a file: it is not listed.
              if (!attrs.isDirectory()) {
                files.add(dir.relativize(f).toString().replace('\\', '/'));
              }
              return files.size() >= MAX_LISTED
                  ? java.nio.file.FileVisitResult.TERMINATE
                  : java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path f, IOException e) {
              return java.nio.file.FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
    java.util.Collections.sort(files);
    return files;
  }

  /** The device a folder is on, or null where the system does not say. */
  private static Object device(Path d) {
    try {
      return Files.getAttribute(d, "unix:dev", java.nio.file.LinkOption.NOFOLLOW_LINKS);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** The bytes of a file of the corpus folder, bounded; empty when it does not exist. */
  private static Optional<byte[]> readBytes(Path dir, String file, Problems problems)
      throws Unreadable {
    Path path = dir.resolve(file);
    try {
      inside(dir, file, path);
      return BoundedFiles.readIfExists(
          path, MAX_IMAGE_BYTES, SourcePosition.file(path.toString()), "a picture");
    } catch (InvalidInputException e) {
      problems.addAll(e.diagnostics());
      throw new Unreadable();
    }
  }

  /**
   * Refuses a corpus file that is a symbolic link (or lies under one) leading out of the corpus
   * folder, before it is opened: a corpus is untrusted, and its files must not read others.
   */
  private static void inside(Path dir, String file, Path path) {
    org.briefing.files.RootFolder.of(dir)
        .resolve(
            dir,
            file,
            SourcePosition.file(path.toString()),
            "the corpus file",
            "a corpus file must lie inside the corpus folder "
                + dir
                + "; copy the file in instead of linking to it");
  }

  /** One corpus file read and parsed: its root (empty when missing or broken) and its problems. */
  private record Parsed(Optional<YamlNode> root, List<Diagnostic> problems) {}

  /**
   * Reads and parses files on this thread and a helper thread, since parsing is most of a corpus
   * read's time and a one-shot build leaves the second core idle: this thread takes the files from
   * the first on, the helper from the last back, until they meet. Each file's problems are kept
   * apart and come back in the files' order, so that they are added as a read on one thread adds
   * them (parsing is a function of the file's name and text alone).
   *
   * <p>The helper first initializes the binder's class, which this thread would otherwise do before
   * the parse: its decimal limits are the process's first {@link java.math.BigDecimal}s, and on JDK
   * 25 (not 17) that class's static initializer computes 5^65536 (for {@code stripTrailingZeros}),
   * 14-21 ms of a cold build's corpus read on JDK 25, interpreted.
   */
  private static List<Parsed> parseAll(
      List<String> files, Function<String, String> display, Source source) {
    List<FutureTask<Parsed>> tasks = new ArrayList<>();
    for (String file : files) {
      tasks.add(
          new FutureTask<>(
              () -> {
                Problems own = new Problems();
                Optional<YamlNode> root =
                    load(file, display.apply(file), source, own, file.equals(REQUIRED));
                return new Parsed(root, own.all());
              }));
    }
    if (tasks.size() > 1 && Runtime.getRuntime().availableProcessors() > 1) {
      Thread helper =
          new Thread(
              () -> {
                CorpusBinder.initialize();
                // A task the other thread has started or done is not run again.
                for (int i = tasks.size() - 1; i >= 0; i--) {
                  tasks.get(i).run();
                }
              },
              "briefing-corpus-parser");
      helper.setDaemon(true);
      helper.start();
    }
    List<Parsed> out = new ArrayList<>();
    for (FutureTask<Parsed> t : tasks) {
      out.add(Tasks.join(t));
    }
    return out;
  }

  private static <T> List<T> bind(
      Map<String, YamlNode> roots, String file, Function<YamlNode, List<T>> binder) {
    YamlNode root = roots.get(file);
    return root == null ? List.of() : binder.apply(root);
  }

  private static Optional<YamlNode> load(
      String file, String shown, Source source, Problems problems, boolean required) {
    Optional<String> text;
    Optional<byte[]> utf8;
    try {
      utf8 = source.yaml(file, problems);
      if (utf8.isPresent()) {
        YamlNode kept = YamlLoader.findKept(shown, utf8.get());
        if (kept != null) {
          return Optional.of(kept);
        }
        text = decode(utf8.get(), shown, problems);
      } else {
        text = source.text(file, problems);
      }
    } catch (Unreadable e) {
      return Optional.empty();
    }
    if (text.isEmpty()) {
      if (required) {
        problems.error(
            SourcePosition.file(shown),
            "the corpus file is missing",
            "a corpus needs article.yaml; '"
                + ToolCommand.of("init", "DIR").text()
                + "' makes a new one");
      }
      return Optional.empty();
    }
    try {
      return Optional.of(
          utf8.isPresent()
              ? YamlLoader.loadKept(shown, text.get(), utf8.get())
              : YamlLoader.loadKept(shown, text.get()));
    } catch (InvalidInputException e) {
      problems.addAll(e.diagnostics());
      return Optional.empty();
    }
  }

  private static Optional<String> readFile(Path dir, String file, Problems problems)
      throws Unreadable {
    Optional<byte[]> bytes = readTextBytes(dir, file, problems);
    return bytes.isEmpty()
        ? Optional.empty()
        : decode(bytes.get(), dir.resolve(file).toString(), problems);
  }

  /**
   * The text of one file of the corpus folder {@code dir}, read with the checks a corpus read
   * makes: inside the folder (no symbolic link out of it), a regular file, bounded, strict UTF-8;
   * empty when it does not exist. For a command that reads a file again after its corpus was read
   * (to place a message at a line, to edit the file in place).
   *
   * <pre>{@code Optional<String> yaml = CorpusReader.readText(dir, "translations/pl.yaml");}</pre>
   *
   * @throws InvalidInputException at the file when it is refused
   */
  public static Optional<String> readText(Path dir, String file) {
    Problems problems = new Problems();
    try {
      return readFile(dir, file, problems);
    } catch (Unreadable e) {
      throw new InvalidInputException(problems.all());
    }
  }

  /** The bytes of a text file of the corpus folder, bounded; empty when it does not exist. */
  private static Optional<byte[]> readTextBytes(Path dir, String file, Problems problems)
      throws Unreadable {
    Path path = dir.resolve(file);
    String shown = path.toString();
    try {
      inside(dir, file, path);
      // Bound the bytes read before decoding; YamlLoader bounds the characters.
      return BoundedFiles.readIfExists(
          path, YamlLoader.MAX_FILE_BYTES, SourcePosition.file(shown), "a corpus file");
    } catch (InvalidInputException e) {
      problems.addAll(e.diagnostics());
      throw new Unreadable();
    }
  }

  private static Optional<String> decode(byte[] bytes, String shown, Problems problems)
      throws Unreadable {
    try {
      return Optional.of(StrictUtf8.decode(bytes, shown));
    } catch (InvalidInputException e) {
      problems.addAll(e.diagnostics());
      throw new Unreadable();
    }
  }
}
