package org.briefing.document;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.briefing.i18n.Language;

/**
 * What a briefing is: title, people, language, marking and the settings renderers need.
 *
 * @param language the main language; for a bilingual briefing the first of the two
 * @param secondLanguage the other language of a bilingual briefing
 * @param date the date to print, as the spec writes it
 * @param created the fixed creation time written into files (reproducible output)
 * @param marking the sharing marking, if any
 * @param branding organisation name, logo and accent colour, if any
 * @param pageSize "A4" or "Letter"
 */
public record Meta(
    String id,
    String title,
    String subtitle,
    List<String> authors,
    String series,
    String number,
    String date,
    String audience,
    Language language,
    Optional<Language> secondLanguage,
    String subject,
    List<String> keywords,
    Instant created,
    Optional<Marking> marking,
    Optional<Branding> branding,
    String pageSize) {
  public Meta {
    authors = List.copyOf(authors);
    keywords = List.copyOf(keywords);
    subtitle = subtitle == null ? "" : subtitle;
    series = series == null ? "" : series;
    number = number == null ? "" : number;
    date = date == null ? "" : date;
    audience = audience == null ? "" : audience;
    subject = subject == null ? "" : subject;
    pageSize = pageSize == null ? "A4" : pageSize;
  }

  public boolean bilingual() {
    return secondLanguage.isPresent();
  }
}
