package org.briefing.testing;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefing.i18n.Fingerprint;
import org.briefing.i18n.Language;
import org.briefing.i18n.Translation;
import org.briefing.i18n.TranslationStatus;
import org.briefing.i18n.Translations;
import org.briefing.model.Actor;
import org.briefing.model.ActorKind;
import org.briefing.model.Article;
import org.briefing.model.Citation;
import org.briefing.model.Corpus;
import org.briefing.model.DataPoint;
import org.briefing.model.Event;
import org.briefing.model.Figure;
import org.briefing.model.Finding;
import org.briefing.model.Hypothesis;
import org.briefing.model.PartialDate;
import org.briefing.model.Provenance;
import org.briefing.model.Reference;
import org.briefing.model.ReferenceKind;
import org.briefing.model.Section;
import org.briefing.model.SummaryTable;
import org.briefing.model.TableEffect;
import org.briefing.model.TableNote;
import org.briefing.model.TableRow;
import org.briefing.model.Topic;
import org.briefing.model.Verdict;

/** A small hand-built corpus (wording taken from the article) for tests that need no files. */
public final class SmallCorpus {
  private SmallCorpus() {}

  private static PartialDate date(String text) {
    return PartialDate.parse(text, 2022);
  }

  public static Corpus corpus() {
    Article article =
        new Article(
            "small-states-lithuania",
            "The Role of Small States in Promoting International Security: Lithuania Strategy",
            "The aim of the present article is to analyse the efforts taken aimed to build the"
                + " security of the region.",
            List.of("small state", "security", "Lithuania"),
            2022,
            List.of(new Section("energy-security", "Energy security")),
            List.of(
                "In order to realise the research objective, the analysis was based on a case"
                    + " study."),
            List.of());
    List<Topic> topics =
        List.of(
            new Topic("energy", "Energy security"),
            new Topic("sanctions", "Sanctions against Russia and Belarus"),
            new Topic("nato", "NATO and collective defence"));
    List<Actor> actors =
        List.of(
            new Actor("lithuania", "Lithuania", ActorKind.STATE),
            new Actor("russia", "Russia", ActorKind.STATE),
            new Actor("belarus", "Belarus", ActorKind.STATE));
    Provenance p = new Provenance("energy-security", "quote");
    List<Finding> findings =
        List.of(
            new Finding(
                "gipl",
                "On 1 May 2022, the Poland-Lithuania gas interconnector (GIPL) was launched.",
                List.of("energy"),
                List.of("lithuania"),
                Optional.of(date("1 May 2022")),
                List.of(new Citation("sturm-2022", "867")),
                p,
                List.of("An editorial note.")),
            new Finding(
                "kirill-blacklist",
                "Lithuania called for Patriarch Kirill to be put on the EU sanctions list.",
                List.of("sanctions"),
                List.of("lithuania", "russia"),
                Optional.of(date("From March/April")),
                List.of(new Citation("lrt-2022a", "")),
                p,
                List.of()),
            new Finding(
                "madrid-new-strategy",
                "At the NATO summit in Madrid the new strategy was endorsed.",
                List.of("nato"),
                List.of("lithuania"),
                Optional.empty(),
                List.of(new Citation("sturm-2022", "")),
                p,
                List.of()));
    List<Hypothesis> hypotheses =
        List.of(
            new Hypothesis(
                "h1",
                1,
                "small states are able to initiate a process that can benefit the entire region",
                Verdict.CONFIRMED,
                "Both hypotheses were confirmed in the research.",
                List.of("gipl", "madrid-new-strategy"),
                List.of()),
            new Hypothesis(
                "h2",
                2,
                "Lithuania contributes to international security",
                Verdict.CONFIRMED,
                "Both hypotheses were confirmed in the research.",
                List.of("kirill-blacklist"),
                List.of()),
            new Hypothesis(
                "h4",
                4,
                "Lithuania’s efforts are yielding tangible results",
                Verdict.NEEDS_FURTHER_RESEARCH,
                "The hypothesis needs to be explored further.",
                List.of("kirill-blacklist"),
                List.of()));
    SummaryTable table =
        new SummaryTable(
            1,
            "Summary of achievements in Lithuania’s multi-vector foreign policy in 2022",
            List.of("Country/organisation", "Priorities", "Effects"),
            List.of(
                new TableRow(
                    "us",
                    "US",
                    List.of(),
                    List.of("nato"),
                    List.of(
                        "Strengthening military alliance with USA",
                        "Seeking military assistance package for Ukraine"),
                    List.of(
                        new TableEffect(
                            date("June"), "Maintenance of guarantees security", "", List.of()),
                        new TableEffect(
                            date("From March/April"),
                            "negotiating maintenance of tough stance towards Russia",
                            "",
                            List.of()))),
                new TableRow(
                    "ukraine",
                    "Ukraine",
                    List.of(),
                    List.of(),
                    List.of("Bringing Ukraine closer to NATO and EU"),
                    List.of(
                        new TableEffect(
                            date("March-November"),
                            "Lithuania becoming leader among countries donating the largest share"
                                + " of their (GDP) aid to Ukraine",
                            "*",
                            List.of())))),
            new TableNote(
                "*",
                "Cf. Statista Research Department (2022), https://www.statista.com/statistics/1303450/bilateral-aid-to-ukraine-in-a-percent-of-donor-gdp/.",
                "statista-2022"),
            "Source: Author’s own study.",
            List.of());
    List<Event> events =
        List.of(
            new Event(
                "gipl-launch",
                date("1 May 2022"),
                "The GIPL gas interconnector is launched.",
                List.of("energy"),
                List.of("lithuania"),
                List.of("gipl"),
                List.of(new Citation("sturm-2022", "")),
                p,
                List.of()),
            new Event(
                "invasion",
                date("24 February 2022"),
                "Russia invades Ukraine.",
                List.of("sanctions"),
                List.of("russia"),
                List.of(),
                List.of(),
                p,
                List.of()));
    List<Figure> figures =
        List.of(
            new Figure(
                "figure-1",
                Optional.of(1),
                "Cumulative dependence on Russian raw materials",
                "Eurostat (nrg_ind_id)",
                "%",
                Optional.empty(),
                List.of(
                    new DataPoint("Lithuania", new BigDecimal("91.6")),
                    new DataPoint("Portugal", new BigDecimal("4.0"))),
                List.of()));
    List<Reference> references =
        List.of(
            new Reference(
                "sturm-2022",
                List.of("Sturm"),
                2022,
                "",
                ReferenceKind.PERSON,
                List.of("Sturm, 2022: 867"),
                Optional.empty(),
                List.of()),
            new Reference(
                "lrt-2022a",
                List.of("LRT"),
                2022,
                "a",
                ReferenceKind.MEDIA,
                List.of("LRT, 2022a"),
                Optional.empty(),
                List.of()),
            new Reference(
                "statista-2022",
                List.of("Statista Research Department"),
                2022,
                "",
                ReferenceKind.ORGANISATION,
                List.of("Statista Research Department (2022)"),
                Optional.of(
                    "https://www.statista.com/statistics/1303450/bilateral-aid-to-ukraine-in-a-percent-of-donor-gdp/"),
                List.of()),
            new Reference(
                "never-cited-2020",
                List.of("Nobody"),
                2020,
                "",
                ReferenceKind.PERSON,
                List.of("Nobody, 2020"),
                Optional.empty(),
                List.of()));
    Corpus english =
        new Corpus(
            article,
            topics,
            actors,
            findings,
            hypotheses,
            table,
            events,
            figures,
            List.of(),
            references,
            List.of(),
            Map.of());
    return new Corpus(
        article,
        topics,
        actors,
        findings,
        hypotheses,
        table,
        events,
        figures,
        List.of(),
        references,
        List.of(),
        Map.of(Language.PL, polish(english)));
  }

  /** Polish for some units: article-status title, drafts, one stale, the rest missing. */
  private static Translations polish(Corpus english) {
    var units = org.briefing.i18n.Localizer.units(english);
    Map<String, Translation> t = new LinkedHashMap<>();
    put(
        t,
        units.english("article.title"),
        "article.title",
        TranslationStatus.ARTICLE,
        "Rola małych państw w promowaniu bezpieczeństwa międzynarodowego: strategia Litwy");
    put(
        t,
        units.english("table.title"),
        "table.title",
        TranslationStatus.REVIEWED,
        "Podsumowanie osiągnięć wielowektorowej polityki zagranicznej Litwy w 2022 r.");
    put(
        t,
        units.english("table.column.1"),
        "table.column.1",
        TranslationStatus.REVIEWED,
        "Państwo/organizacja");
    put(
        t,
        units.english("table.column.2"),
        "table.column.2",
        TranslationStatus.REVIEWED,
        "Priorytety");
    put(t, units.english("table.column.3"), "table.column.3", TranslationStatus.REVIEWED, "Efekty");
    put(
        t,
        units.english("table.row.us.label"),
        "table.row.us.label",
        TranslationStatus.REVIEWED,
        "USA");
    put(
        t,
        units.english("table.row.us.effect.1"),
        "table.row.us.effect.1",
        TranslationStatus.DRAFT,
        "Utrzymanie gwarancji bezpieczeństwa");
    put(
        t,
        "an older English text",
        "table.row.us.effect.2",
        TranslationStatus.REVIEWED,
        "negocjowanie utrzymania twardego stanowiska wobec Rosji");
    put(
        t,
        units.english("finding.gipl.statement"),
        "finding.gipl.statement",
        TranslationStatus.DRAFT,
        "1 maja 2022 r. uruchomiono \"gazociąg\" GIPL o przepustowości 2.4 mld m3 w roku.");
    put(
        t,
        units.english("table.source"),
        "table.source",
        TranslationStatus.REVIEWED,
        "Źródło: opracowanie własne autora.");
    put(
        t,
        units.english("figure.figure-1.title"),
        "figure.figure-1.title",
        TranslationStatus.REVIEWED,
        "Skumulowana zależność od rosyjskich surowców");
    put(
        t,
        units.english("figure.figure-1.series.1.label"),
        "figure.figure-1.series.1.label",
        TranslationStatus.REVIEWED,
        "Litwa");
    put(
        t,
        units.english("figure.figure-1.series.2.label"),
        "figure.figure-1.series.2.label",
        TranslationStatus.REVIEWED,
        "Portugalia");
    return new Translations(Language.PL, t);
  }

  private static void put(
      Map<String, Translation> t, String english, String id, TranslationStatus s, String text) {
    t.put(id, new Translation(id, s, Fingerprint.of(english), text));
  }
}
