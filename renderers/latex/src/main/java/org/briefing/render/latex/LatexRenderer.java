package org.briefing.render.latex;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.briefing.document.AbstractVisitor;
import org.briefing.document.Block;
import org.briefing.document.Branding;
import org.briefing.document.Document;
import org.briefing.document.Inline;
import org.briefing.document.Marking;
import org.briefing.document.Meta;
import org.briefing.document.PageSize;
import org.briefing.i18n.Labels;
import org.briefing.i18n.Language;
import org.briefing.render.Renderer;
import org.briefing.render.UnsupportedContentException;

/**
 * Writes a {@link Document} as a complete LaTeX document (format {@code latex}, extension {@code
 * tex}, UTF-8).
 *
 * <pre>{@code
 * Renderer tex = LatexRenderer.builder().build();
 * tex.render(document, out);                                      // xelatex briefing.tex
 * String table = LatexRenderer.builder().tableFragment(true).build().renderToString(document);
 * }</pre>
 *
 * <p><b>Engine.</b> Compile with {@code xelatex} or {@code lualatex} (recommended): fontspec with
 * the DejaVu fonts Briefing ships for its PDFs (DejaVu Serif, DejaVu Sans for the symbols the serif
 * lacks; Latin Modern with a warning where DejaVu is not installed), or the font given to {@link
 * Builder#mainFont}, so Cyrillic, Greek and symbols print. The preamble also works with {@code
 * pdflatex} (T1, utf8 inputenc, lmodern), which covers Polish and Lithuanian letters; a character
 * it cannot print stops the run with an error naming its code point and Unicode name. Babel is
 * loaded with the document's language as main language and every other language the document uses
 * ({@code polish} for Polish). Packages used (TeX Live on Debian): geometry, array, longtable,
 * booktabs, paracol, xcolor, fancyhdr, hyperref, babel, babel-polish, fontspec, lmodern.
 *
 * <p><b>Layout.</b> The marking is printed right in the head and the foot of every page at 12 pt
 * (TLP labels in their colour on black; the page number then at the foot's left), then the title
 * block (the organisation's name, the series and number, the title, subtitle, authors, date and
 * "Prepared for" the audience, as the HTML masthead); tables are longtables with booktabs rules
 * whose head repeats on every page ({@code \endhead}); footnotes are {@code \footnote}s where they
 * are referenced (LaTeX numbers them); citations are "(label)" linked with {@code \hyperref} to the
 * reference list's {@code \label}s; figures are their numbers as a bar table; a Parallel block is
 * two paracol columns, row by row, with wide rows (tables, figures) at full width between them; a
 * Part and a language span switch babel's language. Of the branding only the organisation's name is
 * written (no logo, no colour).
 *
 * <p><b>Table alone.</b> A document that is one of the paper's tables on its own ({@link
 * Meta#tableAlone()}, what {@code briefing table} builds) has no title block: the table's caption
 * is its title. Any document with {@link Builder#tableOnly(boolean)} becomes a standalone document
 * holding the first table and its notes. {@link Builder#tableFragment(boolean)} writes just that
 * table, with no preamble, for authors to paste into their own document (which needs {@code array},
 * {@code longtable} and {@code booktabs}); a fragment has no hyperlinks, so it needs no hyperref.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class LatexRenderer implements Renderer {
  /** The format name used with {@code -f}. */
  public static final String FORMAT = "latex";

  private final boolean tableOnly;
  private final boolean tableFragment;
  private final Optional<String> mainFont;

  private LatexRenderer(Builder builder) {
    this.tableOnly = builder.tableOnly;
    this.tableFragment = builder.tableFragment;
    this.mainFont = builder.mainFont;
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public String extension() {
    return "tex";
  }

  @Override
  public void render(Document document, OutputStream out) throws IOException {
    out.write(renderToString(document).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The document as LaTeX source.
   *
   * @throws UnsupportedContentException in table mode, when the document has no table
   */
  public String renderToString(Document document) {
    Meta meta = document.meta();
    boolean onlyTable = tableOnly || tableFragment;
    // One of the paper's tables on its own: its caption is its title, so no title block.
    boolean titled = !onlyTable && !meta.tableAlone();
    Map<String, Block.Footnote> footnotes = new HashMap<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Block.Footnote node) {
            footnotes.put(node.id(), node);
            super.visit(node);
          }
        });
    LatexWriter body = LatexWriter.document();
    LatexVisitor visitor =
        new LatexVisitor(
            body, new LatexVisitor.Context(Map.copyOf(footnotes), !tableFragment), meta.language());
    if (onlyTable) {
      visitor.table(firstTable(document));
    } else {
      if (titled && !meta.sourceLine().isEmpty()) {
        // What the briefing is made from, under the title block.
        visitor.blocks(List.of(new Block.Paragraph(meta.sourceLine())));
      }
      visitor.blocks(document.blocks());
    }
    body.line();
    if (tableFragment) {
      return "% Table from Briefing. Needs \\usepackage{array,longtable,booktabs} in the preamble.\n"
          + body.result();
    }
    StringBuilder title = new StringBuilder();
    if (titled) {
      Labels labels = Labels.of(meta.language());
      titleBlock(
          title,
          meta,
          visitor.inline(meta.titleText()),
          visitor.inline(meta.subtitleText()),
          visitor.inline(meta.seriesLine(labels)),
          visitor.inline(meta.audienceLine(labels)));
    }
    String text = title + body.result();
    StringBuilder b = new StringBuilder();
    preamble(b, meta, languages(document), text, hasParallel(document));
    b.append("\\begin{document}\n");
    b.append(Fonts.withFallback(text));
    b.append("\\end{document}\n");
    return b.toString();
  }

  private static Block.Table firstTable(Document document) {
    return document.blocks().stream()
        .filter(Block.Table.class::isInstance)
        .map(Block.Table.class::cast)
        .findFirst()
        .orElseThrow(
            () ->
                new UnsupportedContentException(
                    "the document '" + document.meta().id() + "' has no table to write alone"));
  }

  /** The languages of the document, the main language last (babel's main language). */
  private static Set<Language> languages(Document document) {
    Set<Language> used = new LinkedHashSet<>();
    document.meta().secondLanguage().ifPresent(used::add);
    AbstractVisitor spans =
        new AbstractVisitor() {
          @Override
          public void visit(Inline.LangSpan node) {
            used.add(node.language());
            super.visit(node);
          }
        };
    document.meta().titleText().forEach(i -> i.accept(spans));
    document.meta().subtitleText().forEach(i -> i.accept(spans));
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Block.Part node) {
            used.add(node.language());
            super.visit(node);
          }

          @Override
          public void visit(Block.Parallel node) {
            used.add(node.left());
            used.add(node.right());
            super.visit(node);
          }

          @Override
          public void visit(Inline.LangSpan node) {
            used.add(node.language());
            super.visit(node);
          }
        });
    used.remove(document.meta().language());
    used.add(document.meta().language());
    return used;
  }

  private static boolean hasParallel(Document document) {
    boolean[] found = {false};
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Block.Parallel node) {
            found[0] = true;
          }
        });
    return found[0];
  }

  private void preamble(
      StringBuilder b, Meta meta, Set<Language> languages, String text, boolean parallel) {
    String paper = meta.pageSize() == PageSize.LETTER ? "letterpaper" : "a4paper";
    b.append("% Written by Briefing. Compile with xelatex (recommended) or pdflatex.\n");
    b.append("\\documentclass[11pt,").append(paper).append("]{article}\n");
    b.append("\\usepackage{iftex}\n");
    b.append("\\ifPDFTeX\n");
    b.append("  \\usepackage[T1]{fontenc}\n");
    b.append("  \\usepackage[utf8]{inputenc}\n");
    b.append("  \\usepackage{lmodern}\n");
    b.append(Fonts.pdfTexErrors(text));
    b.append("\\else\n");
    b.append("  \\usepackage{fontspec}\n");
    b.append(Fonts.fontspec(mainFont));
    b.append("\\fi\n");
    Language main = meta.language();
    String others =
        languages.stream()
            .filter(l -> l != main)
            .map(l -> LatexVisitor.babel(l) + ",")
            .collect(Collectors.joining());
    b.append("\\usepackage[")
        .append(others)
        .append("main=")
        .append(LatexVisitor.babel(main))
        .append("]{babel}\n");
    // The head and foot hold the marking (a TLP label or a short text: one 12 pt line); a long
    // free text's lines at 9 pt are made room for inside the 25 mm margins (includeheadfoot).
    int lines = meta.marking().map(LatexRenderer::markingLines).orElse(0);
    b.append("\\usepackage[margin=25mm,")
        .append(
            meta.marking().isEmpty()
                ? "headheight=16pt"
                : lines == 0
                    ? "headheight=18pt"
                    : "headheight="
                        + (11 * lines + 4)
                        + "pt,footskip="
                        + (11 * lines + 14)
                        + "pt,includeheadfoot")
        .append("]{geometry}\n");
    b.append("\\usepackage{array,longtable,booktabs,tabularx}\n");
    // Looser lines rather than a line past the margin where a long word or address has no break.
    b.append("\\setlength{\\emergencystretch}{3em}\n");
    if (parallel) {
      b.append("\\usepackage{paracol}\n\\setlength{\\columnsep}{1.5em}\n");
    }
    b.append("\\usepackage{xcolor}\n");
    b.append("\\usepackage{fancyhdr}\n");
    b.append("\\usepackage[hidelinks,bookmarksopen]{hyperref}\n");
    b.append("\\hypersetup{pdftitle={")
        .append(LatexWriter.escape(meta.title()))
        .append("},pdfauthor={")
        .append(LatexWriter.escape(String.join(", ", meta.authors())))
        .append("},pdflang={")
        .append(main.code())
        .append("}}\n");
    b.append("\\setlength{\\LTcapwidth}{\\linewidth}\n");
    // Wide fonts (DejaVu) and long compounds: let TeX stretch a line rather than overrun it.
    b.append("\\setlength{\\emergencystretch}{3em}\n");
    b.append("\\setlength{\\parindent}{0pt}\n");
    b.append("\\setlength{\\parskip}{0.6\\baselineskip}\n");
    b.append("\\pagestyle{fancy}\n\\fancyhf{}\n\\renewcommand{\\headrulewidth}{0pt}\n");
    // A marking stands right in the head and the foot of every page at 12 pt, as TLP 2.0 asks
    // (and as the PDF and Word outputs have it); the page number then moves to the foot's left.
    meta.marking()
        .ifPresentOrElse(
            m ->
                b.append("\\fancyhead[R]{")
                    .append(marking(m))
                    .append("}\n\\fancyfoot[R]{")
                    .append(marking(m))
                    .append("}\n\\fancyfoot[L]{\\thepage}\n"),
            () -> b.append("\\fancyfoot[C]{\\thepage}\n"));
  }

  private static String marking(Marking m) {
    String text = LatexWriter.escape(m.text());
    return m.tlp()
        .map(
            t ->
                "\\colorbox{black}{\\textcolor[HTML]{"
                    + t.colour().substring(1)
                    + "}{\\bfseries "
                    + text
                    + "}}")
        .map(marked -> "{\\fontsize{12pt}{14pt}\\selectfont " + marked + "}")
        .orElseGet(
            () ->
                markingLines(m) == 0
                    ? "{\\fontsize{12pt}{14pt}\\selectfont\\bfseries " + text + "}"
                    : "\\parbox[b]{0.6\\textwidth}{\\raggedleft\\fontsize{9pt}{11pt}\\selectfont"
                        + "\\bfseries "
                        + text
                        + "}");
  }

  /**
   * 0 for a marking set on one line at 12 pt (a TLP label, or a free text of up to {@value
   * #MARKING_ONE_LINE} characters); else the lines of the free text at 9 pt in its box, estimated
   * generously.
   */
  private static int markingLines(Marking m) {
    int length = m.text().codePointCount(0, m.text().length());
    return m.tlp().isPresent() || length <= MARKING_ONE_LINE ? 0 : (length + 49) / 50;
  }

  /** A free-text marking longer than this is set at 9 pt, as in the PDF and the printed page. */
  private static final int MARKING_ONE_LINE = 40;

  /**
   * The title block, holding what the HTML masthead holds in its order: the organisation's name,
   * the series line, the title, the subtitle, authors and date, and "Prepared for" the audience,
   * labelled in the briefing's language. The title, subtitle, series and audience lines come as
   * LaTeX, each part in its language; the rest is escaped here.
   */
  private static void titleBlock(
      StringBuilder b, Meta meta, String title, String subtitle, String series, String audience) {
    b.append("\\begin{center}\n");
    meta.branding()
        .map(Branding::name)
        .filter(name -> !name.isBlank())
        .ifPresent(
            name ->
                b.append("{\\large\\bfseries ")
                    .append(LatexWriter.escape(name))
                    .append("\\par}\n"));
    if (!series.isBlank()) {
      b.append(series).append("\\par\n");
    }
    if (meta.branding().isPresent() || !series.isBlank()) {
      b.append("\\medskip\n");
    }
    b.append("{\\LARGE\\bfseries ").append(title).append("\\par}\n");
    if (!subtitle.isEmpty()) {
      b.append("\\medskip\n{\\large ").append(subtitle).append("\\par}\n");
    }
    if (!meta.authors().isEmpty()) {
      b.append("\\medskip\n")
          .append(LatexWriter.escape(String.join(", ", meta.authors())))
          .append("\\par\n");
    }
    if (!meta.date().isEmpty()) {
      b.append(LatexWriter.escape(meta.date())).append("\\par\n");
    }
    if (!audience.isBlank()) {
      b.append("\\medskip\n").append(audience).append("\\par\n");
    }
    b.append("\\end{center}\n\n");
  }

  /** Configures a {@link LatexRenderer}. Not thread-safe; the renderer it builds is. */
  public static final class Builder {
    private boolean tableOnly;
    private boolean tableFragment;
    private Optional<String> mainFont = Optional.empty();

    private Builder() {}

    /**
     * Writes a standalone document holding only the document's first table (default false; a
     * document that holds nothing but a table is written this way anyway).
     */
    public Builder tableOnly(boolean tableOnly) {
      this.tableOnly = tableOnly;
      return this;
    }

    /** Writes only the first table's longtable and notes, with no preamble (default false). */
    public Builder tableFragment(boolean tableFragment) {
      this.tableFragment = tableFragment;
      return this;
    }

    /**
     * The main font under xelatex, by its system name (such as "DejaVu Serif"); by default
     * fontspec's Latin Modern, which covers Polish and Lithuanian.
     */
    public Builder mainFont(String fontName) {
      this.mainFont = Optional.of(fontName);
      return this;
    }

    public LatexRenderer build() {
      return new LatexRenderer(this);
    }
  }
}
