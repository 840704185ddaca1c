package org.briefing.document;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.briefing.i18n.Language;

/**
 * Documents for renderer tests, shared by every renderer module through core's test-jar.
 *
 * <p>{@link #english()} and {@link #polish()} hold every block and inline type at least once, the
 * article's Table 1 (shortened to four rows, two lines per cell), a figure, footnotes, citations
 * with their reference list, a {@link Block.Part}, a {@link Block.Parallel} bilingual block, a
 * badge, Polish and Lithuanian letters, and {@link #HOSTILE} text that every format must escape.
 * {@link #tableOnly(Language)} is what {@code briefing table} renders: one table and nothing else.
 *
 * <pre>{@code
 * renderer.render(SampleDocuments.english(), out);
 * }</pre>
 */
public final class SampleDocuments {

  /** Text that means something in HTML, LaTeX, Markdown, CSV, shells and templates. */
  public static final String HOSTILE =
      "<script>alert(1)</script> \"quoted\" 'single' & {braces} \\back\\slash ${x} 100% #hash"
          + " snake_case ~tilde ^caret $dollar |pipe| *star* [link](x) `tick` a--b, c;d";

  /** Polish letters, lower and upper case. */
  public static final String POLISH_LETTERS = "ą ć ę ł ń ó ś ź ż Ą Ć Ę Ł Ń Ó Ś Ź Ż";

  /** Lithuanian letters, lower and upper case. */
  public static final String LITHUANIAN_LETTERS = "ą č ę ė į š ų ū ž Ą Č Ę Ė Į Š Ų Ū Ž";

  /** The fixed creation time, so output is reproducible. */
  public static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");

  private static final String STATISTA_URL =
      "https://www.statista.com/statistics/1303450/bilateral-aid-to-ukraine-in-a-percent-of-donor-gdp/";

  private SampleDocuments() {}

  /** An English briefing with every node type. */
  public static Document english() {
    return full(Language.EN);
  }

  /** A Polish briefing (Polish labels, Polish babel) with every node type. */
  public static Document polish() {
    return full(Language.PL);
  }

  /** A document holding only the summary table, as {@code briefing table} builds it. */
  public static Document tableOnly(Language language) {
    boolean pl = language == Language.PL;
    Meta meta =
        meta(
            "table-1",
            pl ? "Tabela 1" : "Table 1",
            "",
            List.of(),
            language,
            Optional.empty(),
            Optional.empty());
    return new Document(meta.toBuilder().tableAlone(true).build(), List.of(summaryTable(language)));
  }

  /**
   * A bilingual parallel briefing, English beside Polish, with one row of each kind: headings, a
   * paragraph, a list, a callout, a three-column table and a figure (the last two are wide).
   */
  public static Document parallel() {
    Block.Table en = summaryTable(Language.EN);
    Block.Table plTable = summaryTable(Language.PL);
    Block.Table pl =
        new Block.Table(
            en.id() + "-pl", plTable.caption(), plTable.head(), plTable.body(), plTable.notes());
    List<Block.ParallelRow> rows =
        List.of(
            new Block.ParallelRow(
                List.of(heading(2, "abstract", "Abstract")),
                List.of(heading(2, "abstract-pl", "Streszczenie"))),
            new Block.ParallelRow(
                List.of(
                    para(
                        "The article analyses the region’s security and the “return to"
                            + " the West.\u201d")),
                List.of(
                    para(
                        "Artykuł analizuje bezpieczeństwo regionu i „powrót"
                            + " do Zachodu” od 24 lutego 2022 r.; kara"
                            + " 645 000 RUB."))),
            new Block.ParallelRow(
                List.of(
                    new Block.ListBlock(
                        false, List.of(List.of(para("small state")), List.of(para("security"))))),
                List.of(
                    new Block.ListBlock(
                        false,
                        List.of(List.of(para("małe państwo")), List.of(para("bezpieczeństwo")))))),
            new Block.ParallelRow(
                List.of(
                    new Block.Callout(
                        Block.CalloutKind.VERDICT,
                        List.of(text("Confirmed")),
                        List.of(para("Small states can contribute to regional security.")))),
                List.of(
                    new Block.Callout(
                        Block.CalloutKind.VERDICT,
                        List.of(text("Potwierdzona")),
                        List.of(
                            para(
                                "Małe państwa mogą przyczyniać się do"
                                    + " bezpieczeństwa regionu."))))),
            new Block.ParallelRow(List.of(en), List.of(pl)),
            new Block.ParallelRow(
                List.of(
                    new Block.Figure(
                        "figure-1",
                        List.of(text("Figure 1. Dependence on Russian fuels")),
                        chart(
                            false,
                            List.of("Lithuania"),
                            List.of("Litwa"),
                            List.of("91.6"),
                            List.of(true)),
                        "Figure 1: Lithuania 91.6%.",
                        List.of(text("Source: Eurostat")))),
                List.of(
                    new Block.Figure(
                        "figure-1-pl",
                        List.of(text("Rysunek 1. Zależność od rosyjskich paliw")),
                        chart(
                            true,
                            List.of("Lithuania"),
                            List.of("Litwa"),
                            List.of("91.6"),
                            List.of(true)),
                        "Rysunek 1: Litwa 91,6%.",
                        List.of(text("Źródło: Eurostat"))))));
    // The subtitle is Polish under an English title: its own language's typography and tag.
    String subtitle = "Strategia Litwy z\u00a024\u00a0lutego\u00a02022\u00a0r.";
    Meta meta =
        meta(
                "parallel",
                "Lithuania’s “small state” strategy",
                subtitle,
                List.of(),
                Language.EN,
                Optional.of(Language.PL),
                Optional.empty())
            .toBuilder()
            .subtitleText(List.of(new Inline.LangSpan(Language.PL, List.of(text(subtitle)))))
            .build();
    return new Document(meta, List.of(new Block.Parallel(Language.EN, Language.PL, rows)));
  }

  /** The article's Table 1 (four rows, two lines per cell) with its marker note and source. */
  public static Block.Table summaryTable(Language language) {
    boolean pl = language == Language.PL;
    List<Block.Row> head =
        List.of(
            new Block.Row(
                List.of(
                    headerCell(pl ? "Kraj/organizacja" : "Country/organisation"),
                    headerCell(pl ? "Priorytety" : "Priorities"),
                    headerCell(pl ? "Efekty" : "Effects"))));
    List<Block.Row> body = new ArrayList<>();
    body.add(
        row(
            "US",
            List.of(
                pl
                    ? "Wzmacnianie sojuszu wojskowego z USA"
                    : "Strengthening military alliance with USA",
                pl
                    ? "Zabieganie o pakiet pomocy wojskowej dla Ukrainy"
                    : "Seeking military assistance package for Ukraine"),
            List.of(
                pl
                    ? "Czerwiec: rozszerzenie sił zbrojnych USA na Litwie i w regionie"
                    : "June: expansion of US military forces in Lithuania and region",
                pl
                    ? "Grudzień: ogłoszenie przez Joe Bidena 30. pakietu pomocy wojskowej"
                        + " dla Ukrainy o wartości 26,5\u00a0mld\u00a0$"
                    : "December: Joe Biden’s announcement of $26.5 billion 30th military aid"
                        + " package for Ukraine")));
    body.add(
        row(
            "NATO",
            List.of(
                pl
                    ? "Wzmacnianie więzi transatlantyckich przez wzmocnienie wschodniej flanki"
                    : "Strengthening Transatlantic ties by strengthening Eastern Flank"),
            List.of(
                pl
                    ? "Czerwiec: przyjęcie nowej koncepcji strategicznej"
                    : "June: adoption of new security strategy concept",
                pl
                    ? "Maj: organizacja szczytu NATO w Wilnie w 2023\u00a0r."
                    : "May: Organisation of NATO summit in Vilnius in 2023")));
    body.add(
        row(
            pl ? "UE" : "EU",
            List.of(
                pl
                    ? "Ograniczanie potencjału gospodarczego i wojskowego Rosji"
                    : "Reducing Russia’s economic and military potential"),
            List.of(
                pl
                    ? "Grudzień/listopad: nacisk na Węgry, by odblokowały decyzję UE o wsparciu"
                        + " Ukrainy kwotą 18\u00a0mld\u00a0€"
                    : "December/November: pressure on Hungary to unblock EU decision on €18"
                        + " billion support for Ukraine",
                HOSTILE)));
    body.add(
        new Block.Row(
            List.of(
                rowHeader(pl ? "Ukraina" : "Ukraine"),
                cell(
                    pl
                        ? "Zbliżenie Ukrainy do NATO i UE"
                        : "Bringing Ukraine closer to NATO and EU"),
                new Block.Cell(
                    false,
                    List.of(
                        new Block.Paragraph(
                            List.of(
                                text(
                                    pl
                                        ? "Marzec–listopad: Litwa liderem wśród krajów"
                                            + " przekazujących Ukrainie największą część PKB"
                                        : "March-November: Lithuania becoming leader among"
                                            + " countries donating the largest share of their"
                                            + " (GDP) aid to Ukraine"),
                                new Inline.NoteRef("table-1-star", "*"))))))));
    List<Block> notes =
        List.of(
            new Block.Paragraph(
                List.of(
                    text("* Cf. Statista Research Department (2022), "),
                    new Inline.Link(STATISTA_URL, List.of(text(STATISTA_URL))),
                    text("."))),
            new Block.Paragraph(
                List.of(
                    text(
                        pl
                            ? "Źródło: opracowanie własne autora."
                            : "Source: Author’s own study."))));
    return new Block.Table(
        "table-1",
        List.of(
            text(
                pl
                    ? "Tabela 1. Podsumowanie osiągnięć wielowektorowej polityki zagranicznej"
                        + " Litwy w 2022\u00a0r."
                    : "Table 1. Summary of achievements in Lithuania’s multi-vector foreign"
                        + " policy in 2022")),
        head,
        body,
        notes);
  }

  private static Document full(Language language) {
    boolean pl = language == Language.PL;
    Language other = pl ? Language.EN : Language.PL;
    List<Block> blocks = new ArrayList<>();

    blocks.add(heading(2, "summary", pl ? "Streszczenie" : "Summary"));
    blocks.add(
        new Block.Paragraph(
            List.of(
                text(
                    pl
                        ? "Litwa w pełni wstrzymała import rosyjskiego gazu w kwietniu 2022\u00a0r. "
                        : "Lithuania completely stopped importing Russian gas in April 2022 "),
                cite(),
                text(pl ? ", zob. " : ", see "),
                new Inline.Link("#table-1", List.of(text(pl ? "Tabela 1" : "Table 1"))),
                text(pl ? " oraz " : " and "),
                new Inline.Emphasis(List.of(text(pl ? "wykres" : "the figure"))),
                text(". "),
                new Inline.Strong(List.of(text(pl ? "Ważne" : "Important"))),
                text(pl ? ": region bałtycki" : ": the Baltic region"),
                new Inline.NoteRef("fn-1", "1"),
                text(pl ? " obejmuje Litwę. " : " includes Lithuania. "),
                new Inline.Badge("draft-translation"))));
    blocks.add(
        new Block.Paragraph(
            List.of(
                text(pl ? "Litery polskie: " : "Polish letters: "),
                text(POLISH_LETTERS),
                new Inline.LineBreak(),
                text(pl ? "Litery litewskie: " : "Lithuanian letters: "),
                text(LITHUANIAN_LETTERS + " (Ramūnas Karbauskis, Lietuvos Respublikos Seimas)"),
                new Inline.LineBreak(),
                text(pl ? "Kod: " : "Code: "),
                new Inline.Code("nrg_ind_id `x` | $y & {z}"),
                text(" "),
                new Inline.LangSpan(other, List.of(text(pl ? "small state" : "małe państwo"))))));
    blocks.add(new Block.Paragraph(List.of(text(HOSTILE))));
    blocks.add(
        new Block.Paragraph(
            List.of(
                text("# not a heading"),
                new Inline.LineBreak(),
                text("1. not a list"),
                new Inline.LineBreak(),
                text("- not a bullet"),
                new Inline.LineBreak(),
                text("> not a quote"),
                new Inline.LineBreak(),
                text("==="),
                new Inline.LineBreak(),
                text("+ % \\ end"))));

    blocks.add(heading(2, "findings", pl ? "Ustalenia" : "Findings"));
    blocks.add(
        new Block.ListBlock(
            false,
            List.of(
                List.of(
                    para(
                        pl
                            ? "Małe państwa mogą uruchomić proces korzystny dla całego regionu."
                            : "Small states can start a process that benefits the whole"
                                + " region.")),
                List.of(
                    para(pl ? "Aktywna polityka zagraniczna" : "An active foreign policy"),
                    new Block.ListBlock(
                        true,
                        List.of(
                            List.of(para(pl ? "sankcje" : "sanctions")),
                            List.of(para(pl ? "energia" : "energy"))))))));
    blocks.add(
        new Block.Callout(
            Block.CalloutKind.VERDICT,
            List.of(text(pl ? "Werdykt" : "Verdict")),
            List.of(para(pl ? "Hipoteza potwierdzona." : "The hypothesis was confirmed."))));
    blocks.add(
        new Block.Quote(
            List.of(
                para(
                    pl
                        ? "„tych państw, które uważa się za zagrożenie dla bezpieczeństwa"
                            + " narodowego”"
                        : "“those countries that are considered a threat to national"
                            + " security”")),
            List.of(cite())));

    blocks.add(summaryTable(language));

    blocks.add(
        new Block.Figure(
            "figure-1",
            List.of(
                text(
                    pl
                        ? "Rysunek 1. Udział ropy i produktów naftowych importowanych z Rosji, 2020"
                        : "Figure 1. Share of oil and petroleum products imported from Russia,"
                            + " 2020")),
            chart(
                pl,
                List.of("Slovakia", "Lithuania", "Poland", "Finland"),
                List.of("Słowacja", "Litwa", "Polska", "Finlandia"),
                List.of("78.4", "68.8", "67.5", "66.8"),
                List.of(true, true, false, false)),
            pl
                ? "Wykres słupkowy: Słowacja 78,4%, Litwa 68,8%, Polska 67,5%, Finlandia 66,8%."
                : "Bar chart: Slovakia 78.4%, Lithuania 68.8%, Poland 67.5%, Finland 66.8%.",
            List.of(text(pl ? "Źródło: przypis 2 artykułu." : "Source: the article, note 2."))));

    blocks.add(
        new Block.Image(
            "map-1",
            List.of(text(pl ? "Mapa 1. Region" : "Map 1. The region")),
            ONE_PIXEL_PNG,
            "image/png",
            pl ? "Mapa regionu Morza Bałtyckiego." : "A map of the Baltic Sea region.",
            List.of(text(pl ? "Źródło: opracowanie własne." : "Source: own work."))));

    blocks.add(new Block.Code("if (a < b && c > d) {\n  print(\"${x} 100% #1 _y_ ~z ^w\");\n}"));
    blocks.add(new Block.Rule());

    blocks.add(
        new Block.Part(
            "part-" + other.code(),
            other,
            Optional.of(pl ? "English summary" : "Streszczenie po polsku"),
            List.of(
                heading(2, "part-summary-" + other.code(), pl ? "Summary" : "Streszczenie"),
                para(
                    pl
                        ? "Small states can contribute to regional security."
                        : "Małe państwa mogą przyczyniać się do bezpieczeństwa regionu."))));
    blocks.add(
        new Block.Parallel(
            Language.EN,
            Language.PL,
            List.of(
                new Block.ParallelRow(
                    List.of(para("Keywords: small state, security, diplomacy")),
                    List.of(para("Słowa kluczowe: małe państwo, bezpieczeństwo, dyplomacja"))),
                new Block.ParallelRow(
                    List.of(para("Lithuania | Vilnius")),
                    List.of(
                        para("Litwa | Wilno"),
                        para(pl ? "Drugi akapit." : "Drugi akapit (second paragraph)."))))));

    blocks.add(
        new Block.Footnote(
            "fn-1",
            "1",
            List.of(
                para(
                    pl
                        ? "Przez region bałtycki należy rozumieć obszar Morza Bałtyckiego."
                        : "The Baltic region means the Baltic Sea and the states around it."),
                para(HOSTILE))));
    blocks.add(
        new Block.Footnote(
            "table-1-star", "*", List.of(para("Cf. Statista Research Department (2022)."))));

    blocks.add(heading(2, "references", pl ? "Bibliografia" : "References"));
    blocks.add(
        new Block.ListBlock(
            false,
            List.of(
                List.of(
                    new Block.Paragraph(
                        List.of(new Inline.Anchor("ref-sturm2022"), text("Sturm (2022).")))),
                List.of(
                    new Block.Paragraph(
                        List.of(
                            new Inline.Anchor("ref-statista2022"),
                            text("Statista Research Department (2022), "),
                            new Inline.Link(STATISTA_URL, List.of(text(STATISTA_URL))),
                            text(".")))))));

    Meta meta =
        meta(
            "sample-" + language.code(),
            pl
                ? "Rola małych państw w promowaniu bezpieczeństwa międzynarodowego"
                : "The Role of Small States in Promoting International Security",
            pl ? "Strategia Litwy & {inne} $ %" : "Lithuania Strategy & {more} $ %",
            List.of("Ana Author", "Łukasz Żółć", "Jūratė Kęstutytė"),
            language,
            Optional.of(other),
            Optional.of(
                new Marking("TLP:AMBER+STRICT", Marking.Tlp.fromLabel("TLP:AMBER+STRICT"))));
    return new Document(meta, blocks);
  }

  private static Meta meta(
      String id,
      String title,
      String subtitle,
      List<String> authors,
      Language language,
      Optional<Language> second,
      Optional<Marking> marking) {
    return Meta.builder(id, title, language)
        .subtitle(subtitle)
        .authors(authors)
        .date(language == Language.PL ? "27 kwietnia 2022" : "27 April 2022")
        .secondLanguage(second)
        .created(CREATED)
        .marking(marking)
        .build();
  }

  /** A chart's or picture's description wholly in English, as a Polish briefing gives it. */
  public static final Block.AltText ENGLISH_DESCRIPTION =
      new Block.AltText(
          List.of(
              new Inline.LangSpan(
                  Language.EN, List.of(new Inline.Text("Trade: Poland 2 and Lithuania 1.5.")))));

  /** A Polish chart description naming one English label: "Handel: Litwa 1,5 i Poland 2.". */
  public static final Block.AltText MIXED_DESCRIPTION =
      new Block.AltText(
          List.of(
              new Inline.Text("Handel: Litwa 1,5 i "),
              new Inline.LangSpan(Language.EN, List.of(new Inline.Text("Poland"))),
              new Inline.Text(" 2.")));

  /**
   * A chart of a Polish briefing (it knows it is Polish) with one unnamed series and two labels,
   * "Litwa" and "Poland", the second in English for want of a translation.
   */
  public static Block.Chart polishChart(Block.ChartKind kind, String unit) {
    return new Block.Chart(
        kind,
        unit,
        List.of("Litwa", "Poland"),
        List.of(
            new Block.Series(
                "",
                List.of(
                    new Block.Value(new BigDecimal("1.5"), "1,5"),
                    new Block.Value(new BigDecimal("2"), "2")))),
        List.of(false, false),
        Optional.empty(),
        List.of(Optional.of(Language.PL), Optional.of(Language.EN)),
        Optional.of(Language.PL));
  }

  /** A Polish note (A4, nothing but its title) of these blocks. */
  public static Document polishNote(List<Block> blocks) {
    return new Document(Meta.builder("note", "Notatka", Language.PL).build(), blocks);
  }

  /** A valid 1×1 PNG (a transparent pixel). */
  public static final byte[] ONE_PIXEL_PNG =
      java.util.Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

  /** A citation of Sturm (2022), linked to its reference list entry. */
  private static Inline.Citation cite() {
    return Inline.Citation.of(
        new Inline.Cite("Sturm, 2022: 867", "sturm2022", Optional.of("ref-sturm2022")));
  }

  private static Block.Chart chart(
      boolean pl,
      List<String> en,
      List<String> polish,
      List<String> numbers,
      List<Boolean> highlight) {
    List<Block.Value> values =
        numbers.stream()
            .map(v -> new Block.Value(new BigDecimal(v), pl ? v.replace('.', ',') : v))
            .toList();
    return new Block.Chart(
        Block.ChartKind.BAR,
        "%",
        pl ? polish : en,
        List.of(new Block.Series("", values)),
        highlight);
  }

  private static Block.Row row(String header, List<String> priorities, List<String> effects) {
    return new Block.Row(List.of(rowHeader(header), cell(priorities), cell(effects)));
  }

  private static Block.Cell headerCell(String text) {
    return new Block.Cell(true, List.of(para(text)));
  }

  private static Block.Cell rowHeader(String text) {
    return new Block.Cell(true, List.of(para(text)));
  }

  private static Block.Cell cell(String... paragraphs) {
    return cell(Arrays.asList(paragraphs));
  }

  private static Block.Cell cell(List<String> paragraphs) {
    return new Block.Cell(false, paragraphs.stream().<Block>map(SampleDocuments::para).toList());
  }

  private static Block.Heading heading(int level, String id, String text) {
    return new Block.Heading(level, id, List.of(text(text)));
  }

  private static Block.Paragraph para(String text) {
    return new Block.Paragraph(List.of(text(text)));
  }

  private static Inline.Text text(String text) {
    return new Inline.Text(text);
  }
}
