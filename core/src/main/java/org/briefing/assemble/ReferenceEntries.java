package org.briefing.assemble;

import java.util.ArrayList;
import java.util.List;
import org.briefing.document.Inline;
import org.briefing.model.Reference;

/**
 * A reference list entry in the paper's own style: the label the paper cites it by, then what the
 * corpus gives of it (title, container, publisher, address). Nothing is added that the paper does
 * not give.
 */
final class ReferenceEntries {
  private ReferenceEntries() {}

  static List<Inline> entry(Voice v, Reference r) {
    List<Inline> out = new ArrayList<>();
    out.add(new Inline.Text(r.label()));
    if (!r.title().isEmpty()) {
      out.add(new Inline.Text(". "));
      out.add(new Inline.Emphasis(List.of(new Inline.Text(r.title()))));
    }
    List<String> parts = new ArrayList<>();
    if (!r.containerTitle().isEmpty()) {
      parts.add(r.containerTitle());
    }
    if (!r.publisher().isEmpty()) {
      parts.add(r.publisher());
    }
    if (!parts.isEmpty()) {
      out.add(new Inline.Text(". " + String.join(", ", parts)));
    }
    r.url()
        .ifPresent(
            u -> {
              out.add(new Inline.Text(". "));
              out.add(new Inline.Link(u, List.of(new Inline.Text(u))));
            });
    return out;
  }
}
