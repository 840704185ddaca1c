package org.briefing.assemble;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Collator;
import com.ibm.icu.text.DecimalFormat;
import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.diagnostics.Diagnostic;
import org.briefing.diagnostics.SourcePosition;
import org.briefing.document.AbstractVisitor;
import org.briefing.document.Block;
import org.briefing.document.Branding;
import org.briefing.document.Document;
import org.briefing.document.Inline;
import org.briefing.document.Meta;
import org.briefing.i18n.Language;
import org.briefing.model.Corpus;
import org.briefing.model.DataPoint;
import org.briefing.model.Event;
import org.briefing.model.Figure;
import org.briefing.model.Finding;
import org.briefing.model.Hypothesis;
import org.briefing.model.Reference;
import org.briefing.model.SummaryTable;
import org.briefing.model.TableEffect;
import org.briefing.model.TableRow;
import org.briefing.spec.BriefingSpec;
import org.briefing.spec.GroupBy;
import org.briefing.spec.Layout;
import org.briefing.spec.Period;
import org.briefing.spec.SectionSpec;
import org.briefing.text.MarkdownText;

/**
 * Builds a briefing {@link Document} from the corpus and a spec: the sections in the spec's order,
 * the content its filters choose, in English, Polish or both (side by side, or one after the
 * other). Everything printed comes from the corpus, the label files or the spec's own free text;
 * every claim keeps its citations, and the references section lists exactly the references cited.
 * The same inputs always give an equal document.
 *
 * <pre>{@code
 * Corpus corpus = CorpusReader.readDefault();
 * BriefingSpec spec = SpecReader.of(corpus).read(Path.of("briefings/energy-security.yaml"));
 * Assembly a = Assembler.of(corpus).assemble(spec);
 * a.document();   // hand to a renderer
 * a.warnings();   // e.g. over the max-pages budget
 * Document table = Assembler.of(corpus).table(Language.PL);   // Table 1 alone
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Assembler {
  /** Words a page holds, for estimating pages against {@code max-pages}. */
  public static final int WORDS_PER_PAGE = 500;

  private static final Pattern URL = Pattern.compile("https?://\\S+?(?=[.,;:)]?(\\s|$))");

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

  /** Assembles the briefing a spec describes. */
  public Assembly assemble(BriefingSpec spec) {
    Selection selection = new Selection(corpus, spec.filters());
    List<Language> languages = spec.language().languages();
    List<Voice> voices = new ArrayList<>();
    for (int i = 0; i < languages.size(); i++) {
      Language l = languages.get(i);
      voices.add(
          new Voice(
              corpus,
              l,
              i == 0 ? "" : "-" + l.code(),
              spec.sections().stream().anyMatch(SectionSpec.References.class::isInstance)));
    }
    Map<String, Integer> used = new LinkedHashMap<>();
    List<List<List<Block>>> sections = new ArrayList<>();
    Set<String> extraCited = new LinkedHashSet<>();
    for (SectionSpec s : spec.sections()) {
      String id = uniqueId(s, languages.get(0), used);
      List<List<Block>> perVoice = new ArrayList<>();
      for (Voice v : voices) {
        perVoice.add(
            s instanceof SectionSpec.References
                ? List.of()
                : section(s, id, v, spec, selection, extraCited));
      }
      sections.add(perVoice);
    }
    Set<String> cited = new LinkedHashSet<>();
    for (List<List<Block>> perVoice : sections) {
      perVoice.forEach(blocks -> cited.addAll(citedIn(blocks)));
    }
    cited.addAll(extraCited);
    List<Block> body = layout(spec, voices, sections, cited);
    Document document = new Document(meta(spec, voices.get(0)), body);
    int words = countWords(document);
    int pages = Math.max(1, (words + WORDS_PER_PAGE - 1) / WORDS_PER_PAGE);
    return new Assembly(document, words, pages, warnings(spec, selection, words, pages));
  }

  private static String uniqueId(SectionSpec s, Language main, Map<String, Integer> used) {
    String base = s.kind();
    if (s instanceof SectionSpec.Text t) {
      base = "text-" + slug(pick(t.title(), main).getValue());
    } else if (s instanceof SectionSpec.Figure f) {
      base = f.figure();
    } else if (s instanceof SectionSpec.SummaryTable) {
      base = "table-" + 1;
    }
    int n = used.merge(base, 1, Integer::sum);
    return n == 1 ? base : base + "-" + n;
  }

  private static String slug(String text) {
    String s = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
    s = s.replaceAll("^-+|-+$", "");
    return s.isEmpty() ? "section" : s;
  }

  // ---- layout

  private List<Block> layout(
      BriefingSpec spec, List<Voice> voices, List<List<List<Block>>> sections, Set<String> cited) {
    List<Block> out = new ArrayList<>();
    if (voices.size() == 1) {
      for (int i = 0; i < sections.size(); i++) {
        out.addAll(
            spec.sections().get(i) instanceof SectionSpec.References
                ? references(voices, cited)
                : sections.get(i).get(0));
      }
      return out;
    }
    Voice left = voices.get(0);
    Voice right = voices.get(1);
    if (spec.layout() == Layout.SEQUENTIAL) {
      List<List<Block>> parts = List.of(new ArrayList<>(), new ArrayList<>());
      boolean withReferences = false;
      for (int i = 0; i < sections.size(); i++) {
        if (spec.sections().get(i) instanceof SectionSpec.References) {
          withReferences = true;
        } else {
          parts.get(0).addAll(sections.get(i).get(0));
          parts.get(1).addAll(sections.get(i).get(1));
        }
      }
      for (int p = 0; p < 2; p++) {
        Voice v = voices.get(p);
        out.add(
            new Block.Part(
                "part-" + v.language().code(),
                v.language(),
                Optional.of(v.label("part-title")),
                parts.get(p)));
      }
      if (withReferences) {
        out.addAll(references(voices, cited));
      }
      return out;
    }
    List<Block.ParallelRow> rows = new ArrayList<>();
    for (int i = 0; i < sections.size(); i++) {
      if (spec.sections().get(i) instanceof SectionSpec.References) {
        if (!rows.isEmpty()) {
          out.add(new Block.Parallel(left.language(), right.language(), rows));
          rows = new ArrayList<>();
        }
        out.addAll(references(voices, cited));
        continue;
      }
      align(sections.get(i).get(0), sections.get(i).get(1), rows);
    }
    if (!rows.isEmpty()) {
      out.add(new Block.Parallel(left.language(), right.language(), rows));
    }
    return out;
  }

  /**
   * Pairs one section's blocks in two languages as rows: block to block when both sides have the
   * same shape (as every corpus section does). Otherwise — free text whose translations differ in
   * paragraphs — each heading gets a row of its own and the blocks between two headings share one,
   * when both sides have the same headings; failing that, the whole section is one row.
   */
  private static void align(List<Block> l, List<Block> r, List<Block.ParallelRow> rows) {
    if (sameShape(l, r)) {
      for (int b = 0; b < l.size(); b++) {
        rows.add(new Block.ParallelRow(List.of(l.get(b)), List.of(r.get(b))));
      }
      return;
    }
    List<List<Block>> lc = runs(l);
    List<List<Block>> rc = runs(r);
    boolean pairable = lc.size() > 1 && lc.size() == rc.size();
    for (int c = 0; pairable && c < lc.size(); c++) {
      pairable = isHeading(lc.get(c)) == isHeading(rc.get(c));
    }
    if (!pairable) {
      rows.add(new Block.ParallelRow(l, r));
      return;
    }
    for (int c = 0; c < lc.size(); c++) {
      align(lc.get(c), rc.get(c), rows);
    }
  }

  private static boolean sameShape(List<Block> l, List<Block> r) {
    if (l.size() != r.size()) {
      return false;
    }
    for (int b = 0; b < l.size(); b++) {
      if (l.get(b).getClass() != r.get(b).getClass()) {
        return false;
      }
    }
    return true;
  }

  /** Each heading alone, and the blocks between headings together, in order. */
  private static List<List<Block>> runs(List<Block> blocks) {
    List<List<Block>> out = new ArrayList<>();
    List<Block> run = new ArrayList<>();
    for (Block b : blocks) {
      if (b instanceof Block.Heading) {
        if (!run.isEmpty()) {
          out.add(run);
          run = new ArrayList<>();
        }
        out.add(List.of(b));
      } else {
        run.add(b);
      }
    }
    if (!run.isEmpty()) {
      out.add(run);
    }
    return out;
  }

  private static boolean isHeading(List<Block> run) {
    return run.size() == 1 && run.get(0) instanceof Block.Heading;
  }

  // ---- sections

  private List<Block> section(
      SectionSpec s, String id, Voice v, BriefingSpec spec, Selection sel, Set<String> extraCited) {
    boolean notes = spec.showNotes();
    if (s instanceof SectionSpec.KeyPoints k) {
      return keyPoints(k, id, v, sel, notes);
    } else if (s instanceof SectionSpec.ExecutiveSummary) {
      return executiveSummary(id, v, spec, sel);
    } else if (s instanceof SectionSpec.Abstract) {
      return abstractSection(id, v);
    } else if (s instanceof SectionSpec.Hypotheses h) {
      return hypotheses(h, id, v, sel, notes);
    } else if (s instanceof SectionSpec.Findings f) {
      return findings(f, id, v, sel, notes);
    } else if (s instanceof SectionSpec.SummaryTable t) {
      return tableSection(t, id, v, extraCited);
    } else if (s instanceof SectionSpec.Timeline) {
      return timeline(id, v, sel, notes);
    } else if (s instanceof SectionSpec.Figure f) {
      return List.of(figure(f, id, v));
    } else if (s instanceof SectionSpec.Methodology) {
      return methodology(id, v);
    } else if (s instanceof SectionSpec.Text t) {
      return text(t, id, v, spec);
    }
    return List.of();
  }

  private static Block heading(Voice v, String id, String labelKey) {
    return new Block.Heading(2, v.id(id), List.of(v.labelText(labelKey)));
  }

  /** A finding as a list item: its statement, citations and (if asked) editorial notes. */
  private static List<Block> findingItem(Finding f, Voice v, boolean notes, String prefix) {
    List<Inline> content = new ArrayList<>();
    if (!prefix.isEmpty()) {
      content.add(new Inline.Strong(List.of(new Inline.Text(prefix))));
      content.add(new Inline.Text(": "));
    }
    content.addAll(v.unit("finding." + f.id() + ".statement"));
    content.addAll(v.citations(f.citations()));
    List<Block> item = new ArrayList<>();
    item.add(new Block.Paragraph(content));
    if (notes) {
      item.addAll(v.notes(f.notes()));
    }
    return item;
  }

  private static List<Block> findingList(List<Finding> findings, Voice v, boolean notes) {
    return List.of(
        new Block.ListBlock(
            false, findings.stream().map(f -> findingItem(f, v, notes, "")).toList()));
  }

  private List<Block> keyPoints(
      SectionSpec.KeyPoints k, String id, Voice v, Selection sel, boolean notes) {
    List<Block> out = new ArrayList<>(List.of(heading(v, id, "section.key-points")));
    List<Finding> ranked = sel.ranked(corpus);
    if (ranked.isEmpty()) {
      out.add(new Block.Paragraph(List.of(v.labelText("no-findings"))));
      return out;
    }
    out.addAll(findingList(ranked.subList(0, Math.min(k.limit(), ranked.size())), v, notes));
    return out;
  }

  private List<Block> executiveSummary(String id, Voice v, BriefingSpec spec, Selection sel) {
    List<Block> out = new ArrayList<>(List.of(heading(v, id, "section.executive-summary")));
    var f = spec.filters();
    if (!f.topics().isEmpty()) {
      out.add(scope(v, "scope.topics", f.topics().stream().map(t -> "topic." + t + ".label")));
    }
    if (!f.actors().isEmpty()) {
      out.add(scope(v, "scope.actors", f.actors().stream().map(a -> "actor." + a + ".name")));
    }
    f.period().ifPresent(p -> out.add(period(v, p)));
    // Hypotheses whose verdicts the Conclusions state in one sentence are reported together.
    Map<String, List<Hypothesis>> groups = new LinkedHashMap<>();
    for (Hypothesis h : sel.hypotheses) {
      groups
          .computeIfAbsent(h.verdict().key() + "|" + h.verdictSentence(), x -> new ArrayList<>())
          .add(h);
    }
    for (List<Hypothesis> group : groups.values()) {
      Hypothesis first = group.get(0);
      String who =
          group.size() == 1
              ? v.label("hypothesis", first.number())
              : v.label(
                  "hypotheses",
                  ListFormatter.getInstance(v.language().locale())
                      .format(group.stream().map(h -> String.valueOf(h.number())).toList()));
      List<Inline> content = new ArrayList<>();
      content.add(
          new Inline.Strong(
              List.of(
                  new Inline.Text(
                      who
                          + ": "
                          + v.label(
                              (group.size() == 1 ? "verdict." : "verdicts.")
                                  + first.verdict().key())))));
      content.add(new Inline.Text(" "));
      content.addAll(v.unit("hypothesis." + first.id() + ".verdict-sentence"));
      out.add(new Block.Paragraph(content));
    }
    if (sel.findings.isEmpty()) {
      out.add(new Block.Paragraph(List.of(v.labelText("no-findings"))));
    }
    return out;
  }

  private static Block scope(Voice v, String labelKey, java.util.stream.Stream<String> units) {
    List<Inline> content = new ArrayList<>();
    content.add(new Inline.Strong(List.of(v.labelText(labelKey))));
    content.add(new Inline.Text(": "));
    List<String> ids = units.toList();
    for (int i = 0; i < ids.size(); i++) {
      if (i > 0) {
        content.add(new Inline.Text(", "));
      }
      content.addAll(v.unit(ids.get(i)));
    }
    return new Block.Paragraph(content);
  }

  private static Block period(Voice v, Period p) {
    List<String> parts = new ArrayList<>();
    p.from().ifPresent(d -> parts.add(v.label("period.from", v.date(d))));
    p.to().ifPresent(d -> parts.add(v.label("period.to", v.date(d))));
    return new Block.Paragraph(
        List.of(
            new Inline.Strong(List.of(v.labelText("scope.period"))),
            new Inline.Text(": " + String.join(" ", parts))));
  }

  private List<Block> abstractSection(String id, Voice v) {
    List<Inline> keywords = new ArrayList<>();
    keywords.add(new Inline.Strong(List.of(v.labelText("keywords"))));
    keywords.add(new Inline.Text(": "));
    keywords.addAll(v.unit("article.keywords"));
    return List.of(
        heading(v, id, "section.abstract"),
        new Block.Paragraph(v.unit("article.abstract")),
        new Block.Paragraph(keywords));
  }

  private List<Block> hypotheses(
      SectionSpec.Hypotheses spec, String id, Voice v, Selection sel, boolean notes) {
    List<Block> out = new ArrayList<>(List.of(heading(v, id, "section.hypotheses")));
    for (Hypothesis h : sel.hypotheses) {
      out.add(
          new Block.Heading(
              3, v.id(id + "-" + h.id()), List.of(v.labelText("hypothesis", h.number()))));
      out.add(new Block.Paragraph(v.unit("hypothesis." + h.id() + ".statement")));
      out.add(
          new Block.Callout(
              Block.CalloutKind.VERDICT,
              List.of(v.labelText("verdict." + h.verdict().key())),
              List.of(new Block.Paragraph(v.unit("hypothesis." + h.id() + ".verdict-sentence")))));
      if (spec.withFindings()) {
        List<Finding> supporting =
            h.findings().stream()
                .filter(sel::has)
                .map(corpus::finding)
                .flatMap(Optional::stream)
                .toList();
        if (!supporting.isEmpty()) {
          out.add(
              new Block.Paragraph(
                  List.of(new Inline.Strong(List.of(v.labelText("supporting-findings"))))));
          out.addAll(findingList(supporting, v, notes));
        }
      }
      if (notes) {
        out.addAll(v.notes(h.notes()));
      }
    }
    return out;
  }

  private List<Block> findings(
      SectionSpec.Findings spec, String id, Voice v, Selection sel, boolean notes) {
    List<Block> out = new ArrayList<>(List.of(heading(v, id, "section.findings")));
    List<Finding> chosen = sel.findings;
    if (spec.groupBy() == GroupBy.DATE) {
      chosen =
          chosen.stream()
              .sorted(
                  Comparator.comparing(
                      (Finding f) -> f.date().orElse(null),
                      Comparator.nullsLast(Comparator.naturalOrder())))
              .toList();
    }
    chosen = chosen.subList(0, Math.min(spec.limit().orElse(chosen.size()), chosen.size()));
    if (chosen.isEmpty()) {
      out.add(new Block.Paragraph(List.of(v.labelText("no-findings"))));
      return out;
    }
    if (spec.groupBy() == GroupBy.DATE) {
      List<List<Block>> dated = new ArrayList<>();
      List<Finding> undated = new ArrayList<>();
      for (Finding f : chosen) {
        if (f.date().isPresent()) {
          dated.add(findingItem(f, v, notes, v.date(f.date().get())));
        } else {
          undated.add(f);
        }
      }
      if (!dated.isEmpty()) {
        out.add(new Block.ListBlock(false, dated));
      }
      if (!undated.isEmpty()) {
        out.add(new Block.Heading(3, v.id(id + "-undated"), List.of(v.labelText("undated"))));
        out.addAll(findingList(undated, v, notes));
      }
      return out;
    }
    // By topic: each finding under the first of its topics that the filters admit.
    List<String> wanted = sel.topicFilter;
    Map<String, List<Finding>> byTopic = new LinkedHashMap<>();
    corpus.topics().forEach(t -> byTopic.put(t.id(), new ArrayList<>()));
    for (Finding f : chosen) {
      String home =
          f.topics().stream()
              .filter(t -> wanted.isEmpty() || wanted.contains(t))
              .findFirst()
              .orElse(f.topics().get(0));
      byTopic.computeIfAbsent(home, x -> new ArrayList<>()).add(f);
    }
    for (Map.Entry<String, List<Finding>> e : byTopic.entrySet()) {
      if (e.getValue().isEmpty()) {
        continue;
      }
      out.add(
          new Block.Heading(
              3, v.id(id + "-" + e.getKey()), v.unit("topic." + e.getKey() + ".label")));
      out.addAll(findingList(e.getValue(), v, notes));
    }
    return out;
  }

  private List<Block> timeline(String id, Voice v, Selection sel, boolean notes) {
    List<Block> out = new ArrayList<>(List.of(heading(v, id, "section.timeline")));
    List<List<Block>> items = new ArrayList<>();
    for (Event e : sel.events) {
      List<Inline> content = new ArrayList<>();
      content.add(new Inline.Strong(List.of(new Inline.Text(v.date(e.date())))));
      content.add(new Inline.Text(": "));
      content.addAll(v.unit("event." + e.id() + ".text"));
      content.addAll(v.citations(e.citations()));
      List<Block> item = new ArrayList<>(List.of(new Block.Paragraph(content)));
      if (notes) {
        item.addAll(v.notes(e.notes()));
      }
      items.add(item);
    }
    if (items.isEmpty()) {
      out.add(new Block.Paragraph(List.of(v.labelText("no-findings"))));
    } else {
      out.add(new Block.ListBlock(false, items));
    }
    return out;
  }

  private List<Block> methodology(String id, Voice v) {
    List<Block> out = new ArrayList<>(List.of(heading(v, id, "section.methodology")));
    for (int i = 1; i <= corpus.article().methodology().size(); i++) {
      out.add(new Block.Paragraph(v.unit("article.methodology." + i)));
    }
    return out;
  }

  /**
   * A free text section in one voice. In a bilingual briefing each side shows the text written in
   * its language, or nothing; a monolingual briefing shows its language's text, or the one text
   * written (marked with its language).
   */
  private static List<Block> text(SectionSpec.Text t, String id, Voice v, BriefingSpec spec) {
    if (spec.language().bilingual() && !t.written().contains(v.language())) {
      return List.of();
    }
    Map.Entry<Language, String> title = pick(t.title(), v.language());
    Map.Entry<Language, String> body = pick(t.body(), v.language());
    Language titleLanguage = title.getKey();
    Language written = body.getKey();
    List<Block> out = new ArrayList<>();
    out.add(
        new Block.Heading(
            2,
            v.id(id),
            inLanguage(
                List.of(new Inline.Text(Voice.typeset(title.getValue(), titleLanguage))),
                titleLanguage,
                v)));
    List<Block> blocks =
        MarkdownText.builder()
            .headingLevel(3)
            .idPrefix(v.id(id) + "-")
            .textRule(s -> Voice.typeset(s, written))
            .build()
            .toBlocks(body.getValue());
    if (written == v.language()) {
      out.addAll(blocks);
    } else {
      blocks.forEach(b -> out.add(inLanguage(b, written, v)));
    }
    return out;
  }

  /** The text in {@code language}, else the first one written. */
  private static Map.Entry<Language, String> pick(Map<Language, String> texts, Language language) {
    String text = texts.get(language);
    return text != null ? Map.entry(language, text) : texts.entrySet().iterator().next();
  }

  private static List<Inline> inLanguage(List<Inline> content, Language written, Voice v) {
    return written == v.language() ? content : List.of(new Inline.LangSpan(written, content));
  }

  /** Marks the text of a block as written in another language than the document's. */
  private static Block inLanguage(Block b, Language written, Voice v) {
    if (b instanceof Block.Paragraph p) {
      return new Block.Paragraph(inLanguage(p.content(), written, v));
    } else if (b instanceof Block.Heading h) {
      return new Block.Heading(h.level(), h.id(), inLanguage(h.content(), written, v));
    } else if (b instanceof Block.ListBlock l) {
      return new Block.ListBlock(
          l.ordered(),
          l.items().stream()
              .map(item -> item.stream().map(x -> inLanguage(x, written, v)).toList())
              .toList());
    } else if (b instanceof Block.Quote q) {
      return new Block.Quote(
          q.content().stream().map(x -> inLanguage(x, written, v)).toList(), q.attribution());
    }
    return b;
  }

  // ---- figure

  private Block figure(SectionSpec.Figure spec, String id, Voice v) {
    Figure f = corpus.figure(spec.figure()).orElseThrow();
    String unitBase = "figure." + f.id();
    List<Inline> caption = new ArrayList<>();
    String prefix = f.number().map(n -> v.label("figure") + " " + n + ". ").orElse("");
    caption.addAll(v.unit(unitBase + ".title", prefix, ""));
    List<String> categories = new ArrayList<>();
    List<Block.Value> values = new ArrayList<>();
    List<Boolean> highlighted = new ArrayList<>();
    List<String> described = new ArrayList<>();
    for (int i = 0; i < f.series().size(); i++) {
      DataPoint p = f.series().get(i);
      String label = v.plain(unitBase + ".series." + (i + 1) + ".label");
      String formatted = number(p.value(), v.language());
      categories.add(label);
      values.add(new Block.Value(p.value(), formatted));
      highlighted.add(spec.highlight().contains(p.label()));
      described.add(label + " " + formatted + f.unit());
    }
    Block.Chart chart =
        new Block.Chart(
            Block.ChartKind.BAR,
            f.unit(),
            categories,
            List.of(new Block.Series("", values)),
            highlighted);
    String alt =
        v.typeset(
            prefix
                + v.plain(unitBase + ".title")
                + ": "
                + ListFormatter.getInstance(v.language().locale()).format(described)
                + ".");
    List<Inline> source = List.of(new Inline.Text(v.label("source") + ": " + f.source()));
    return new Block.Figure(v.id(id), caption, chart, alt, source);
  }

  /** A number as written in a language, keeping its decimals ("4.0" → "4,0" in Polish). */
  static String number(BigDecimal value, Language language) {
    NumberFormat nf = NumberFormat.getNumberInstance(ULocale.forLocale(language.locale()));
    if (nf instanceof DecimalFormat df) {
      df.setMinimumFractionDigits(Math.max(0, value.scale()));
      df.setMaximumFractionDigits(Math.max(0, value.scale()));
    }
    return nf.format(value);
  }

  // ---- summary table

  private List<Block> tableSection(
      SectionSpec.SummaryTable spec, String id, Voice v, Set<String> extraCited) {
    SummaryTable t = corpus.table();
    List<TableRow> rows =
        t.rows().stream()
            .filter(r -> spec.rows().isEmpty() || spec.rows().contains(r.id()))
            .toList();
    Predicate<TableEffect> keep = e -> spec.period().map(p -> p.admits(e.date())).orElse(true);
    Block.Table table = table(v, v.id(id), rows, keep, spec.period().isPresent());
    if (t.note() != null && t.note().ref() != null && showsNote(rows, keep)) {
      extraCited.add(t.note().ref());
    }
    return List.of(table);
  }

  private boolean showsNote(List<TableRow> rows, Predicate<TableEffect> keep) {
    org.briefing.model.TableNote note = corpus.table().note();
    return note != null
        && rows.stream()
            .flatMap(r -> r.effects().stream())
            .filter(keep)
            .anyMatch(e -> !e.marker().isEmpty() && e.marker().equals(note.marker()));
  }

  /** Table 1 (or the rows and effects kept), cell for cell, in the voice's language. */
  private Block.Table table(
      Voice v, String id, List<TableRow> rows, Predicate<TableEffect> keep, boolean dropEmpty) {
    SummaryTable t = corpus.table();
    List<Inline> caption = v.unit("table.title", v.label("table") + " " + t.number() + ". ", "");
    List<Block.Cell> head = new ArrayList<>();
    for (int i = 1; i <= t.columns().size(); i++) {
      head.add(new Block.Cell(true, List.of(new Block.Paragraph(v.unit("table.column." + i)))));
    }
    List<Block.Row> body = new ArrayList<>();
    for (TableRow r : rows) {
      String base = "table.row." + r.id();
      List<Block> priorities = new ArrayList<>();
      for (int i = 1; i <= r.priorities().size(); i++) {
        priorities.add(new Block.Paragraph(v.unit(base + ".priority." + i)));
      }
      List<Block> effects = new ArrayList<>();
      for (int i = 1; i <= r.effects().size(); i++) {
        TableEffect e = r.effects().get(i - 1);
        if (!keep.test(e)) {
          continue;
        }
        effects.add(
            new Block.Paragraph(
                v.language() == Language.EN
                    ? List.of(new Inline.Text(e.cellText()))
                    : v.unit(base + ".effect." + i, v.date(e.date()) + ": ", e.marker())));
      }
      if (dropEmpty && effects.isEmpty()) {
        continue;
      }
      body.add(
          new Block.Row(
              List.of(
                  new Block.Cell(true, List.of(new Block.Paragraph(v.unit(base + ".label")))),
                  new Block.Cell(false, priorities),
                  new Block.Cell(false, effects))));
    }
    List<Block> notes = new ArrayList<>();
    if (showsNote(rows, keep)) {
      notes.add(new Block.Paragraph(noteText(v, t.note().marker())));
    }
    notes.add(new Block.Paragraph(v.unit("table.source")));
    return new Block.Table(id, caption, List.of(new Block.Row(head)), body, notes);
  }

  /** The marker note: marker, text, and its URL as a link. */
  private static List<Inline> noteText(Voice v, String marker) {
    List<Inline> unit = v.unit("table.note", marker + " ", "");
    List<Inline> out = new ArrayList<>();
    for (Inline i : unit) {
      if (i instanceof Inline.Text t) {
        out.addAll(linked(t.text()));
      } else if (i instanceof Inline.LangSpan span
          && span.content().size() == 1
          && span.content().get(0) instanceof Inline.Text t) {
        out.add(new Inline.LangSpan(span.language(), linked(t.text())));
      } else {
        out.add(i);
      }
    }
    return out;
  }

  private static List<Inline> linked(String text) {
    List<Inline> out = new ArrayList<>();
    Matcher m = URL.matcher(text);
    int last = 0;
    while (m.find()) {
      if (m.start() > last) {
        out.add(new Inline.Text(text.substring(last, m.start())));
      }
      out.add(new Inline.Link(m.group(), List.of(new Inline.Text(m.group()))));
      last = m.end();
    }
    if (last < text.length()) {
      out.add(new Inline.Text(text.substring(last)));
    }
    return out;
  }

  /**
   * A document holding Table 1 alone, for {@code briefing table}. When any cell is not a checked
   * translation, a callout says so and each such cell carries its badge.
   */
  public Document table(Language language) {
    Voice v = new Voice(corpus, language, "", false);
    Block.Table table = table(v, "table-1", corpus.table().rows(), e -> true, false);
    List<Block> blocks = new ArrayList<>();
    boolean drafts =
        new AbstractVisitor() {
          boolean found;

          @Override
          public void visit(Inline.Badge node) {
            found = true;
          }

          boolean scan(Block b) {
            b.accept(this);
            return found;
          }
        }.scan(table);
    if (drafts) {
      blocks.add(
          new Block.Callout(
              Block.CalloutKind.DRAFT,
              List.of(v.labelText("table-draft-title")),
              List.of(new Block.Paragraph(List.of(v.labelText("table-draft-notice"))))));
    }
    blocks.add(table);
    String title = v.label("table") + " " + corpus.table().number() + ". " + v.plain("table.title");
    Meta meta =
        Meta.builder("table-" + corpus.table().number() + "-" + language.code(), title, language)
            .subject(v.plain("article.title"))
            .created(createdFromEnvironment())
            .build();
    return new Document(meta, blocks);
  }

  private java.time.Instant createdFromEnvironment() {
    String epoch = environment.get("SOURCE_DATE_EPOCH");
    if (epoch != null && epoch.strip().matches("\\d{1,12}")) {
      return java.time.Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
    }
    return BriefingSpec.DEFAULT_CREATED;
  }

  // ---- references

  private List<Block> references(List<Voice> voices, Set<String> cited) {
    Voice main = voices.get(0);
    List<Inline> title = new ArrayList<>(List.of(main.labelText("references")));
    for (Voice other : voices.subList(1, voices.size())) {
      title.add(new Inline.Text(" / "));
      title.add(new Inline.LangSpan(other.language(), List.of(other.labelText("references"))));
    }
    Collator collator = Collator.getInstance(ULocale.forLocale(main.language().locale()));
    List<Reference> refs =
        corpus.references().stream()
            .filter(r -> cited.contains(r.id()))
            .sorted(
                Comparator.comparing(Reference::authorYear, collator::compare)
                    .thenComparing(Reference::id))
            .toList();
    List<List<Block>> items = new ArrayList<>();
    for (Reference r : refs) {
      List<Inline> content = new ArrayList<>();
      content.add(new Inline.Anchor(Anchors.reference(r.id())));
      content.add(new Inline.Text(r.authorYear()));
      r.url()
          .ifPresent(
              u -> {
                content.add(new Inline.Text(". "));
                content.add(new Inline.Link(u, List.of(new Inline.Text(u))));
              });
      items.add(List.of(new Block.Paragraph(content)));
    }
    List<Block> out = new ArrayList<>();
    out.add(new Block.Heading(2, "references", title));
    if (!items.isEmpty()) {
      out.add(new Block.ListBlock(false, items));
    }
    return out;
  }

  private static Set<String> citedIn(List<Block> blocks) {
    Set<String> ids = new LinkedHashSet<>();
    AbstractVisitor collector =
        new AbstractVisitor() {
          @Override
          public void visit(Inline.Citation node) {
            node.items().forEach(i -> ids.add(i.key()));
          }
        };
    blocks.forEach(b -> b.accept(collector));
    return ids;
  }

  // ---- meta, length

  private Meta meta(BriefingSpec spec, Voice main) {
    String title = spec.title().orElseGet(() -> main.plain("article.title"));
    String subtitle =
        spec.subtitle()
            .orElse(
                spec.language().bilingual() && spec.title().isEmpty()
                    ? new Voice(corpus, spec.language().languages().get(1), "", false)
                        .plain("article.title")
                    : "");
    List<String> keywords = List.of(main.plain("article.keywords").split(",\\s*"));
    return Meta.builder(spec.name(), title, main.language())
        .subtitle(subtitle)
        .authors(spec.authors())
        .series(spec.series().orElse(""))
        .number(spec.number().orElse(""))
        .date(spec.date().orElse(""))
        .audience(spec.audience().orElse(""))
        .secondLanguage(
            spec.language().bilingual()
                ? Optional.of(spec.language().languages().get(1))
                : Optional.empty())
        .subject(main.plain("article.title"))
        .keywords(keywords)
        .created(spec.createdOr(environment))
        .marking(spec.marking())
        .branding(
            spec.organisation().map(o -> new Branding(o.name(), Optional.empty(), o.accent())))
        .pageSize(spec.pageSize())
        .build();
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
            node.items().forEach(i -> text.append(' ').append(i.label()));
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

  private static List<Diagnostic> warnings(
      BriefingSpec spec, Selection selection, int words, int pages) {
    List<Diagnostic> out = new ArrayList<>(spec.warnings());
    if (selection.findings.isEmpty()) {
      out.add(
          Diagnostic.warning(
              SourcePosition.file(spec.path()),
              "no finding of the article passes this spec's filters",
              "widen the filters: topics, actors and period must all match"));
    }
    spec.maxWords()
        .filter(l -> words > l.value())
        .ifPresent(
            l ->
                out.add(
                    Diagnostic.warning(
                        l.position(),
                        "the briefing has " + words + " words, over the budget of " + l.value(),
                        "narrow the filters, lower a section's 'limit', or drop sections")));
    spec.maxPages()
        .filter(l -> pages > l.value())
        .ifPresent(
            l ->
                out.add(
                    Diagnostic.warning(
                        l.position(),
                        "the briefing runs to about "
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
}
