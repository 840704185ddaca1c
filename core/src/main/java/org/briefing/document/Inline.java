package org.briefing.document;

import java.util.List;
import org.briefing.i18n.Language;

/** Inline content. Every inline is an immutable record. */
public sealed interface Inline extends Node {

  record Text(String text) implements Inline {
    @Override
    public void accept(Visitor v) {
      v.visit(this);
    }
  }

  record Emphasis(List<Inline> content) implements Inline {
    public Emphasis {
      content = List.copyOf(content);
    }

    @Override
    public void accept(Visitor v) {
      v.visit(this);
    }
  }

  record Strong(List<Inline> content) implements Inline {
    public Strong {
      content = List.copyOf(content);
    }

    @Override
    public void accept(Visitor v) {
      v.visit(this);
    }
  }

  record Code(String text) implements Inline {
    @Override
    public void accept(Visitor v) {
      v.visit(this);
    }
  }

  /**
   * A citation group, printed as one parenthesis as the paper writes it: {@code open}, the items
   * joined by {@code separator}, {@code close} — "(Gritėnas, 2017; Vilson, 2015)".
   */
  record Citation(List<Cite> items, String open, String separator, String close) implements Inline {
    public Citation {
      items = List.copyOf(items);
      if (items.isEmpty()) {
        throw new IllegalArgumentException("a citation cites at least one source");
      }
    }

    /** The citation as plain text: "(Gritėnas, 2017; Vilson, 2015)". */
    public String plainText() {
      StringBuilder b = new StringBuilder(open);
      for (int i = 0; i < items.size(); i++) {
        b.append(i == 0 ? "" : separator).append(items.get(i).label());
      }
      return b.append(close).toString();
    }

    /** A citation of one source, in parentheses. */
    public static Citation of(Cite item) {
      return new Citation(List.of(item), "(", "; ", ")");
    }

    @Override
    public void accept(Visitor v) {
      v.visit(this);
    }
  }

  /**
   * One source of a citation group.
   *
   * @param label the text printed for it, such as "Sturm, 2022: 867"
   * @param key the id of the cited source in the corpus (for tools that collect citations)
   * @param target the id of its reference list entry in this document ({@link Anchor}), or empty
   *     when the document has no reference list: then the label is plain text
   */
  record Cite(String label, String key, java.util.Optional<String> target) {}

  /** A link; {@code target} is a URL or {@code #id} inside the document. */
  record Link(String target, List<Inline> content) implements Inline {
    public Link {
      content = List.copyOf(content);
    }

    @Override
    public void accept(Visitor v) {
      v.visit(this);
    }
  }

  /** Text in another language than its surroundings, so that screen readers switch voice. */
  record LangSpan(Language language, List<Inline> content) implements Inline {
    public LangSpan {
      content = List.copyOf(content);
    }

    @Override
    public void accept(Visitor v) {
      v.visit(this);
    }
  }

  /** A pointer to a {@link Block.Footnote}. */
  record NoteRef(String id, String marker) implements Inline {
    @Override
    public void accept(Visitor v) {
      v.visit(this);
    }
  }

  /**
   * A small label such as "draft translation": {@code labelKey} is a message key, renderers look up
   * its text in the document's language.
   */
  record Badge(String labelKey) implements Inline {
    @Override
    public void accept(Visitor v) {
      v.visit(this);
    }
  }

  /** A place links can point to ({@code #id}), such as a reference list entry. */
  record Anchor(String id) implements Inline {
    @Override
    public void accept(Visitor v) {
      v.visit(this);
    }
  }

  record LineBreak() implements Inline {
    @Override
    public void accept(Visitor v) {
      v.visit(this);
    }
  }
}
