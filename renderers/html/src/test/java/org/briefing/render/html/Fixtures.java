package org.briefing.render.html;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.briefing.document.Block;
import org.briefing.document.Block.Cell;
import org.briefing.document.Block.Row;
import org.briefing.document.Branding;
import org.briefing.document.Document;
import org.briefing.document.Inline;
import org.briefing.document.Marking;
import org.briefing.document.Meta;
import org.briefing.document.PageSize;
import org.briefing.i18n.Language;

/**
 * Documents for the HTML and PDF renderer tests: every node type, Polish and Lithuanian letters,
 * bilingual layouts, hostile text, a long table. Shared with the PDF module through the test jar.
 */
public final class Fixtures {
  /** Every Polish and Lithuanian letter, lower and upper case. */
  public static final String POLISH = "ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ";

  public static final String LITHUANIAN = "ąčęėįšųūž ĄČĘĖĮŠŲŪŽ";

  /** Text a careless writer would turn into markup or a template expression. */
  public static final String HOSTILE =
      "<script>alert(1)</script> \"quoted\" & 'single' {braces} back\\slash ${7*7} #{1} <#if x>";

  public static final Instant CREATED = Instant.parse("2025-06-01T09:30:00Z");

  private Fixtures() {}

  static Inline text(String s) {
    return new Inline.Text(s);
  }

  static Block.Paragraph para(Inline... inlines) {
    return new Block.Paragraph(List.of(inlines));
  }

  static Block.Paragraph para(String s) {
    return para(text(s));
  }

  static Cell th(String s) {
    return new Cell(true, List.of(para(s)));
  }

  static Cell td(String... lines) {
    List<Block> content = new ArrayList<>();
    for (String l : lines) {
      content.add(para(l));
    }
    return new Cell(false, content);
  }

  public static Meta meta(
      Language language,
      String title,
      Optional<Language> second,
      Optional<Marking> marking,
      Optional<Branding> branding,
      PageSize pageSize) {
    return Meta.builder("fixture", title, language)
        .subtitle("Subtitle of the fixture")
        .authors(List.of("Anna Kowalska", "Jonas Petraitis"))
        .series("Briefing Papers")
        .number("7")
        .date("June 2025")
        .audience("Foreign ministry staff")
        .secondLanguage(second)
        .subject("What small states did after February 2022")
        .keywords(List.of("Lithuania", "Poland", "small states"))
        .created(CREATED)
        .marking(marking)
        .branding(branding)
        .pageSize(pageSize)
        .build();
  }

  /** A citation of one reference, linked to its entry {@code ref-<id>}. */
  public static Inline.Citation cite(String refId, String label) {
    return Inline.Citation.of(new Inline.Cite(label, refId, Optional.of("ref-" + refId)));
  }

  /** A one-series bar chart. */
  public static Block.Chart chart(
      String unit, List<String> categories, List<String> values, List<Boolean> highlighted) {
    return new Block.Chart(
        Block.ChartKind.BAR,
        unit,
        categories,
        List.of(
            new Block.Series(
                "", values.stream().map(v -> new Block.Value(new BigDecimal(v), v)).toList())),
        highlighted);
  }

  /** A small PNG logo drawn in memory. */
  public static Branding.Logo logo() {
    BufferedImage img = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(new Color(0x0b5394));
    g.fillRect(0, 0, 32, 32);
    g.setColor(Color.WHITE);
    g.fillRect(8, 8, 16, 16);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Branding.Logo(out.toByteArray(), "image/png");
  }

  public static Branding branding() {
    return new Branding("Baltic Policy Institute", Optional.of(logo()), Optional.of("#0B5394"));
  }

  /** A summary table in the article's shape: column headers, row headers, notes. */
  public static Block.Table summaryTable(int rows) {
    List<Row> body = new ArrayList<>();
    for (int i = 1; i <= rows; i++) {
      body.add(
          new Row(
              List.of(
                  th("State " + i + " — Lietuva ąčę"),
                  td("Priority " + i + ": energy security", "Priority " + i + "b: sanctions"),
                  td("Effect " + i + ": Żółć gęślą jaźń"))));
    }
    return new Block.Table(
        "table-1",
        List.of(text("Table 1. Summary of priorities and effects")),
        List.of(new Row(List.of(th("State"), th("Priorities"), th("Effects")))),
        body,
        List.of(para("* marks a contested effect."), para("Source: the article, section 4.")));
  }

  /** An English briefing with every node type. */
  public static Document english() {
    return new Document(
        meta(
            Language.EN,
            "Small states and the war: Lithuania and Poland",
            Optional.empty(),
            Optional.of(new Marking("TLP:AMBER", Optional.of(Marking.Tlp.AMBER))),
            Optional.of(branding()),
            PageSize.A4),
        everyBlock(Language.EN));
  }

  /** The same in Polish, with a free-text marking. */
  public static Document polish() {
    return new Document(
        meta(
            Language.PL,
            "Małe państwa wobec wojny: Litwa i Polska — " + POLISH,
            Optional.empty(),
            Optional.of(new Marking("Do użytku wewnętrznego", Optional.empty())),
            Optional.empty(),
            PageSize.A4),
        everyBlock(Language.PL));
  }

  static List<Block> everyBlock(Language lang) {
    boolean pl = lang == Language.PL;
    List<Block> b = new ArrayList<>();
    b.add(new Block.Heading(2, "summary", List.of(text(pl ? "Streszczenie" : "Summary"))));
    b.add(
        para(
            text(pl ? "Zażółć gęślą jaźń. " : "Polish letters: "),
            text(POLISH + ". "),
            new Inline.LangSpan(Language.PL, List.of(text("Lietuvių: " + LITHUANIAN))),
            text(" "),
            new Inline.Emphasis(List.of(text("emphasis"))),
            text(", "),
            new Inline.Strong(List.of(text("strong"))),
            text(", "),
            new Inline.Code("code()"),
            text(" "),
            cite("sturm2022", "Sturm, 2022: 867"),
            text(" and "),
            new Inline.Link("https://example.org/source", List.of(text("a source"))),
            text(", see "),
            new Inline.Link("#findings", List.of(text("findings"))),
            new Inline.NoteRef("n1", "1"),
            text(" "),
            new Inline.Badge("draft-translation"),
            new Inline.LineBreak(),
            text("Second line.")));
    b.add(new Block.Heading(2, "findings", List.of(text(pl ? "Ustalenia" : "Findings"))));
    b.add(new Block.Heading(3, "findings-energy", List.of(text(pl ? "Energia" : "Energy"))));
    b.add(
        new Block.ListBlock(
            false,
            List.of(
                List.of(para("First point " + LITHUANIAN)),
                List.of(
                    para(
                        text("Second point"),
                        new Inline.NoteRef("n1", "1"),
                        text(" "),
                        cite("sturm2022", "Sturm, 2022"))))));
    b.add(new Block.ListBlock(true, List.of(List.of(para("One")), List.of(para("Two")))));
    b.add(summaryTable(3));
    b.add(
        new Block.Figure(
            "figure-1",
            List.of(text("Figure 1. Oil and petroleum products imported from Russia, 2020")),
            chart(
                "%",
                List.of("Slovakia", "Lithuania — Lietuva", "Poland — Polska"),
                List.of("78.4", "68.8", "67.5"),
                List.of(false, true, false)),
            "Slovakia 78.4%, Lithuania 68.8% and Poland 67.5%.",
            List.of(text("Source: Eurostat (nrg_ind_id)"))));
    b.add(
        new Block.Callout(
            Block.CalloutKind.VERDICT,
            List.of(text(pl ? "Werdykt" : "Verdict")),
            List.of(para("Supported by the evidence."))));
    b.add(
        new Block.Callout(
            Block.CalloutKind.DRAFT,
            List.of(new Inline.Badge("draft-translation")),
            List.of(para("This translation has not been reviewed."))));
    b.add(
        new Block.Quote(
            List.of(para("Small states punch above their weight.")),
            List.of(text("A diplomat, 2022"))));
    b.add(new Block.Code("for x in y:\n    print(x)"));
    b.add(new Block.Rule());
    b.add(new Block.Heading(2, "references", List.of(text(pl ? "Bibliografia" : "References"))));
    b.add(
        new Block.ListBlock(
            false,
            List.of(
                List.of(
                    para(
                        new Inline.Anchor("ref-sturm2022"),
                        text("Sturm, J. (2022) Small states. Journal, 12(3), 860–880."))))));
    b.add(new Block.Footnote("n1", "1", List.of(para("A footnote with " + POLISH + "."))));
    return b;
  }

  /** English and Polish side by side, then each language as a part of its own. */
  public static Document bilingual() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        new Block.Parallel(
            Language.EN,
            Language.PL,
            List.of(
                new Block.ParallelRow(
                    List.of(new Block.Heading(2, "p-summary", List.of(text("Summary")))),
                    List.of(new Block.Heading(2, "p-summary-pl", List.of(text("Streszczenie"))))),
                new Block.ParallelRow(
                    List.of(para("Lithuania acted early.")),
                    List.of(para("Litwa działała wcześnie. " + POLISH))),
                new Block.ParallelRow(
                    List.of(para("Lithuanian: " + LITHUANIAN)),
                    List.of(
                        para(
                            text("Litewski: " + LITHUANIAN + " "),
                            new Inline.Badge("draft-translation")))))));
    blocks.add(
        new Block.Part(
            "part-en",
            Language.EN,
            Optional.of("English version"),
            List.of(
                new Block.Heading(2, "en-findings", List.of(text("Findings"))),
                para("English text."))));
    blocks.add(
        new Block.Part(
            "part-pl",
            Language.PL,
            Optional.of("Wersja polska"),
            List.of(
                new Block.Heading(2, "pl-findings", List.of(text("Ustalenia"))),
                para(text("Tekst polski: " + POLISH), new Inline.NoteRef("pl-n1", "1")),
                new Block.Footnote("pl-n1", "1", List.of(para("Przypis."))))));
    return new Document(
        meta(
            Language.EN,
            "Bilingual briefing / Briefing dwujęzyczny",
            Optional.of(Language.PL),
            Optional.of(new Marking("TLP:GREEN", Optional.of(Marking.Tlp.GREEN))),
            Optional.of(branding()),
            PageSize.A4),
        blocks);
  }

  /** Hostile text in every place text can go. */
  public static Document hostile() {
    return new Document(
        meta(
            Language.EN,
            "Title " + HOSTILE,
            Optional.empty(),
            Optional.of(new Marking("Marking " + HOSTILE, Optional.empty())),
            Optional.of(
                new Branding("Org " + HOSTILE, Optional.of(logo()), Optional.of("#123456"))),
            PageSize.A4),
        List.of(
            new Block.Heading(2, "h", List.of(text("Heading " + HOSTILE))),
            para(
                text("Para " + HOSTILE),
                new Inline.Link("javascript:alert(1)", List.of(text("bad link"))),
                new Inline.Code(HOSTILE),
                cite("r1", "Cite " + HOSTILE)),
            new Block.Table(
                "t",
                List.of(text("Caption " + HOSTILE)),
                List.of(new Row(List.of(th("Head " + HOSTILE), th("B")))),
                List.of(new Row(List.of(th("Row " + HOSTILE), td("Cell " + HOSTILE)))),
                List.of()),
            new Block.Figure(
                "f",
                List.of(text("Chart " + HOSTILE)),
                new Block.Chart(
                    Block.ChartKind.BAR,
                    "unit " + HOSTILE,
                    List.of("Bar " + HOSTILE),
                    List.of(
                        new Block.Series(
                            "Series " + HOSTILE,
                            List.of(new Block.Value(BigDecimal.ONE, "1 " + HOSTILE)))),
                    List.of(true)),
                "Alt " + HOSTILE,
                List.of(text("Source " + HOSTILE))),
            new Block.Code(HOSTILE)));
  }

  /** A table long enough to run over several pages. */
  public static Document longTable(PageSize pageSize) {
    return new Document(
        meta(
            Language.EN,
            "Long table",
            Optional.empty(),
            Optional.of(new Marking("TLP:RED", Optional.of(Marking.Tlp.RED))),
            Optional.empty(),
            pageSize),
        List.of(new Block.Heading(2, "table", List.of(text("The table"))), summaryTable(60)));
  }

  /** A document that holds only a table (what `briefing table` writes). */
  public static Document tableOnly() {
    return new Document(
        meta(
            Language.PL,
            "Tabela 1",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            PageSize.A4),
        List.of(summaryTable(4)));
  }
}
