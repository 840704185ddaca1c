package org.briefing.assemble;

import java.util.List;
import org.briefing.document.AbstractVisitor;
import org.briefing.document.Block;
import org.briefing.document.Inline;
import org.briefing.document.Node;
import org.briefing.i18n.Language;

/** Small operations on document blocks that the assembler and the section kinds share. */
public final class Blocks {
  private Blocks() {}

  /** The text of inlines, without markup: what a reader would read. */
  public static String plainText(List<? extends Node> nodes) {
    StringBuilder b = new StringBuilder();
    AbstractVisitor v =
        new AbstractVisitor() {
          @Override
          public void visit(Inline.Text node) {
            b.append(node.text());
          }

          @Override
          public void visit(Inline.Code node) {
            b.append(node.text());
          }

          @Override
          public void visit(Inline.Citation node) {
            b.append(node.plainText());
          }

          @Override
          public void visit(Inline.LineBreak node) {
            b.append(' ');
          }
        };
    nodes.forEach(n -> n.accept(v));
    // A badge ("projekt tłumaczenia") prints no text here, so the space before it would trail.
    return b.toString().strip();
  }

  /** Marks the text of a block as written in {@code written}. */
  public static Block inLanguage(Block b, Language written) {
    if (b instanceof Block.Paragraph p) {
      return new Block.Paragraph(List.of(new Inline.LangSpan(written, p.content())));
    } else if (b instanceof Block.Heading h) {
      return new Block.Heading(
          h.level(), h.id(), List.of(new Inline.LangSpan(written, h.content())));
    } else if (b instanceof Block.ListBlock l) {
      return new Block.ListBlock(
          l.ordered(),
          l.items().stream()
              .map(item -> item.stream().map(x -> inLanguage(x, written)).toList())
              .toList());
    } else if (b instanceof Block.Quote q) {
      return new Block.Quote(
          q.content().stream().map(x -> inLanguage(x, written)).toList(), q.attribution());
    }
    return b;
  }

  /** Every id a link inside the document can point to: headings, tables, figures, anchors … */
  public static java.util.Set<String> targets(List<Block> blocks) {
    java.util.Set<String> ids = new java.util.HashSet<>();
    AbstractVisitor v =
        new AbstractVisitor() {
          @Override
          public void visit(Block.Heading node) {
            ids.add(node.id());
            super.visit(node);
          }

          @Override
          public void visit(Block.Table node) {
            ids.add(node.id());
            super.visit(node);
          }

          @Override
          public void visit(Block.Figure node) {
            ids.add(node.id());
            super.visit(node);
          }

          @Override
          public void visit(Block.Image node) {
            ids.add(node.id());
            super.visit(node);
          }

          @Override
          public void visit(Block.Footnote node) {
            ids.add(node.id());
            super.visit(node);
          }

          @Override
          public void visit(Block.Part node) {
            ids.add(node.id());
            super.visit(node);
          }

          @Override
          public void visit(Inline.Anchor node) {
            ids.add(node.id());
          }
        };
    blocks.forEach(b -> b.accept(v));
    return ids;
  }

  /**
   * The blocks with every link to a place the document does not hold ({@code #figure-2} in a
   * briefing without that figure) turned into its text.
   */
  public static List<Block> withoutDanglingLinks(List<Block> blocks, java.util.Set<String> ids) {
    return blocks.stream().map(b -> unlink(b, ids)).toList();
  }

  private static Block unlink(Block b, java.util.Set<String> ids) {
    if (b instanceof Block.Paragraph p) {
      return new Block.Paragraph(unlink(p.content(), ids));
    } else if (b instanceof Block.Heading h) {
      return new Block.Heading(h.level(), h.id(), unlink(h.content(), ids));
    } else if (b instanceof Block.ListBlock l) {
      return new Block.ListBlock(
          l.ordered(), l.items().stream().map(item -> withoutDanglingLinks(item, ids)).toList());
    } else if (b instanceof Block.Table t) {
      return new Block.Table(
          t.id(),
          unlink(t.caption(), ids),
          rows(t.head(), ids),
          rows(t.body(), ids),
          withoutDanglingLinks(t.notes(), ids));
    } else if (b instanceof Block.Callout c) {
      return new Block.Callout(
          c.kind(), unlink(c.title(), ids), withoutDanglingLinks(c.content(), ids));
    } else if (b instanceof Block.Quote q) {
      return new Block.Quote(withoutDanglingLinks(q.content(), ids), unlink(q.attribution(), ids));
    } else if (b instanceof Block.Footnote f) {
      return new Block.Footnote(f.id(), f.marker(), withoutDanglingLinks(f.content(), ids));
    } else if (b instanceof Block.Part p) {
      return new Block.Part(
          p.id(), p.language(), p.title(), withoutDanglingLinks(p.content(), ids));
    } else if (b instanceof Block.Parallel p) {
      return new Block.Parallel(
          p.left(),
          p.right(),
          p.rows().stream()
              .map(
                  r ->
                      new Block.ParallelRow(
                          withoutDanglingLinks(r.left(), ids),
                          withoutDanglingLinks(r.right(), ids)))
              .toList());
    }
    return b;
  }

  private static List<Block.Row> rows(List<Block.Row> rows, java.util.Set<String> ids) {
    return rows.stream().map(r -> r.mapContent(c -> withoutDanglingLinks(c, ids))).toList();
  }

  private static List<Inline> unlink(List<Inline> inlines, java.util.Set<String> ids) {
    List<Inline> out = new java.util.ArrayList<>();
    for (Inline i : inlines) {
      if (i instanceof Inline.Link l
          && l.target().startsWith("#")
          && !ids.contains(l.target().substring(1))) {
        out.addAll(unlink(l.content(), ids));
      } else if (i instanceof Inline.Emphasis e) {
        out.add(new Inline.Emphasis(unlink(e.content(), ids)));
      } else if (i instanceof Inline.Strong s) {
        out.add(new Inline.Strong(unlink(s.content(), ids)));
      } else if (i instanceof Inline.LangSpan s) {
        out.add(new Inline.LangSpan(s.language(), unlink(s.content(), ids)));
      } else {
        out.add(i);
      }
    }
    return out;
  }

  /**
   * One mark for a section or a list instead of one a paragraph or item. When every block of a
   * section's content (two or more) is a paragraph or list carrying one and the same translation
   * badge (a draft translation, say), the badges are taken off and the section's text is led by one
   * paragraph with the badge and a sentence naming it. Otherwise each list whose items all carry
   * the same badge is led by such a paragraph instead. Lists whose items differ, and other blocks,
   * keep their marks.
   */
  public static List<Block> markedOnce(Voice v, List<Block> blocks) {
    String section = sectionBadge(blocks);
    if (section != null) {
      List<Block> out = new java.util.ArrayList<>();
      out.add(lead(v, "section-translation.", section));
      blocks.forEach(b -> out.add(stripped(b, section)));
      return out;
    }
    List<Block> out = new java.util.ArrayList<>();
    for (Block b : blocks) {
      String key = b instanceof Block.ListBlock l ? sharedBadge(l) : null;
      if (key == null) {
        out.add(b);
        continue;
      }
      out.add(lead(v, "list-translation.", key));
      out.add(stripped(b, key));
    }
    return out;
  }

  private static Block lead(Voice v, String labelPrefix, String key) {
    return new Block.Paragraph(
        List.of(new Inline.Badge(key), new Inline.Text(" "), v.labelText(labelPrefix + key)));
  }

  private static Block stripped(Block b, String key) {
    if (b instanceof Block.ListBlock l) {
      return new Block.ListBlock(
          l.ordered(),
          l.items().stream()
              .map(item -> item.stream().map(x -> withoutBadge(x, key)).toList())
              .toList());
    }
    return withoutBadge(b, key);
  }

  /** The badge every block carries (a paragraph once, a list once an item), if they share one. */
  private static String sectionBadge(List<Block> blocks) {
    if (blocks.size() < 2) {
      return null;
    }
    String shared = null;
    for (Block b : blocks) {
      String key;
      if (b instanceof Block.ListBlock l) {
        key = sharedBadge(l);
      } else if (b instanceof Block.Paragraph p) {
        key = onlyBadge(List.of(p));
      } else {
        return null;
      }
      if (key == null || (shared != null && !shared.equals(key))) {
        return null;
      }
      shared = key;
    }
    return shared;
  }

  /** The badge every item of a list carries once, in a paragraph of its own, if they share one. */
  private static String sharedBadge(Block.ListBlock l) {
    if (l.items().size() < 2) {
      return null;
    }
    String shared = null;
    for (List<Block> item : l.items()) {
      String key = onlyBadge(item);
      if (key == null || (shared != null && !shared.equals(key))) {
        return null;
      }
      shared = key;
    }
    return shared;
  }

  /** The one badge the blocks carry, directly in one of their paragraphs; null for none or more. */
  private static String onlyBadge(List<Block> blocks) {
    List<String> all = new java.util.ArrayList<>();
    List<String> direct = new java.util.ArrayList<>();
    for (Block b : blocks) {
      b.accept(
          new AbstractVisitor() {
            @Override
            public void visit(Inline.Badge node) {
              all.add(node.labelKey());
            }
          });
      if (b instanceof Block.Paragraph p) {
        p.content().stream()
            .filter(Inline.Badge.class::isInstance)
            .forEach(i -> direct.add(((Inline.Badge) i).labelKey()));
      }
    }
    return all.size() == 1 && direct.size() == 1 ? all.get(0) : null;
  }

  /** A paragraph without the badge {@code key}; any other block as it is. */
  public static Block withoutBadge(Block b, String key) {
    return b instanceof Block.Paragraph p ? new Block.Paragraph(withoutBadge(p.content(), key)) : b;
  }

  /** Inlines without the badge {@code key} and the space before it. */
  public static List<Inline> withoutBadge(List<Inline> inlines, String key) {
    List<Inline> out = new java.util.ArrayList<>();
    for (Inline i : inlines) {
      if (i instanceof Inline.Badge badge && badge.labelKey().equals(key)) {
        if (!out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Text t) {
          out.remove(out.size() - 1);
          String text =
              t.text().endsWith(" ") ? t.text().substring(0, t.text().length() - 1) : t.text();
          if (!text.isEmpty()) {
            out.add(new Inline.Text(text));
          }
        }
        continue;
      }
      out.add(i);
    }
    return out;
  }
}
