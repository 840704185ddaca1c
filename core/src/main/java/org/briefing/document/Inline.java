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
   * A citation of the article's source.
   *
   * @param refId the reference id; renderers link it to the reference list entry
   * @param label the author–year text as the article cites it, such as "Sturm, 2022: 867"
   */
  record Citation(String refId, String label) implements Inline {
    @Override
    public void accept(Visitor v) {
      v.visit(this);
    }
  }

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
