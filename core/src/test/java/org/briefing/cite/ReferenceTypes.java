package org.briefing.cite;

import java.util.List;
import org.briefing.model.PartialDate;
import org.briefing.model.Reference;
import org.briefing.model.Reference.Name;

/** One invented reference of each common CSL type, for tests of the styles. */
final class ReferenceTypes {
  private ReferenceTypes() {}

  static PartialDate date(String text) {
    return PartialDate.parse(text, 2022);
  }

  static final Reference ARTICLE =
      Reference.builder("article")
          .type("article-journal")
          .author(Name.person("Kojala", "Linas"))
          .issued(date("2015"))
          .field("title", "Small states and alliances")
          .field("container-title", "Baltic Journal of Security")
          .field("volume", "3")
          .field("issue", "2")
          .field("page", "45-67")
          .field("doi", "10.1000/xyz123")
          .build();
  static final Reference BOOK =
      Reference.builder("book")
          .type("book")
          .author(Name.person("Vilson", "Maili"))
          .issued(date("2015"))
          .field("title", "The foreign policy of small states")
          .field("publisher", "Tartu University Press")
          .field("publisher-place", "Tartu")
          .build();
  static final Reference CHAPTER =
      Reference.builder("chapter")
          .type("chapter")
          .author(Name.person("Sturm", "Anna"))
          .name("editor", Name.person("Smith", "John"))
          .issued(date("2022"))
          .field("title", "Energy and power")
          .field("container-title", "Handbook of Baltic politics")
          .field("page", "860-870")
          .field("publisher", "Example Press")
          .build();
  static final Reference REPORT =
      Reference.builder("report")
          .type("report")
          .author(Name.person("Rowan", "Linda R."))
          .issued(date("April 8, 2024"))
          .field("title", "Sanctions and their limits")
          .field("genre", "CRS Report")
          .field("number", "R47982")
          .field("publisher", "Congressional Research Service")
          .build();
  static final Reference WEBPAGE =
      Reference.builder("webpage")
          .type("webpage")
          .author(Name.literal("LRT"))
          .issued(date("27 April 2022"))
          .accessed(date("5 May 2022"))
          .field("title", "Seimas adopts a resolution")
          .field("container-title", "LRT English")
          .field("url", "https://example.org/lrt/seimas")
          .build();
  static final Reference NEWS =
      Reference.builder("news")
          .type("article-newspaper")
          .author(Name.person("Gritėnas", "Tomas"))
          .issued(date("24 February 2022"))
          .field("title", "A day that changed the region")
          .field("container-title", "Example Daily")
          .build();
  static final Reference LAW =
      Reference.builder("law")
          .type("legislation")
          .issued(date("2022"))
          .field("title", "Resolution on the war in Ukraine")
          .field("authority", "Seimas of the Republic of Lithuania")
          .field("number", "XIV-1062")
          .build();
  static final Reference DATASET =
      Reference.builder("dataset")
          .type("dataset")
          .author(Name.literal("Eurostat"))
          .issued(date("2022"))
          .field("title", "Energy imports dependency")
          .field("number", "nrg_ind_id")
          .field("publisher", "Eurostat")
          .build();
  static final Reference UNDATED =
      Reference.builder("undated")
          .type("report")
          .author(Name.literal("ISA"))
          .field("title", "Annual assessment")
          .build();

  static final List<Reference> ALL =
      List.of(ARTICLE, BOOK, CHAPTER, REPORT, WEBPAGE, NEWS, LAW, DATASET, UNDATED);
}
