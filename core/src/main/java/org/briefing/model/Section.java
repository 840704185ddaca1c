package org.briefing.model;

import java.util.List;

/** A section of the paper, with its sub-sections, in paper order. */
public record Section(String id, String title, List<Section> sections) {
  public Section {
    sections = List.copyOf(sections);
  }

  /** A section without sub-sections. */
  public Section(String id, String title) {
    this(id, title, List.of());
  }

  void addTo(List<Section> out) {
    out.add(this);
    sections.forEach(s -> s.addTo(out));
  }
}
