package org.briefing.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import org.briefing.corpus.CorpusReader;
import org.briefing.model.Corpus;

/**
 * A small corpus (wording taken from the article) for tests that need no files: the YAML of each
 * file, read by the real corpus reader.
 */
public final class SmallCorpus {
  private SmallCorpus() {}

  /** The corpus files, by name. */
  public static Map<String, String> files() {
    Map<String, String> f = new LinkedHashMap<>();
    f.put(
        "article.yaml",
        """
        id: small-states-lithuania
        title: "The Role of Small States in Promoting International Security: Lithuania Strategy"
        abstract: "The aim of the present article is to analyse the efforts taken aimed to build the security of the region."
        keywords: [small state, security, Lithuania]
        year: 2022
        translations: [pl]
        summary-table: summary
        sections:
          - {id: energy-security, title: Energy security}
        methodology:
          - "In order to realise the research objective, the analysis was based on a case study."
        """);
    f.put(
        "topics.yaml",
        """
        topics:
          - {id: energy, label: Energy security}
          - {id: sanctions, label: Sanctions against Russia and Belarus}
          - {id: nato, label: NATO and collective defence}
        """);
    f.put(
        "actors.yaml",
        """
        actors:
          - {id: lithuania, name: Lithuania, kind: state}
          - {id: russia, name: Russia, kind: state}
          - {id: belarus, name: Belarus, kind: state}
        """);
    f.put(
        "findings.yaml",
        """
        findings:
          - id: gipl
            statement: "On 1 May 2022, the Poland-Lithuania gas interconnector (GIPL) was launched."
            topics: [energy]
            actors: [lithuania]
            date: "1 May 2022"
            citations: [{ref: sturm-2022, locator: "867"}]
            source: {section: energy-security, quote: quote}
            notes: ["An editorial note."]
          - id: kirill-blacklist
            statement: "Lithuania called for Patriarch Kirill to be put on the EU sanctions list."
            topics: [sanctions]
            actors: [lithuania, russia]
            date: "From March/April"
            citations: [{ref: lrt-2022a}]
            source: {section: energy-security, quote: quote}
          - id: madrid-new-strategy
            statement: "At the NATO summit in Madrid the new strategy was endorsed."
            topics: [nato]
            actors: [lithuania]
            citations: [{ref: sturm-2022}]
            source: {section: energy-security, quote: quote}
        """);
    f.put(
        "argument.yaml",
        """
        hypotheses:
          - id: h1
            number: 1
            statement: "small states are able to initiate a process that can benefit the entire region"
            verdict: confirmed
            verdict-sentence: "Both hypotheses were confirmed in the research."
            evidence:
              - {finding: gipl, stance: supports}
              - {finding: madrid-new-strategy, stance: supports}
          - id: h2
            number: 2
            statement: "Lithuania contributes to international security"
            verdict: confirmed
            verdict-sentence: "Both hypotheses were confirmed in the research."
            evidence:
              - {finding: kirill-blacklist, stance: supports}
          - id: h4
            number: 4
            statement: "Lithuania’s efforts are yielding tangible results"
            verdict: needs-further-research
            verdict-sentence: "The hypothesis needs to be explored further."
            evidence:
              - {finding: kirill-blacklist, stance: challenges}
        """);
    f.put(
        "tables.yaml",
        """
        tables:
          - id: summary
            number: 1
            title: "Summary of achievements in Lithuania’s multi-vector foreign policy in 2022"
            columns:
              - {id: actor, label: "Country/organisation", row-header: true}
              - {id: priorities, label: Priorities}
              - {id: effects, label: Effects}
            rows:
              - id: us
                topics: [nato]
                cells:
                  actor: US
                  priorities:
                    - "Strengthening military alliance with USA"
                    - "Seeking military assistance package for Ukraine"
                  effects:
                    - {date: "June", text: "Maintenance of guarantees security"}
                    - {date: "From March/April", text: "negotiating maintenance of tough stance towards Russia"}
              - id: ukraine
                cells:
                  actor: Ukraine
                  priorities: ["Bringing Ukraine closer to NATO and EU"]
                  effects:
                    - date: "March-November"
                      text: "Lithuania becoming leader among countries donating the largest share of their (GDP) aid to Ukraine"
                      marker: "*"
            table-notes:
              - marker: "*"
                text: "Cf. Statista Research Department (2022), https://www.statista.com/statistics/1303450/bilateral-aid-to-ukraine-in-a-percent-of-donor-gdp/."
                ref: statista-2022
            source: "Author’s own study."
        """);
    f.put(
        "events.yaml",
        """
        events:
          - id: gipl-launch
            date: "1 May 2022"
            text: "The GIPL gas interconnector is launched."
            topics: [energy]
            actors: [lithuania]
            findings: [gipl]
            citations: [{ref: sturm-2022}]
            source: {section: energy-security, quote: quote}
          - id: invasion
            date: "24 February 2022"
            text: "Russia invades Ukraine."
            topics: [sanctions]
            actors: [russia]
            source: {section: energy-security, quote: quote}
        """);
    f.put(
        "figures.yaml",
        """
        figures:
          - id: figure-1
            number: 1
            title: "Cumulative dependence on Russian raw materials"
            source: "Eurostat (nrg_ind_id)"
            unit: "%"
            series:
              - {label: Lithuania, value: 91.6}
              - {label: Portugal, value: 4.0}
        """);
    f.put(
        "references.yaml",
        """
        references:
          - {id: sturm-2022, label: "Sturm, 2022", author: [Sturm], issued: "2022", cited-as: ["Sturm, 2022: 867"]}
          - {id: lrt-2022a, label: "LRT, 2022a", author: [{literal: LRT}], issued: "2022", cited-as: ["LRT, 2022a"]}
          - id: statista-2022
            label: "Statista Research Department, 2022"
            author: [{literal: Statista Research Department}]
            issued: "2022"
            url: "https://www.statista.com/statistics/1303450/bilateral-aid-to-ukraine-in-a-percent-of-donor-gdp/"
            cited-as: ["Statista Research Department (2022)"]
          - {id: never-cited-2020, label: "Nobody, 2020", author: [Nobody], issued: "2020", cited-as: ["Nobody, 2020"]}
        """);
    f.put(
        "translations/pl.yaml",
        """
        language: pl
        units:
          article.title:
            status: article
            fingerprint: 96ae2125accd56be
            text: "Rola małych państw w promowaniu bezpieczeństwa międzynarodowego: strategia Litwy"
          table.summary.title:
            status: reviewed
            fingerprint: 34298a8b627b54f3
            text: "Podsumowanie osiągnięć wielowektorowej polityki zagranicznej Litwy w 2022 r."
          table.summary.column.actor:
            status: reviewed
            fingerprint: d5cace1ce06909c6
            text: "Państwo/organizacja"
          table.summary.column.priorities:
            status: reviewed
            fingerprint: 980477c4e0b07988
            text: "Priorytety"
          table.summary.column.effects:
            status: reviewed
            fingerprint: 358511c8c09805c9
            text: "Efekty"
          table.summary.cell.us.actor:
            status: reviewed
            fingerprint: 9b202ecbc6d45c6d
            text: "USA"
          table.summary.cell.us.effects.1:
            status: draft
            fingerprint: 5c42d42df4cb241e
            text: "Utrzymanie gwarancji bezpieczeństwa"
          table.summary.cell.us.effects.2:
            status: reviewed
            fingerprint: 3fee174ebfeb0638
            text: "negocjowanie utrzymania twardego stanowiska wobec Rosji"
          finding.gipl.statement:
            status: draft
            fingerprint: e7e76089cac0e900
            text: "1 maja 2022 r. uruchomiono \\"gazociąg\\" GIPL o przepustowości 2.4 mld m3 w roku."
          table.summary.source:
            status: reviewed
            fingerprint: 9b46c1c9aedacf9e
            text: "opracowanie własne autora."
          figure.figure-1.title:
            status: reviewed
            fingerprint: 60a2eabc80d411e5
            text: "Skumulowana zależność od rosyjskich surowców"
          figure.figure-1.unit:
            status: reviewed
            fingerprint: bbf3f11cb5b43e70
            text: "%"
          figure.figure-1.source:
            status: reviewed
            fingerprint: fa42e1ca754e5414
            text: "Eurostat (nrg_ind_id)"
          figure.figure-1.category.1:
            status: reviewed
            fingerprint: 5c83a631bce2bffe
            text: "Litwa"
          figure.figure-1.category.2:
            status: reviewed
            fingerprint: 4c7de2c3da6dc0ae
            text: "Portugalia"
        """);
    return f;
  }

  /** The corpus, read by the corpus reader. */
  public static Corpus corpus() {
    return CorpusReader.read("small", files()).corpus();
  }
}
