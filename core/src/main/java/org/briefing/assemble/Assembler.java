package org.briefing.assemble;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.briefing.cite.CitationProcessor;
import org.briefing.diagnostics.Diagnostic;
import org.briefing.diagnostics.InvalidInputException;
import org.briefing.diagnostics.SourcePosition;
import org.briefing.diagnostics.ToolCommand;
import org.briefing.document.AbstractVisitor;
import org.briefing.document.Block;
import org.briefing.document.Branding;
import org.briefing.document.Document;
import org.briefing.document.Inline;
import org.briefing.document.Meta;
import org.briefing.document.Paper;
import org.briefing.i18n.Language;
import org.briefing.i18n.LocalizedText;
import org.briefing.i18n.Numbers;
import org.briefing.i18n.UnitId;
import org.briefing.model.Article;
import org.briefing.model.Citation;
import org.briefing.model.Corpus;
import org.briefing.model.PartialDate;
import org.briefing.model.Table;
import org.briefing.sections.PaperCitation;
import org.briefing.sections.SectionContent;
import org.briefing.sections.SectionContext;
import org.briefing.sections.SectionSpec;
import org.briefing.sections.Tables;
import org.briefing.spec.BriefingSpec;
import org.briefing.spec.Layout;

/**
 * Builds a briefing {@link Document} from the corpus and a spec: the sections in the spec's order,
 * each built by its kind, in one language or two (side by side, or one after the other). A section
 * with nothing to show is left out, with a warning that says why. Everything printed comes from the
 * corpus, the label bundles or the spec's own free text; every claim keeps its citations, and the
 * reference list holds exactly the references cited. The same inputs always give an equal document.
 *
 * <pre>{@code
 * Corpus corpus = CorpusReader.readDefault().corpus();
 * BriefingSpec spec = SpecReader.of(corpus).read(Path.of("briefings/energy-security.yaml"));
 * Assembly a = Assembler.of(corpus).assemble(spec);
 * a.document();   // hand to a renderer
 * a.warnings();   // e.g. a section left out, over the max-words budget
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Assembler {
  /**
   * How the warning of an estimated page count begins: a build that lays out real pages (PDF) drops
   * it and checks the pages it measured instead.
   */
  public static final String ESTIMATED_PAGES = "the briefing runs to about ";

  /** Words a page holds, for estimating pages against {@code max-pages}. */
  public static final int WORDS_PER_PAGE = 500;

  private final Corpus corpus;
  private final Map<String, String> environment;

  private Assembler(Corpus corpus, Map<String, String> environment) {
    this.corpus = corpus;
    this.environment = Map.copyOf(environment);
  }

  /** An assembler that takes {@code SOURCE_DATE_EPOCH} from the process environment. */
  public static Assembler of(Corpus corpus) {
    return new Assembler(corpus, System.getenv());
  }

  /** The same assembler with another environment (for {@code SOURCE_DATE_EPOCH}). */
  public Assembler withEnvironment(Map<String, String> env) {
    return new Assembler(corpus, env);
  }

  /**
   * Does ahead of {@link #assemble} what its first assembly in the process would do slowest: makes
   * the citation processors that the spec's reference lists and citation style need (citeproc-java
   * reads its style and locale), for {@link #assemble} to take over ({@link
   * CitationProcessor#prepare}). Safe on any thread; the assembly is the same with or without it.
   */
  public void prepare(BriefingSpec spec) {
    if (!listsReferences(spec.sections()) && spec.citationStyle().isPaper()) {
      return;
    }
    for (Language l : spec.languages()) {
      CitationProcessor.prepare(spec.citationStyle(), l, corpus.references());
    }
  }

  /**
   * Makes ICU load what assembling in a language asks it for first (a number format, a list format,
   * the word-break rules), so that another core can do it while the corpus is read and the spec
   * bound (see {@code org.briefing.build.Ahead}); a cold build otherwise spent about 70 ms of its
   * critical path on them. Nothing depends on this having run.
   */
  public static void prepareText(Language language) {
    Numbers.format(new java.math.BigDecimal("1.5"), 1, language.locale());
    ListFormatter.getInstance(language.locale()).format(List.of("1", "2"));
    BreakIterator words = BreakIterator.getWordInstance(ULocale.ROOT);
    words.setText("a b");
    words.next();
  }

  /** Assembles the briefing a spec describes. */
  public Assembly assemble(BriefingSpec spec) {
    return new Run(spec).assemble();
  }

  /** The state of assembling one briefing. */
  private final class Run {
    private final BriefingSpec spec;
    private final Selection selection;
    private final List<Voice> voices = new ArrayList<>();
    private final boolean linkCitations;
    private final Map<SectionSpec<?>, String> ids = new IdentityHashMap<>();
    private final Map<String, Integer> used = new HashMap<>();

    /** The corpus id of each table shown, by its block id (see Meta#tableIds). */
    private final Map<String, String> tableIds = new java.util.LinkedHashMap<>();

    private final Set<String> cited = new LinkedHashSet<>();
    private final List<Diagnostic> warnings = new ArrayList<>();

    /** How often each section was built, and how often it had nothing to show (and why). */
    private final Map<SectionSpec<?>, Integer> builds = new IdentityHashMap<>();

    private final Map<SectionSpec<?>, List<String>> empties = new IdentityHashMap<>();

    Run(BriefingSpec spec) {
      this.spec = spec;
      this.selection = Selection.of(corpus, spec.filters());
      List<Language> languages = spec.languages();
      voices.add(Voice.of(corpus, languages.get(0)));
      for (Language l : languages.subList(1, languages.size())) {
        voices.add(Voice.secondary(corpus, l));
      }
      this.linkCitations = listsReferences(spec.sections());
    }

    Assembly assemble() {
      try {
        return assembleAll();
      } finally {
        processors.values().forEach(CitationProcessor::release);
      }
    }

    private Assembly assembleAll() {
      int n = spec.sections().size();
      List<List<List<Block>>> built = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        built.add(null);
      }
      for (boolean last : List.of(false, true)) {
        for (int i = 0; i < n; i++) {
          SectionSpec<?> s = spec.sections().get(i);
          if (s.kind().listsReferences() == last) {
            built.set(i, top(s));
          }
        }
      }
      if (built.stream().allMatch(perVoice -> perVoice.stream().allMatch(List::isEmpty))) {
        throw nothingToShow();
      }
      reportLeftOut(spec.sections());
      List<Block> laid = layout(built);
      // Corpus text may link to a table or figure this briefing does not show: keep its words.
      List<Block> body = Blocks.withoutDanglingLinks(laid, Blocks.targets(laid));
      Document document = new Document(meta(), body);
      List<Diagnostic> all = new ArrayList<>(spec.warnings());
      all.addAll(warnings);
      // The words are counted here only for a length budget (see Assembly).
      filterWarning().ifPresent(all::add);
      all.addAll(translationWarnings());
      int words = -1;
      if (spec.maxWords().isPresent() || spec.maxPages().isPresent()) {
        words = countWords(document);
        all.addAll(budgetWarnings(words, estimatedPages(words)));
      }
      return new Assembly(document, words, all);
    }

    /** A top-level section, one block list per voice (one only for a section built once). */
    private List<List<Block>> top(SectionSpec<?> s) {
      List<List<Block>> perVoice = new ArrayList<>();
      if (s.kind().once()) {
        perVoice.add(section(s, voices.get(0), 2, true));
        return perVoice;
      }
      for (Voice v : voices) {
        perVoice.add(section(s, v, 2, false));
      }
      return perVoice;
    }

    /** One section in one voice: its heading, its content and the footnotes it first cites. */
    private List<Block> section(SectionSpec<?> s, Voice v, int level, boolean allLanguages) {
      Ctx ctx = new Ctx(v, level, v.id(id(s)));
      SectionContent content = s.build(ctx);
      builds.merge(s, 1, Integer::sum);
      if (content.isEmpty()) {
        empties.computeIfAbsent(s, x -> new ArrayList<>()).add(content.emptyReason());
        return List.of();
      }
      List<Block> out = new ArrayList<>();
      Optional<List<Inline>> title = s.title(ctx);
      Optional<List<Inline>> heading =
          title.isPresent()
              ? title
              : s.kind().headingLabel().map(key -> headingText(key, v, allLanguages));
      heading.ifPresent(h -> out.add(new Block.Heading(level, ctx.id(), h)));
      s.tableId().ifPresent(t -> tableIds.put(ctx.id(), t));
      out.addAll(Blocks.markedOnce(v, content.blocks()));
      out.addAll(ctx.footnotes);
      return out;
    }

    private List<Inline> headingText(String key, Voice v, boolean allLanguages) {
      List<Inline> text = new ArrayList<>(List.of(v.labelText(key)));
      if (allLanguages) {
        for (Voice other : voices.subList(1, voices.size())) {
          text.add(new Inline.Text(" / "));
          text.add(new Inline.LangSpan(other.language(), List.of(other.labelText(key))));
        }
      }
      return text;
    }

    /**
     * A warning for each section, nested ones too, that had nothing to show in any language: it is
     * left out. A section empty in one language only (a text written in one) is not.
     */
    private void reportLeftOut(List<SectionSpec<?>> sections) {
      for (SectionSpec<?> s : sections) {
        List<String> reasons = empties.getOrDefault(s, List.of());
        if (!reasons.isEmpty() && reasons.size() == builds.getOrDefault(s, 0)) {
          warnings.add(
              Diagnostic.warning(
                  s.position(),
                  "the " + s.name() + " section is left out: " + reasons.get(0),
                  "widen the filters or drop the section"));
        } else {
          reportLeftOut(s.children());
        }
      }
    }

    /**
     * A briefing none of whose sections has anything to show (the filters pass nothing they use)
     * would hold its title alone, and be sent as if it said something: an error at each section,
     * saying why it is empty, after one at the spec.
     */
    private InvalidInputException nothingToShow() {
      List<Diagnostic> out = new ArrayList<>();
      out.add(
          Diagnostic.error(
              SourcePosition.file(spec.path()),
              "no section of this briefing has anything to show: it would hold its title alone",
              "widen the filters (topics, actors and period must all match) or choose other"
                  + " sections"));
      for (SectionSpec<?> s : spec.sections()) {
        List<String> reasons = empties.getOrDefault(s, List.of());
        out.add(
            Diagnostic.error(
                s.position(),
                "the "
                    + s.name()
                    + " section is empty"
                    + (reasons.isEmpty() ? "" : ": " + reasons.get(0)),
                null));
      }
      return new InvalidInputException(out);
    }

    /** The section's id: its kind's base, numbered when it repeats; the same in every voice. */
    private String id(SectionSpec<?> s) {
      return ids.computeIfAbsent(
          s,
          x -> {
            String base = x.idBase(corpus, spec.language());
            int count = used.merge(base, 1, Integer::sum);
            return count == 1 ? base : base + "-" + count;
          });
    }

    // ---- layout

    private List<Block> layout(List<List<List<Block>>> built) {
      List<Block> out = new ArrayList<>();
      if (voices.size() == 1) {
        built.forEach(perVoice -> out.addAll(perVoice.get(0)));
        return out;
      }
      if (spec.layout() == Layout.SEQUENTIAL) {
        List<List<Block>> parts = new ArrayList<>();
        voices.forEach(v -> parts.add(new ArrayList<>()));
        List<Block> once = new ArrayList<>();
        for (List<List<Block>> perVoice : built) {
          if (perVoice.size() == 1) {
            once.addAll(perVoice.get(0));
          } else {
            for (int p = 0; p < voices.size(); p++) {
              parts.get(p).addAll(perVoice.get(p));
            }
          }
        }
        for (int p = 0; p < voices.size(); p++) {
          Voice v = voices.get(p);
          if (!parts.get(p).isEmpty()) {
            out.add(
                new Block.Part(
                    "part-" + v.language().code(),
                    v.language(),
                    Optional.of(v.label("part-title")),
                    parts.get(p)));
          }
        }
        out.addAll(once);
        return out;
      }
      Voice left = voices.get(0);
      Voice right = voices.get(1);
      List<Block.ParallelRow> rows = new ArrayList<>();
      for (List<List<Block>> perVoice : built) {
        if (perVoice.size() == 1) {
          if (!rows.isEmpty()) {
            out.add(
                new Block.Parallel(
                    left.language(), right.language(), Alignment.headingsWithText(rows)));
            rows = new ArrayList<>();
          }
          out.addAll(perVoice.get(0));
          continue;
        }
        Alignment.align(perVoice.get(0), perVoice.get(1), rows);
      }
      if (!rows.isEmpty()) {
        out.add(
            new Block.Parallel(
                left.language(), right.language(), Alignment.headingsWithText(rows)));
      }
      return out;
    }

    // ---- meta, length

    private Meta meta() {
      Voice main = voices.get(0);
      Article a = corpus.article();
      String paperTitle = main.plain(UnitId.articleTitle());
      // The spec's own title and subtitle are the user's text: each part typeset in its language.
      List<Inline> titleText;
      if (!spec.title().isEmpty()) {
        Map.Entry<Language, String> t = mainFirst(spec.title());
        titleText = line(t.getKey(), t.getValue());
        if (!spec.subtitle().isEmpty() && voices.size() > 1) {
          // The subtitle's place is taken: a title given in the second language too joins the
          // first on the title line, as a bilingual heading does ("Abstract / Streszczenie").
          Language second = voices.get(1).language();
          String other = t.getKey() == second ? null : spec.title().get(second);
          if (other != null) {
            titleText = new ArrayList<>(titleText);
            titleText.add(new Inline.Text(" / "));
            titleText.addAll(line(second, other));
          }
        }
      } else {
        titleText = paperTitle(main);
      }
      List<Inline> subtitleText = new ArrayList<>();
      if (!spec.subtitle().isEmpty()) {
        for (Map.Entry<Language, String> e : spec.subtitle().entrySet()) {
          if (!subtitleText.isEmpty()) {
            subtitleText.add(new Inline.Text(" / "));
          }
          subtitleText.addAll(line(e.getKey(), e.getValue()));
        }
      } else if (!spec.title().isEmpty()) {
        // A title given in both languages of a bilingual briefing: the second under the first.
        if (voices.size() > 1 && spec.title().containsKey(main.language())) {
          Language second = voices.get(1).language();
          Optional.ofNullable(spec.title().get(second))
              .ifPresent(t -> subtitleText.addAll(line(second, t)));
        }
      } else if (voices.size() > 1) {
        subtitleText.addAll(paperTitle(voices.get(1)));
      } else if (!a.subtitle().isEmpty()) {
        subtitleText.addAll(
            inMain(
                main.localized(UnitId.articleSubtitle()).language(),
                List.of(new Inline.Text(main.plain(UnitId.articleSubtitle())))));
      }
      String title = Blocks.plainText(titleText).strip();
      String subtitle = Blocks.plainText(subtitleText).strip();
      List<Inline> seriesText = eachLanguage(spec.series());
      List<Inline> audienceText = eachLanguage(spec.audience());
      List<String> keywords =
          a.keywords().isEmpty()
              ? List.of()
              : List.of(main.plain(UnitId.keywords()).split(",\\s*"));
      List<Inline> sourceLine = new ArrayList<>();
      if (PaperCitation.hasMetadata(a) || !spec.title().isEmpty()) {
        sourceLine.add(new Inline.Text(main.label("source") + ": "));
        sourceLine.addAll(PaperCitation.of(main, a));
      }
      return Meta.builder(spec.name(), title, main.language())
          .titleText(titleText)
          .subtitle(subtitle)
          .subtitleText(subtitleText)
          .authors(spec.authors().stream().map(n -> Voice.typeset(n, main.language())).toList())
          .series(Blocks.plainText(seriesText).strip())
          .seriesText(seriesText)
          .number(spec.number().orElse(""))
          .date(spec.date().map(d -> printedDate(d, main)).orElse(""))
          .audience(Blocks.plainText(audienceText).strip())
          .audienceText(audienceText)
          .secondLanguage(
              voices.size() > 1 ? Optional.of(voices.get(1).language()) : Optional.empty())
          .subject(paperTitle)
          .keywords(keywords)
          .created(spec.createdOr(environment))
          .marking(spec.marking())
          .branding(
              spec.organisation().map(o -> new Branding(o.name(), Optional.empty(), o.accent())))
          .pageSize(spec.pageSize())
          .paper(Optional.of(paper(a)))
          .sourceLine(sourceLine)
          .tableIds(tableIds)
          .corpusFolder(corpus.folder())
          .build();
    }

    /**
     * A one-line text of the spec (series, audience): in the main language (else its first), and in
     * a bilingual briefing the second language's after it ("Baltic notes / Notatki bałtyckie"),
     * each typeset and tagged in its own.
     */
    private List<Inline> eachLanguage(Map<Language, String> texts) {
      if (texts.isEmpty()) {
        return List.of();
      }
      Map.Entry<Language, String> first = mainFirst(texts);
      List<Inline> out = new ArrayList<>(line(first.getKey(), first.getValue()));
      if (voices.size() > 1) {
        Language second = voices.get(1).language();
        String other = first.getKey() == second ? null : texts.get(second);
        if (other != null) {
          out.add(new Inline.Text(" / "));
          out.addAll(line(second, other));
        }
      }
      return out;
    }

    /** The spec's entry in the main language, else its first. */
    private Map.Entry<Language, String> mainFirst(Map<Language, String> texts) {
      Language l = voices.get(0).language();
      String t = texts.get(l);
      return t != null ? Map.entry(l, t) : texts.entrySet().iterator().next();
    }

    /** A line of the spec's own text in its language: typeset, and tagged when not the main. */
    private List<Inline> line(Language language, String text) {
      return inMain(language, List.of(new Inline.Text(Voice.typeset(text, language))));
    }

    private List<Inline> inMain(Language language, List<Inline> content) {
      return language == voices.get(0).language()
          ? content
          : List.of(new Inline.LangSpan(language, content));
    }

    /**
     * The paper's title in a voice's language (the English when it has no translation), marked as
     * its text is everywhere else when it is not a checked translation.
     */
    private List<Inline> paperTitle(Voice v) {
      LocalizedText t = v.localized(UnitId.articleTitle());
      List<Inline> text = List.of(new Inline.Text(v.plain(UnitId.articleTitle())));
      List<Inline> own =
          new ArrayList<>(
              t.language() == v.language()
                  ? text
                  : List.of(new Inline.LangSpan(t.language(), text)));
      // The mark in the voice's language, as in its own half of the briefing.
      Voice.badge(t).ifPresent(b -> own.addAll(List.of(new Inline.Text(" "), b)));
      return v.language() == voices.get(0).language()
          ? own
          : List.of(new Inline.LangSpan(v.language(), own));
    }

    /**
     * Where a budget warning points: at the budget when the built spec sets it, else at the built
     * spec itself (the budget came from a file it extends).
     */
    private SourcePosition budgetAt(org.briefing.spec.Limit l) {
      return l.position().path().equals(spec.path())
          ? l.position()
          : SourcePosition.file(spec.path());
    }

    /**
     * A warning for each language whose text this briefing had to write in English, marked as not
     * yet translated, and one for its translations whose English changed since, marked as out of
     * date: the reader sees the marks, the person building it sees what to translate (and {@code
     * --strict} refuses such a briefing).
     */
    private List<Diagnostic> translationWarnings() {
      List<Diagnostic> out = new ArrayList<>();
      SourcePosition at = SourcePosition.file(spec.path());
      for (Voice v : voices) {
        if (v.language().isSource()) {
          continue;
        }
        String name = v.language().englishName();
        String file = "translations/" + v.language().code() + ".yaml";
        List<String> missing = v.missingUnits();
        if (!missing.isEmpty()) {
          out.add(
              Diagnostic.warning(
                  at,
                  count(missing.size(), "text")
                      + " of this briefing "
                      + (missing.size() == 1 ? "has" : "have")
                      + " no "
                      + name
                      + " translation and "
                      + (missing.size() == 1 ? "is" : "are")
                      + " shown in English, marked as not yet translated: "
                      + sample(missing),
                  "add the translations to the corpus's "
                      + file
                      + " ("
                      + ToolCommand.of("xliff", "export", "-l", v.language().code())
                          .corpus(corpus.folder())
                          .text()
                      + "); "
                      + ToolCommand.of("translations", "status").corpus(corpus.folder()).text()
                      + " lists them all"));
        }
        List<String> stale = v.staleUnits();
        if (!stale.isEmpty()) {
          out.add(
              Diagnostic.warning(
                  at,
                  count(stale.size(), name + " translation")
                      + " of this briefing "
                      + (stale.size() == 1 ? "translates" : "translate")
                      + " English that has changed since, and "
                      + (stale.size() == 1 ? "is" : "are")
                      + " shown marked as out of date: "
                      + sample(stale),
                  ToolCommand.of("translations", "status").corpus(corpus.folder()).text()
                      + " shows each one's English before and after"));
        }
      }
      return out;
    }

    private static String count(int n, String noun) {
      return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** The first few unit ids, and how many more. */
    private static String sample(List<String> ids) {
      int shown = Math.min(ids.size(), 5);
      String list = String.join(", ", ids.subList(0, shown));
      return ids.size() > shown ? list + " and " + (ids.size() - shown) + " more" : list;
    }

    private Optional<Diagnostic> filterWarning() {
      if (!corpus.findings().isEmpty() && selection.findings().isEmpty()) {
        return Optional.of(
            Diagnostic.warning(
                SourcePosition.file(spec.path()),
                "no finding of the paper passes this spec's filters",
                "widen the filters: topics, actors and period must all match"));
      }
      return Optional.empty();
    }

    private List<Diagnostic> budgetWarnings(int words, int pages) {
      List<Diagnostic> out = new ArrayList<>();
      spec.maxWords()
          .filter(l -> words > l.value())
          .ifPresent(
              l ->
                  out.add(
                      Diagnostic.warning(
                          budgetAt(l),
                          "the briefing has " + words + " words, over the budget of " + l.value(),
                          "narrow the filters, lower a section's 'limit', or drop sections")));
      spec.maxPages()
          .filter(l -> pages > l.value())
          .ifPresent(
              l ->
                  out.add(
                      Diagnostic.warning(
                          budgetAt(l),
                          ESTIMATED_PAGES
                              + pages
                              + " pages ("
                              + words
                              + " words at about "
                              + WORDS_PER_PAGE
                              + " a page), over the budget of "
                              + l.value(),
                          "narrow the filters, lower a section's 'limit', or drop sections")));
      return out;
    }

    /** The building context of one section in one voice. */
    private final class Ctx implements SectionContext {
      private final Voice voice;
      private final int level;
      private final String id;
      private final List<Block> footnotes = new ArrayList<>();

      Ctx(Voice voice, int level, String id) {
        this.voice = voice;
        this.level = level;
        this.id = id;
      }

      @Override
      public Corpus corpus() {
        return corpus;
      }

      @Override
      public Voice voice() {
        return voice;
      }

      @Override
      public Selection selection() {
        return selection;
      }

      @Override
      public BriefingSpec spec() {
        return spec;
      }

      @Override
      public String id() {
        return id;
      }

      @Override
      public int level() {
        return level;
      }

      @Override
      public List<Inline> citations(List<Citation> citations) {
        List<Citation> refs = new ArrayList<>();
        List<Inline> notes = new ArrayList<>();
        for (Citation c : citations) {
          if (c.isNote()) {
            notes.add(noteRef(c.note().get()));
            continue;
          }
          cited.add(c.ref());
          refs.add(c);
        }
        List<Inline> out = new ArrayList<>();
        if (!refs.isEmpty()) {
          CitationProcessor processor = processor(voice);
          if (processor.style().note()) {
            out.add(citationNote(processor.note(refs)));
          } else {
            out.add(new Inline.Text(" "));
            out.add(
                processor.inText(
                    refs,
                    ref -> linkCitations ? Optional.of(Anchors.reference(ref)) : Optional.empty()));
          }
        }
        out.addAll(notes);
        return out;
      }

      /**
       * A citation group of a note style as a note of its own. Its markers are letters (a, b …) so
       * that they never clash with the paper's numbered notes.
       */
      private Inline citationNote(List<Inline> text) {
        int n = citationNotes.merge(voice.language(), 1, Integer::sum);
        String marker = letters(n);
        String noteId = voice.id("cn-" + marker);
        footnotes.add(new Block.Footnote(noteId, marker, List.of(new Block.Paragraph(text))));
        return new Inline.NoteRef(noteId, marker);
      }

      private Inline noteRef(int number) {
        String noteId = voice.id("fn-" + number);
        if (footnotesShown(voice).add(noteId)) {
          footnotes.add(
              new Block.Footnote(
                  noteId,
                  String.valueOf(number),
                  List.of(new Block.Paragraph(voice.unit(UnitId.footnote(number))))));
        }
        return new Inline.NoteRef(noteId, String.valueOf(number));
      }

      @Override
      public List<Block> notes(List<String> notes) {
        if (!spec.showNotes() || notes.isEmpty()) {
          return List.of();
        }
        List<Block> content =
            notes.stream().map(n -> (Block) new Block.Paragraph(voice.english(n))).toList();
        return List.of(
            new Block.Callout(
                Block.CalloutKind.EDITORIAL, List.of(voice.labelText("editorial-note")), content));
      }

      @Override
      public Set<String> cited() {
        return java.util.Collections.unmodifiableSet(cited);
      }

      @Override
      public void cite(String referenceId) {
        cited.add(referenceId);
      }

      @Override
      public List<CitationProcessor.Entry> referenceList(java.util.Collection<String> ids) {
        return processor(voice).bibliography(ids);
      }

      @Override
      public List<Block> child(SectionSpec<?> child) {
        return section(child, voice, level + 1, false);
      }
    }

    private final Map<Language, Set<String>> footnotesShown = new HashMap<>();
    private final Map<Language, Integer> citationNotes = new HashMap<>();
    private final Map<Language, CitationProcessor> processors = new HashMap<>();

    /** The citation processor of a voice's language, made once per briefing and language. */
    private CitationProcessor processor(Voice v) {
      return processors.computeIfAbsent(
          v.language(),
          l -> CitationProcessor.create(spec.citationStyle(), l, corpus.references()));
    }

    private Set<String> footnotesShown(Voice v) {
      return footnotesShown.computeIfAbsent(v.language(), l -> new LinkedHashSet<>());
    }
  }

  /** 1 → a, 26 → z, 27 → aa: markers for citation notes. */
  static String letters(int n) {
    StringBuilder b = new StringBuilder();
    for (int k = n; k > 0; k = (k - 1) / 26) {
      b.insert(0, (char) ('a' + (k - 1) % 26));
    }
    return b.toString();
  }

  /** Whether any section (nested ones too) lists the references, so that citations link. */
  private static boolean listsReferences(List<SectionSpec<?>> sections) {
    for (SectionSpec<?> s : sections) {
      if (s.kind().listsReferences() || listsReferences(s.children())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A corpus text's inline Markdown as the plain text it reads as ("*Foreign* Holdings \[x\]" →
   * "Foreign Holdings [x]"): file metadata holds no markup.
   */
  private static String plainText(String markdown) {
    return markdown == null || markdown.isEmpty()
        ? ""
        : Blocks.plainText(org.briefing.text.MarkdownText.builder().build().toInlines(markdown));
  }

  /** What the corpus says of the paper, for machine-readable metadata (plain text). */
  private static Paper paper(Article a) {
    return new Paper(
        plainText(a.title()),
        a.authors().stream()
            .map(x -> new Paper.Person(x.name(), x.affiliation(), x.orcid()))
            .toList(),
        a.published().map(d -> d.text()).orElse(""),
        a.published().map(d -> d.iso()).orElse(""),
        plainText(a.publisher()),
        plainText(a.journal().or(a::series).map(Article.Container::title).orElse("")),
        a.journal().map(Article.Container::volume).orElse(""),
        a.journal().map(Article.Container::issue).orElse(""),
        a.journal().map(Article.Container::pages).orElse(""),
        a.reportNumber(),
        a.doi(),
        a.url(),
        a.licence().map(Article.Licence::name).orElse(""),
        a.language().code());
  }

  /**
   * A document holding one table alone, for {@code briefing table}. A table whose text is all in
   * one state (a draft translation) is marked once, at its caption and in a note; when its cells
   * differ, a callout explains the marks each cell carries.
   */
  public Document table(Table t, Language language) {
    Voice v = Voice.of(corpus, language);
    Block.Table table =
        Tables.build(v, corpus, t, Tables.anchor(t), List.of(), Optional.empty(), id -> {});
    List<Block> blocks = new ArrayList<>();
    // A table marked once (its caption and first note) needs no notice; one whose cells are marked
    // one by one gets a notice that says what the marks mean.
    if (table.head().stream()
            .flatMap(r -> r.cells().stream())
            .anyMatch(c -> c.content().stream().anyMatch(Voice::hasBadge))
        || table.body().stream()
            .flatMap(r -> r.cells().stream())
            .anyMatch(c -> c.content().stream().anyMatch(Voice::hasBadge))) {
      blocks.add(
          new Block.Callout(
              Block.CalloutKind.DRAFT,
              List.of(v.labelText("table-draft-title")),
              List.of(new Block.Paragraph(List.of(v.labelText("table-draft-notice"))))));
    }
    blocks.add(table);
    String title = Blocks.plainText(Tables.caption(v, t));
    Meta meta =
        Meta.builder(Tables.anchor(t) + "-" + language.code(), title, language)
            .subject(v.plain(UnitId.articleTitle()))
            .created(createdFromEnvironment())
            .tableAlone(true)
            .tableIds(Map.of(Tables.anchor(t), t.id()))
            .corpusFolder(corpus.folder())
            .build();
    return new Document(meta, blocks);
  }

  private Instant createdFromEnvironment() {
    String epoch = environment.get("SOURCE_DATE_EPOCH");
    if (epoch != null && epoch.strip().matches("\\d{1,12}")) {
      return Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
    }
    return Meta.DEFAULT_CREATED;
  }

  /** The same document with the organisation's logo embedded (the CLI reads the file). */
  public static Document withLogo(Document document, Branding.Logo logo) {
    Meta m = document.meta();
    Branding b =
        m.branding()
            .map(x -> new Branding(x.name(), Optional.of(logo), x.accent()))
            .orElse(new Branding("", Optional.of(logo), Optional.empty()));
    return new Document(m.toBuilder().branding(Optional.of(b)).build(), document.blocks());
  }

  /** Words a reader reads: title, subtitle and every text of the blocks (ICU word breaks). */
  /** The pages a document of this many words is estimated to fill. */
  static int estimatedPages(int words) {
    return Math.max(1, (words + WORDS_PER_PAGE - 1) / WORDS_PER_PAGE);
  }

  public static int countWords(Document document) {
    StringBuilder text = new StringBuilder();
    text.append(document.meta().title()).append('\n').append(document.meta().subtitle());
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Inline.Text node) {
            text.append(' ').append(node.text());
          }

          @Override
          public void visit(Inline.Code node) {
            text.append(' ').append(node.text());
          }

          @Override
          public void visit(Inline.Citation node) {
            text.append(' ').append(node.plainText());
          }

          @Override
          public void visit(Block.Code node) {
            text.append('\n').append(node.text());
          }

          @Override
          public void visit(Block.Part node) {
            node.title().ifPresent(t -> text.append('\n').append(t));
            super.visit(node);
          }
        });
    BreakIterator words = BreakIterator.getWordInstance(ULocale.ROOT);
    words.setText(text.toString());
    int count = 0;
    for (int end = words.next(); end != BreakIterator.DONE; end = words.next()) {
      if (words.getRuleStatus() != BreakIterator.WORD_NONE) {
        count++;
      }
    }
    return count;
  }

  /**
   * The spec's date as the briefing prints it: a date the tool reads with its year (2022-02-24, 24
   * February 2022, February 24, 2022, 2022-02, February 2022, spring 2022) in the briefing's
   * language, as the paper's own dates are ("24 lutego 2022 r."; in English one written in figures
   * is written out, "24 February 2022"); any other text as written, typeset.
   */
  static String printedDate(String written, Voice voice) {
    try {
      PartialDate d = PartialDate.parse(written, 0);
      // Any date the tool reads that names its year: "spring 2022", "March/April 2022" and
      // "early 2022" are written in the briefing's language as the paper's own dates are.
      if (d.yearWritten()) {
        return voice.dated(d);
      }
    } catch (IllegalArgumentException e) {
      // not a date this tool reads: printed as written
    }
    return voice.typeset(written);
  }
}
