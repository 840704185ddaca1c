package org.briefing.render.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/** Reads renderer output back with commonmark-java (GFM tables and footnotes), for assertions. */
final class CommonMarkReader {
  private static final Parser PARSER =
      Parser.builder()
          .extensions(List.of(TablesExtension.create(), FootnotesExtension.create()))
          .build();

  private CommonMarkReader() {}

  static Node parse(String markdown) {
    return PARSER.parse(markdown);
  }

  /**
   * The text a reader sees: text and code literals, a soft break as a space, a hard one (or a
   * {@code <br>}) as LF.
   */
  static String plainText(Node node) {
    StringBuilder b = new StringBuilder();
    walk(
        node,
        n -> {
          if (n instanceof Text t) {
            b.append(t.getLiteral());
          } else if (n instanceof Code c) {
            b.append(c.getLiteral());
          } else if (n instanceof SoftLineBreak) {
            b.append(' ');
          } else if (n instanceof HardLineBreak) {
            b.append('\n');
          } else if (n instanceof HtmlInline h && h.getLiteral().equals("<br>")) {
            b.append('\n');
          }
        });
    return b.toString();
  }

  /** Every node of a type, in document order. */
  static <T extends Node> List<T> all(Node root, Class<T> type) {
    List<T> found = new ArrayList<>();
    walk(
        root,
        n -> {
          if (type.isInstance(n)) {
            found.add(type.cast(n));
          }
        });
    return found;
  }

  static void walk(Node node, Consumer<Node> action) {
    action.accept(node);
    for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
      walk(c, action);
    }
  }
}
