package org.briefing.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.document.Block;
import org.briefing.document.Inline;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Free Markdown that a spec author writes, turned into document blocks with commonmark-java.
 * Headings are shifted to sit under the section that holds the text; raw HTML is never passed on as
 * markup: HTML blocks and inline HTML become plain text, which renderers escape. Links keep only
 * http, https, mailto and in-document ({@code #id}) targets; any other link becomes its text.
 * Images become their alternative text.
 *
 * <pre>{@code
 * List<Block> blocks = MarkdownText.builder().headingLevel(3).idPrefix("note-").build()
 *     .toBlocks("# Why this matters\n\nLithuania *acted* first.");
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class MarkdownText {
  private static final Parser PARSER = Parser.builder().build();

  /** What would open a block at the start of a one-line text: escaped to stay text. */
  private static final Pattern BLOCK_START = Pattern.compile("^([#>+=|-])|^(\\d{1,9})([.)])");

  private static final Pattern ANCHOR = Pattern.compile("#[A-Za-z0-9][A-Za-z0-9_-]*");

  private final int headingLevel;
  private final String idPrefix;
  private final UnaryOperator<String> textRule;

  private MarkdownText(Builder b) {
    this.headingLevel = b.headingLevel;
    this.idPrefix = b.idPrefix;
    this.textRule = b.textRule;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Converts Markdown to blocks. */
  public List<Block> toBlocks(String markdown) {
    Node document = parse(markdown == null ? "" : markdown);
    return new Conversion().blocks(document);
  }

  /**
   * Converts one piece of inline Markdown — a finding, a table cell — to inlines: emphasis, strong,
   * code and safe links; never a block. Text that only looks like a block ("2022. A year", "- x",
   * "# 1") stays text. Paragraph breaks become spaces.
   */
  public List<Inline> toInlines(String markdown) {
    String text = markdown == null ? "" : markdown;
    if (plain(text)) {
      return text.isEmpty() ? List.of() : List.of(new Inline.Text(textRule.apply(text)));
    }
    Matcher start = BLOCK_START.matcher(text.stripLeading());
    String escaped =
        !start.find()
            ? text.stripLeading()
            : start.group(1) != null ? "\\" + text.stripLeading() : start.replaceFirst("$2\\\\$3");
    Node document = parse(escaped);
    Conversion c = new Conversion();
    List<Inline> out = new ArrayList<>();
    for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
      if (!out.isEmpty()) {
        out.add(new Inline.Text(textRule.apply(" ")));
      }
      out.addAll(c.flat(n));
    }
    return merged(out);
  }

  /**
   * Deepest nesting of Markdown kept as structure (quotes in lists in quotes, emphasis in links in
   * emphasis); what lies deeper is kept as its plain text. Far beyond what anyone writes, and
   * shallow enough that converting and rendering the tree cannot exhaust the stack (5,000 nested
   * {@code >} did).
   */
  static final int MAX_DEPTH = 32;

  /** Parses, then flattens what is nested deeper than {@link #MAX_DEPTH} into plain text. */
  private static Node parse(String markdown) {
    Node document;
    try {
      document = PARSER.parse(markdown);
    } catch (StackOverflowError e) {
      // commonmark-java merges the text of nested emphasis recursively: thousands of levels
      // overflow it. Such a text is no one's prose; it is kept as it was written, as text.
      document = new org.commonmark.node.Document();
      Paragraph paragraph = new Paragraph();
      paragraph.appendChild(new Text(markdown));
      document.appendChild(paragraph);
    }
    // Depth-first without recursion: the tree may be as deep as the text is long.
    java.util.ArrayDeque<Node> nodes = new java.util.ArrayDeque<>();
    java.util.ArrayDeque<Integer> depths = new java.util.ArrayDeque<>();
    nodes.push(document);
    depths.push(0);
    while (!nodes.isEmpty()) {
      Node n = nodes.pop();
      int depth = depths.pop();
      if (depth > MAX_DEPTH) {
        Node text = new Text(textOf(n));
        Node replacement = n instanceof org.commonmark.node.Block ? new Paragraph() : text;
        if (replacement != text) {
          replacement.appendChild(text);
        }
        n.insertBefore(replacement);
        n.unlink();
        continue;
      }
      for (Node child = n.getFirstChild(); child != null; child = child.getNext()) {
        nodes.push(child);
        depths.push(depth + 1);
      }
    }
    return document;
  }

  /** The literal text under a node, in order, without recursion. */
  private static String textOf(Node root) {
    StringBuilder out = new StringBuilder();
    java.util.ArrayDeque<Node> nodes = new java.util.ArrayDeque<>();
    nodes.push(root);
    while (!nodes.isEmpty()) {
      Node n = nodes.pop();
      if (n instanceof Text t) {
        out.append(t.getLiteral());
      } else if (n instanceof Code c) {
        out.append(c.getLiteral());
      } else if (n instanceof HtmlInline h) {
        out.append(h.getLiteral());
      } else if (n instanceof HtmlBlock h) {
        out.append(h.getLiteral()).append(' ');
      } else if (n instanceof FencedCodeBlock f) {
        out.append(f.getLiteral()).append(' ');
      } else if (n instanceof IndentedCodeBlock f) {
        out.append(f.getLiteral()).append(' ');
      } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
        out.append(' ');
      }
      if (n instanceof Paragraph && out.length() > 0) {
        out.append(' ');
      }
      // Children pushed last to first, so that the first is read first.
      for (Node child = n.getLastChild(); child != null; child = child.getPrevious()) {
        nodes.push(child);
      }
    }
    return out.toString().strip();
  }

  /**
   * Whether the text has nothing Markdown would read as markup, so that it stays one text as it is.
   * A loop over the characters rather than a pattern: a corpus runs every unit through here, and a
   * cold build's pattern matcher runs interpreted, a dozen calls per character.
   */
  static boolean plain(String text) {
    for (int i = 0; i < text.length(); i++) {
      switch (text.charAt(i)) {
        case '*', '_', '`', '[', ']', '<', '>', '\\', '!', '&', '\n', '#' -> {
          return false;
        }
        default -> {}
      }
    }
    return true;
  }

  /** Settings for a {@link MarkdownText}. */
  public static final class Builder {
    private int headingLevel = 3;
    private String idPrefix = "";
    private UnaryOperator<String> textRule = UnaryOperator.identity();

    private Builder() {}

    /** The level a Markdown {@code #} heading gets (deeper headings follow it, up to 6). */
    public Builder headingLevel(int level) {
      if (level < 1 || level > 6) {
        throw new IllegalArgumentException("heading level must be 1–6, not " + level);
      }
      this.headingLevel = level;
      return this;
    }

    /** Prefix for heading ids, so that they do not clash with the rest of the document. */
    public Builder idPrefix(String prefix) {
      this.idPrefix = prefix;
      return this;
    }

    /** A rule applied to every piece of text, such as {@link PolishTypography#apply}. */
    public Builder textRule(UnaryOperator<String> rule) {
      this.textRule = rule;
      return this;
    }

    public MarkdownText build() {
      return new MarkdownText(this);
    }
  }

  /** State of one conversion: heading ids already used. */
  private final class Conversion {
    private final Map<String, Integer> ids = new HashMap<>();

    List<Block> blocks(Node parent) {
      List<Block> out = new ArrayList<>();
      for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
        block(n, out);
      }
      return out;
    }

    private void block(Node n, List<Block> out) {
      if (n instanceof Heading h) {
        List<Inline> content = inlines(h);
        int level = Math.min(6, headingLevel + h.getLevel() - 1);
        out.add(new Block.Heading(level, headingId(content), content));
      } else if (n instanceof Paragraph) {
        out.add(new Block.Paragraph(inlines(n)));
      } else if (n instanceof BulletList || n instanceof OrderedList) {
        List<List<Block>> items = new ArrayList<>();
        for (Node item = n.getFirstChild(); item != null; item = item.getNext()) {
          if (item instanceof ListItem) {
            items.add(blocks(item));
          }
        }
        out.add(new Block.ListBlock(n instanceof OrderedList, items));
      } else if (n instanceof BlockQuote) {
        out.add(new Block.Quote(blocks(n), List.of()));
      } else if (n instanceof FencedCodeBlock f) {
        out.add(new Block.Code(stripFinalNewline(f.getLiteral())));
      } else if (n instanceof IndentedCodeBlock c) {
        out.add(new Block.Code(stripFinalNewline(c.getLiteral())));
      } else if (n instanceof ThematicBreak) {
        out.add(new Block.Rule());
      } else if (n instanceof HtmlBlock html) {
        String literal = stripFinalNewline(html.getLiteral());
        if (!literal.isBlank()) {
          out.add(new Block.Paragraph(List.of(new Inline.Text(literal))));
        }
      } else if (!(n instanceof LinkReferenceDefinition)) {
        List<Inline> content = inlines(n);
        if (!content.isEmpty()) {
          out.add(new Block.Paragraph(content));
        }
      }
    }

    /** A block's text as inlines (a list or a heading read as text). */
    List<Inline> flat(Node n) {
      if (n instanceof Paragraph || n instanceof Heading) {
        return inlines(n);
      }
      List<Inline> out = new ArrayList<>();
      for (Node child = n.getFirstChild(); child != null; child = child.getNext()) {
        if (!out.isEmpty()) {
          out.add(new Inline.Text(" "));
        }
        out.addAll(flat(child));
      }
      if (out.isEmpty() && n instanceof HtmlBlock html) {
        out.add(new Inline.Text(textRule.apply(stripFinalNewline(html.getLiteral()))));
      } else if (out.isEmpty() && n instanceof FencedCodeBlock f) {
        out.add(new Inline.Code(stripFinalNewline(f.getLiteral())));
      } else if (out.isEmpty() && n instanceof IndentedCodeBlock f) {
        out.add(new Inline.Code(stripFinalNewline(f.getLiteral())));
      }
      return out;
    }

    private List<Inline> inlines(Node parent) {
      List<Inline> out = new ArrayList<>();
      for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
        inline(n, out);
      }
      return merged(out).stream()
          .map(i -> i instanceof Inline.Text t ? new Inline.Text(textRule.apply(t.text())) : i)
          .toList();
    }

    private void inline(Node n, List<Inline> out) {
      if (n instanceof Text t) {
        out.add(new Inline.Text(t.getLiteral()));
      } else if (n instanceof Emphasis) {
        out.add(new Inline.Emphasis(inlines(n)));
      } else if (n instanceof StrongEmphasis) {
        out.add(new Inline.Strong(inlines(n)));
      } else if (n instanceof Code c) {
        out.add(new Inline.Code(c.getLiteral()));
      } else if (n instanceof Link link) {
        List<Inline> content = inlines(n);
        if ((WebAddress.allowed(link.getDestination())
            || ANCHOR.matcher(link.getDestination()).matches())) {
          out.add(new Inline.Link(link.getDestination(), content));
        } else {
          out.addAll(content);
        }
      } else if (n instanceof Image) {
        out.addAll(inlines(n));
      } else if (n instanceof HtmlInline html) {
        out.add(new Inline.Text(html.getLiteral()));
      } else if (n instanceof SoftLineBreak) {
        out.add(new Inline.Text(" "));
      } else if (n instanceof HardLineBreak) {
        out.add(new Inline.LineBreak());
      } else {
        out.addAll(inlines(n));
      }
    }

    private String headingId(List<Inline> content) {
      StringBuilder plain = new StringBuilder();
      content.forEach(i -> plainText(i, plain));
      String slug = Slug.of(plain.toString());
      String base = idPrefix + (slug.isEmpty() ? "section" : slug);
      int seen = ids.merge(base, 1, Integer::sum);
      return seen == 1 ? base : base + "-" + seen;
    }
  }

  private static void plainText(Inline i, StringBuilder out) {
    if (i instanceof Inline.Text t) {
      out.append(t.text());
    } else if (i instanceof Inline.Code c) {
      out.append(c.text());
    } else if (i instanceof Inline.Emphasis e) {
      e.content().forEach(c -> plainText(c, out));
    } else if (i instanceof Inline.Strong s) {
      s.content().forEach(c -> plainText(c, out));
    } else if (i instanceof Inline.Link l) {
      l.content().forEach(c -> plainText(c, out));
    }
  }

  /** Joins neighbouring plain texts (commonmark splits text at every special character). */
  private static List<Inline> merged(List<Inline> in) {
    List<Inline> out = new ArrayList<>();
    for (Inline i : in) {
      if (i instanceof Inline.Text t
          && !out.isEmpty()
          && out.get(out.size() - 1) instanceof Inline.Text prev) {
        out.set(out.size() - 1, new Inline.Text(prev.text() + t.text()));
      } else {
        out.add(i);
      }
    }
    return List.copyOf(out);
  }

  private static String stripFinalNewline(String s) {
    return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
  }
}
