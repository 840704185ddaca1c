package org.briefing.model;

import java.util.List;

/**
 * The article's own metadata, in English (Polish lives in the translations).
 *
 * @param year the year of dates that name none ("June" in Table 1 means June of this year)
 */
public record Article(
    String id,
    String title,
    String abstractText,
    List<String> keywords,
    int year,
    List<Section> sections,
    List<String> methodology,
    List<String> notes) {
  public Article {
    keywords = List.copyOf(keywords);
    sections = List.copyOf(sections);
    methodology = List.copyOf(methodology);
    notes = List.copyOf(notes);
  }
}
