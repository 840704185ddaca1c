package org.briefing.render;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What a renderer learned while writing a document: the number of pages it laid out (only formats
 * with real pages, such as PDF, know it) and warnings about the output, such as a character that no
 * shipped font can show.
 *
 * <pre>{@code
 * RenderReport report = renderer.renderReporting(document, out);
 * report.pages().ifPresent(n -> System.out.println(n + " pages"));
 * report.warnings().forEach(System.err::println);
 * }</pre>
 *
 * @param pages the pages after layout; empty when the format has no pages
 * @param warnings messages for the user, each naming what is wrong and where
 */
public record RenderReport(OptionalInt pages, List<String> warnings) {
  /** Nothing learned: no page count, no warning. */
  public static final RenderReport NONE = new RenderReport(OptionalInt.empty(), List.of());

  public RenderReport {
    Objects.requireNonNull(pages, "pages");
    warnings = List.copyOf(warnings);
  }
}
