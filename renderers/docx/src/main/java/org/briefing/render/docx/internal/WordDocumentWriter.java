package org.briefing.render.docx.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFFootnotes;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.briefing.document.AbstractVisitor;
import org.briefing.document.Block;
import org.briefing.document.Branding;
import org.briefing.document.Document;
import org.briefing.document.Inline;
import org.briefing.document.Marking;
import org.briefing.document.Meta;
import org.briefing.document.Visitor;
import org.briefing.i18n.Labels;
import org.briefing.i18n.Language;
import org.briefing.render.PictureProblem;
import org.briefing.render.UnsupportedContentException;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdnRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPBdr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSettings;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLook;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STSectionMark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * Writes one {@link Document} as a Word package: the per-render state of {@link
 * org.briefing.render.docx.DocxRenderer}. It walks the document model as a {@link Visitor}, adding
 * paragraphs, runs and tables to the current container (the body, a table cell, a footnote).
 */
public final class WordDocumentWriter implements Visitor {
  /** Twips (1/20 point) in a centimetre, rounded. */
  private static final int CM = 567;

  private static final int MARGIN = 2 * CM;

  /**
   * A free-text marking up to this long stands at 12 pt in the header and footer, a longer one at 9
   * pt (as in the HTML and PDF).
   */
  private static final int MARKING_LARGE_UP_TO = 40;

  private static final long EMU_PER_TWIP = 635;

  /** Word bookmark and relationship ids, and the XML 1.0 characters a part may hold. */
  private static final Pattern XML_ILLEGAL =
      Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

  private static final String STYLES = resource("styles.xml");
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private final Document document;
  private final Meta meta;
  private final XWPFDocument docx;
  private final int pageWidth;
  private final int pageHeight;
  private final int textWidth;
  private final String accent;
  private final Deque<Language> languages = new ArrayDeque<>();
  private final Deque<Body> bodies = new ArrayDeque<>();
  private final Deque<Look> looks = new ArrayDeque<>();
  private final Bookmarks bookmarks = new Bookmarks();
  private final Map<String, Block.Footnote> footnoteBlocks = new HashMap<>();
  private final Map<String, Language> footnoteLanguages = new HashMap<>();
  private final Map<String, Integer> noteRefsOutsideNotes = new HashMap<>();
  private final Map<String, String> emittedNotes = new HashMap<>();
  private final List<OrderedList> orderedLists = new ArrayList<>();

  private XWPFFootnotes footnotes;
  private XWPFParagraph paragraph;
  private CTHyperlink hyperlink;
  private String paragraphStyle;
  private int bold;
  private int italic;
  private int listLevel = -1;
  private int headingShift;
  private boolean inFootnote;
  private int nextBookmarkId;
  private int nextFootnoteId = 1;
  private int autoFootnoteNumber;
  private int pictures;

  /** A container of block content: the body, a table cell, a footnote, a header or footer. */
  private record Body(IBody owner, XmlObject content) {
    CTP addNewP() {
      if (content instanceof CTBody b) {
        return b.addNewP();
      }
      if (content instanceof CTTc c) {
        return c.addNewP();
      }
      if (content instanceof CTFtnEdn f) {
        return f.addNewP();
      }
      return ((CTHdrFtr) content).addNewP();
    }

    CTTbl addNewTbl() {
      if (content instanceof CTBody b) {
        return b.addNewTbl();
      }
      if (content instanceof CTTc c) {
        return c.addNewTbl();
      }
      if (content instanceof CTFtnEdn f) {
        return f.addNewTbl();
      }
      return ((CTHdrFtr) content).addNewTbl();
    }
  }

  /** The box of a callout: its shading and the colour of its left rule. */
  private record Look(String fill, String rule) {}

  /** An ordered list's numbering instance, restarting at 1 on its level. */
  private record OrderedList(int numId, int level) {}

  private WordDocumentWriter(Document document) {
    this.document = document;
    this.meta = document.meta();
    this.docx = new XWPFDocument();
    switch (meta.pageSize()) {
      case LETTER -> {
        pageWidth = 12240;
        pageHeight = 15840;
      }
      default -> {
        pageWidth = 11906;
        pageHeight = 16838;
      }
    }
    this.textWidth = pageWidth - 2 * MARGIN;
    this.accent =
        meta.branding().flatMap(Branding::accent).map(WordDocumentWriter::hex).orElse("0B5394");
    languages.push(meta.language());
    bodies.push(new Body(docx, docx.getDocument().getBody()));
  }

  /**
   * Writes a document as DOCX bytes.
   *
   * @throws UnsupportedContentException for content a Word file cannot hold
   */
  public static void write(Document document, OutputStream out) throws IOException {
    WordDocumentWriter w = new WordDocumentWriter(document);
    try (XWPFDocument docx = w.docx) {
      w.writeDocument();
      ByteArrayOutputStream raw = new ByteArrayOutputStream(64 * 1024);
      docx.write(raw);
      out.write(ReproducibleZip.withFixedTimes(raw.toByteArray(), document.meta().created()));
    }
  }

  // The package

  private void writeDocument() throws IOException {
    collect();
    styles();
    properties();
    pageSetUp();
    headerAndFooter();
    titleBlock();
    for (Block b : document.blocks()) {
      b.accept(this);
    }
    numbering();
    settings();
  }

  /** Finds the footnotes, the notes' references and every id a link may point to. */
  private void collect() {
    Deque<Language> langs = new ArrayDeque<>();
    langs.push(meta.language());
    int[] noteDepth = {0};
    Visitor collector =
        new AbstractVisitor() {
          @Override
          public void visit(Block.Heading node) {
            bookmarks.register(node.id());
            super.visit(node);
          }

          @Override
          public void visit(Block.Table node) {
            bookmarks.register(node.id());
            super.visit(node);
          }

          @Override
          public void visit(Block.Figure node) {
            bookmarks.register(node.id());
            super.visit(node);
          }

          @Override
          public void visit(Block.Image node) {
            bookmarks.register(node.id());
            super.visit(node);
          }

          @Override
          public void visit(Block.Part node) {
            bookmarks.register(node.id());
            langs.push(node.language());
            super.visit(node);
            langs.pop();
          }

          @Override
          public void visit(Block.Parallel node) {
            for (Block.ParallelRow r : node.rows()) {
              langs.push(node.left());
              r.left().forEach(b -> b.accept(this));
              langs.pop();
              langs.push(node.right());
              r.right().forEach(b -> b.accept(this));
              langs.pop();
            }
          }

          @Override
          public void visit(Block.Footnote node) {
            footnoteBlocks.putIfAbsent(node.id(), node);
            footnoteLanguages.putIfAbsent(node.id(), langs.peek());
            noteDepth[0]++;
            super.visit(node);
            noteDepth[0]--;
          }

          @Override
          public void visit(Inline.NoteRef node) {
            if (noteDepth[0] == 0) {
              noteRefsOutsideNotes.merge(node.id(), 1, Integer::sum);
            }
          }

          @Override
          public void visit(Inline.Anchor node) {
            bookmarks.register(node.id());
          }
        };
    document.accept(collector);
  }

  private void styles() {
    String xml =
        STYLES
            .replace("@LANG@", WordLanguage.tag(meta.language()))
            .replace("@HEADING@", headingColour(accent))
            .replace("@ACCENT@", accent)
            .replace("@RIGHT_TAB@", Integer.toString(textWidth));
    try {
      CTStyles styles = StylesDocument.Factory.parse(xml).getStyles();
      docx.createStyles().setStyles(styles);
    } catch (XmlException e) {
      throw new IllegalStateException("the renderer's styles.xml does not parse", e);
    }
  }

  private void properties() {
    POIXMLProperties.CoreProperties core = docx.getProperties().getCoreProperties();
    Date created = Date.from(meta.created());
    core.setCreated(Optional.of(created));
    core.setModified(Optional.of(created));
    core.setTitle(clean(meta.title()));
    core.setCreator(clean(String.join("; ", meta.metadataAuthors())));
    if (!meta.subject().isBlank()) {
      core.setSubjectProperty(clean(meta.subject()));
    }
    if (!meta.keywords().isEmpty()) {
      core.setKeywords(clean(String.join(", ", meta.keywords())));
    }
    core.getUnderlyingProperties().setLanguageProperty(WordLanguage.tag(meta.language()));
    docx.getProperties().getExtendedProperties().setApplication("Briefing");
  }

  /**
   * settings.xml, written last: the default tab stop, the footnote separators (when there are
   * footnotes) and Word 2013+ layout, so Word does not open the file in compatibility mode.
   */
  private void settings() {
    String w = "xmlns:w=\"" + W + "\"";
    CTSettings s = docx.getSettings().getCTSettings();
    append(s, "<w:defaultTabStop " + w + " w:val=\"709\"/>");
    if (footnotes != null) {
      append(
          s,
          "<w:footnotePr "
              + w
              + "><w:footnote w:id=\"-1\"/><w:footnote w:id=\"0\"/></w:footnotePr>");
    }
    append(
        s,
        "<w:compat "
            + w
            + "><w:compatSetting w:name=\"compatibilityMode\""
            + " w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>");
  }

  /** Appends an XML element, given as text, at the end of an element. */
  private static void append(XmlObject parent, String element) {
    try {
      XmlObject fragment = XmlObject.Factory.parse(element);
      try (XmlCursor from = fragment.newCursor();
          XmlCursor to = parent.newCursor()) {
        from.toFirstChild();
        to.toEndToken();
        from.copyXml(to);
      }
    } catch (XmlException e) {
      throw new IllegalStateException("bad settings element: " + element, e);
    }
  }

  private void pageSetUp() {
    CTSectPr sect = bodySection();
    CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
    size.setW(BigInteger.valueOf(pageWidth));
    size.setH(BigInteger.valueOf(pageHeight));
    size.setOrient(STPageOrientation.PORTRAIT);
    CTPageMar margin = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
    margin.setTop(BigInteger.valueOf(MARGIN));
    margin.setBottom(BigInteger.valueOf(MARGIN));
    margin.setLeft(BigInteger.valueOf(MARGIN));
    margin.setRight(BigInteger.valueOf(MARGIN));
    margin.setHeader(BigInteger.valueOf(CM));
    margin.setFooter(BigInteger.valueOf(CM));
    margin.setGutter(BigInteger.ZERO);
  }

  private CTSectPr bodySection() {
    CTBody body = docx.getDocument().getBody();
    return body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
  }

  /**
   * The running header (title, then the marking) and footer ("Page 1 of 3", then the marking): the
   * marking is the outermost line of each, right-justified, at 12 pt (TLP 2.0), a free text over
   * {@value #MARKING_LARGE_UP_TO} characters at 9 pt.
   */
  private void headerAndFooter() {
    XWPFHeader header = docx.createHeader(HeaderFooterType.DEFAULT);
    bodies.push(new Body(header, header._getHdrFtr()));
    paragraph = firstParagraph(header._getHdrFtr(), header, "Header");
    meta.marking()
        .ifPresent(
            m -> {
              runningMarking(m);
              paragraph = newParagraph("Header");
            });
    text(meta.title());
    bodies.pop();

    XWPFFooter footer = docx.createFooter(HeaderFooterType.DEFAULT);
    bodies.push(new Body(footer, footer._getHdrFtr()));
    paragraph = firstParagraph(footer._getHdrFtr(), footer, "Footer");
    meta.branding().filter(b -> !b.name().isBlank()).ifPresent(b -> text(b.name()));
    newRun().addTab();
    String label = labels().get("page", "\uE000", "\uE001");
    int a = label.indexOf('\uE000');
    int b = label.indexOf('\uE001');
    if (a < 0 || b < a) {
      throw new IllegalStateException("label 'page' must hold {0} before {1}: " + label);
    }
    text(label.substring(0, a));
    field("PAGE");
    text(label.substring(a + 1, b));
    field("NUMPAGES");
    text(label.substring(b + 1));
    meta.marking()
        .ifPresent(
            m -> {
              paragraph = newParagraph("Footer");
              runningMarking(m);
            });
    bodies.pop();
    dropEmptyParagraphs(header._getHdrFtr());
    dropEmptyParagraphs(footer._getHdrFtr());
    paragraph = null;
  }

  /** Removes the empty paragraphs the library adds after the first one. */
  private static void dropEmptyParagraphs(CTHdrFtr content) {
    for (int i = content.sizeOfPArray() - 1; i > 0; i--) {
      CTP p = content.getPArray(i);
      if (p.sizeOfRArray() == 0 && p.sizeOfFldSimpleArray() == 0) {
        content.removeP(i);
      }
    }
  }

  private XWPFParagraph firstParagraph(CTHdrFtr content, IBody owner, String style) {
    CTP p = content.sizeOfPArray() > 0 ? content.getPArray(0) : content.addNewP();
    XWPFParagraph para = new XWPFParagraph(p, owner);
    para.setStyle(style);
    return para;
  }

  private void field(String instruction) {
    CTSimpleField f = paragraph.getCTP().addNewFldSimple();
    f.setInstr(" " + instruction + " ");
    CTR r = f.addNewR();
    r.addNewRPr().addNewLang().setVal(WordLanguage.tag(language()));
    r.addNewT().setStringValue("1");
  }

  /** The marking, right-justified in its own paragraph of the header or footer. */
  private void runningMarking(Marking m) {
    paragraph.setAlignment(ParagraphAlignment.RIGHT);
    int length = m.text().codePointCount(0, m.text().length());
    marking(m, m.tlp().isPresent() || length <= MARKING_LARGE_UP_TO ? 24 : 18);
  }

  /** The marking as a run: a TLP label in its colour on black, free text in bold. */
  private void marking(Marking m) {
    marking(m, 0);
  }

  /** The same, at a size in half-points (0: the paragraph's). */
  private void marking(Marking m, int halfPoints) {
    Optional<Marking.Tlp> tlp = m.tlp();
    XWPFRun r =
        newRun(
            null,
            run -> {
              // In the order of Word's schema: bold, colour, size, shading.
              run.setBold(true);
              if (tlp.isPresent()) {
                run.setColor(hex(tlp.get().colour()));
              } else if (halfPoints > 0) {
                run.setColor("000000"); // not the header's grey
              }
              if (halfPoints > 0) {
                run.setFontSize(halfPoints / 2.0);
                run.getCTR().getRPr().addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
              }
              tlp.ifPresent(
                  t -> {
                    CTShd shd = run.getCTR().getRPr().addNewShd();
                    shd.setVal(STShd.CLEAR);
                    shd.setColor("auto");
                    shd.setFill("000000");
                  });
            });
    r.setText(clean(tlp.map(t -> " " + t.label() + " ").orElse(m.text())));
  }

  private void titleBlock() {
    meta.marking()
        .ifPresent(
            m -> {
              paragraph = newParagraph("Marking");
              marking(m);
            });
    meta.branding().ifPresent(this::brand);
    List<Inline> series = meta.seriesLine(labels());
    if (!series.isEmpty()) {
      paragraph = newParagraph("TitleBlock");
      inlines(series);
    }
    paragraph = newParagraph("Title");
    placeBookmark("title");
    inlines(meta.titleText());
    if (!meta.subtitleText().isEmpty()) {
      paragraph = newParagraph("Subtitle");
      inlines(meta.subtitleText());
    }
    if (!meta.authors().isEmpty() || !meta.date().isBlank()) {
      paragraph = newParagraph("TitleBlock");
      text(String.join(", ", meta.authors()));
      if (!meta.authors().isEmpty() && !meta.date().isBlank()) {
        newRun().addBreak();
      }
      text(meta.date());
    }
    if (!meta.audience().isBlank()) {
      paragraph = newParagraph("TitleBlock");
      inlines(meta.audienceLine(labels()));
    }
    if (!meta.sourceLine().isEmpty()) {
      paragraph = newParagraph("Source");
      inlines(meta.sourceLine());
    }
    paragraph = null;
  }

  private void brand(Branding b) {
    if (b.logo().isPresent()) {
      Branding.Logo logo = b.logo().get();
      paragraph = newParagraph("TitleBlock");
      try {
        picture(
            logo.bytes(),
            logo.mediaType(),
            labels().get("logo", b.name()),
            b.name(),
            (long) 4 * CM * EMU_PER_TWIP);
      } catch (UnsupportedContentException e) {
        throw PictureProblem.ofLogo(logo, e.getMessage());
      }
    }
    if (!b.name().isBlank()) {
      paragraph = newParagraph("TitleBlock");
      bold++;
      text(b.name());
      bold--;
    }
  }

  /**
   * numbering.xml: bullets and numbers on nine levels, one restarting instance per ordered list.
   */
  private void numbering() {
    if (orderedLists.isEmpty() && !usedBullets) {
      return;
    }
    StringBuilder x = new StringBuilder();
    x.append(
        "<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
    String[] bullets = {"\u2022", "\u25E6", "\u25AA"};
    for (int kind = 0; kind < 2; kind++) {
      x.append("<w:abstractNum w:abstractNumId=\"").append(kind).append("\">");
      x.append("<w:multiLevelType w:val=\"multilevel\"/>");
      for (int level = 0; level < 9; level++) {
        x.append("<w:lvl w:ilvl=\"").append(level).append("\"><w:start w:val=\"1\"/>");
        if (kind == 0) {
          x.append("<w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"")
              .append(bullets[level % bullets.length])
              .append("\"/>");
        } else {
          x.append("<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%")
              .append(level + 1)
              .append(".\"/>");
        }
        x.append("<w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"")
            .append(indent(level))
            .append("\" w:hanging=\"340\"/></w:pPr></w:lvl>");
      }
      x.append("</w:abstractNum>");
    }
    x.append("<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>");
    for (OrderedList l : orderedLists) {
      x.append("<w:num w:numId=\"")
          .append(l.numId())
          .append("\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"")
          .append(l.level())
          .append("\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>");
    }
    x.append("</w:numbering>");
    try {
      docx.createNumbering()
          .setNumbering(NumberingDocument.Factory.parse(x.toString()).getNumbering());
    } catch (XmlException e) {
      throw new IllegalStateException("numbering definitions do not parse", e);
    }
  }

  private boolean usedBullets;

  private static int indent(int level) {
    return 397 + level * 397;
  }

  // Containers, paragraphs and runs

  private Language language() {
    return languages.peek();
  }

  /** The labels of the current language, English where the tool has none for it. */
  private Labels labels() {
    return Labels.available(language()) ? Labels.of(language()) : Labels.of(Language.EN);
  }

  /** A new paragraph at the end of the current container, in a style (null: Normal). */
  private XWPFParagraph newParagraph(String style) {
    Body body = bodies.peek();
    XWPFParagraph p = new XWPFParagraph(body.addNewP(), body.owner());
    if (style != null) {
      p.setStyle(style);
    }
    CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    Look look = looks.peek();
    if (look != null) {
      CTPBdr borders = ppr.addNewPBdr();
      CTBorder left = borders.addNewLeft();
      left.setVal(STBorder.SINGLE);
      left.setSz(BigInteger.valueOf(24));
      left.setSpace(BigInteger.valueOf(8));
      left.setColor(look.rule());
      CTShd shd = ppr.addNewShd();
      shd.setVal(STShd.CLEAR);
      shd.setColor("auto");
      shd.setFill(look.fill());
    }
    // The paragraph mark's language, so that an empty paragraph is in the right language too.
    ppr.addNewRPr().addNewLang().setVal(WordLanguage.tag(language()));
    return p;
  }

  /** A new run in the current paragraph (inside the current link, if any), in the language. */
  private XWPFRun newRun() {
    return newRun(null, null);
  }

  private XWPFRun newRun(String characterStyle) {
    return newRun(characterStyle, null);
  }

  /**
   * A new run: its character style, bold and italic from the surrounding inlines, {@code more}
   * properties, then its language — in the order Word's schema lists run properties.
   */
  private XWPFRun newRun(String characterStyle, Consumer<XWPFRun> more) {
    XWPFRun r;
    if (hyperlink != null) {
      r = new XWPFHyperlinkRun(hyperlink, hyperlink.addNewR(), paragraph);
    } else {
      r = paragraph.createRun();
    }
    if (characterStyle != null) {
      r.setStyle(characterStyle);
    } else if (hyperlink != null) {
      r.setStyle("Hyperlink");
    }
    if (bold > 0) {
      r.setBold(true);
    }
    if (italic > 0) {
      r.setItalic(true);
    }
    if (more != null) {
      more.accept(r);
    }
    r.setLang(WordLanguage.tag(language()));
    return r;
  }

  /** Text as a run; line ends become spaces, as in every other format. */
  private void text(String text) {
    if (text == null || text.isEmpty()) {
      return;
    }
    newRun().setText(clean(text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ')));
  }

  /** The text, or an error when it holds a character an XML part cannot hold. */
  static String clean(String text) {
    var m = XML_ILLEGAL.matcher(text);
    if (m.find()) {
      int c = text.codePointAt(m.start());
      throw new UnsupportedContentException(
          String.format(
              Locale.ROOT,
              "text holds the character U+%04X, which a Word document cannot hold: \"%s\"",
              c,
              abbreviate(text)));
    }
    return text;
  }

  private static String abbreviate(String text) {
    String t = XML_ILLEGAL.matcher(text).replaceAll("?");
    return t.length() > 60 ? t.substring(0, 57) + "…" : t;
  }

  private void inlines(List<Inline> content) {
    for (Inline i : content) {
      i.accept(this);
    }
  }

  private void blocks(List<Block> content) {
    for (Block b : content) {
      b.accept(this);
    }
  }

  /** A bookmark around nothing at the current place, if the id is a link target not yet placed. */
  private void placeBookmark(String id) {
    bookmarks.register(id);
    bookmarks.place(id).ifPresent(this::bookmarkHere);
  }

  private void bookmarkHere(String name) {
    BigInteger id = BigInteger.valueOf(nextBookmarkId++);
    CTBookmark start = paragraph.getCTP().addNewBookmarkStart();
    start.setId(id);
    start.setName(name);
    paragraph.getCTP().addNewBookmarkEnd().setId(id);
  }

  // Blocks

  @Override
  public void visit(Block.Heading node) {
    int level = Math.max(1, Math.min(3, node.level() - 1 + headingShift));
    paragraph = newParagraph("Heading" + level);
    placeBookmark(node.id());
    inlines(node.content());
    paragraph = null;
  }

  @Override
  public void visit(Block.Paragraph node) {
    paragraph = newParagraph(paragraphStyle);
    inlines(node.content());
    paragraph = null;
  }

  @Override
  public void visit(Block.ListBlock node) {
    int level = Math.min(8, listLevel + 1);
    int numId;
    if (node.ordered()) {
      numId = 2 + orderedLists.size();
      orderedLists.add(new OrderedList(numId, level));
    } else {
      numId = 1;
      usedBullets = true;
    }
    int savedLevel = listLevel;
    String savedStyle = paragraphStyle;
    listLevel = level;
    for (List<Block> item : node.items()) {
      paragraph = newParagraph(node.ordered() ? "ListNumber" : "ListBullet");
      paragraph.setNumID(BigInteger.valueOf(numId));
      paragraph.setNumILvl(BigInteger.valueOf(level));
      int start = 0;
      if (!item.isEmpty() && item.get(0) instanceof Block.Paragraph first) {
        inlines(first.content());
        start = 1;
      }
      paragraph = null;
      paragraphStyle = "ListContinue";
      for (Block b : item.subList(start, item.size())) {
        if (b instanceof Block.Paragraph p) {
          paragraph = newParagraph("ListContinue");
          paragraph.setIndentationLeft(indent(level));
          inlines(p.content());
          paragraph = null;
        } else {
          b.accept(this);
        }
      }
      paragraphStyle = savedStyle;
    }
    listLevel = savedLevel;
  }

  @Override
  public void visit(Block.Table node) {
    if (!node.caption().isEmpty() || (node.id() != null && !node.id().isBlank())) {
      paragraph = newParagraph("Caption");
      placeBookmark(node.id());
      inlines(node.caption());
      paragraph = null;
    }
    table(node.head(), node.body(), "BriefingTable");
    String saved = paragraphStyle;
    paragraphStyle = "Source";
    blocks(node.notes());
    paragraphStyle = saved;
  }

  /** A Word table: head rows repeat on every page; header cells and row headers are bold. */
  private void table(List<Block.Row> head, List<Block.Row> body, String style) {
    int columns = 0;
    for (Block.Row r : head) {
      columns = Math.max(columns, r.cells().size());
    }
    for (Block.Row r : body) {
      columns = Math.max(columns, r.cells().size());
    }
    if (columns == 0) {
      return;
    }
    Body container = bodies.peek();
    CTTbl tbl = container.addNewTbl();
    CTTblPr pr = tbl.addNewTblPr();
    pr.addNewTblStyle().setVal(style);
    CTTblWidth width = pr.addNewTblW();
    width.setType(STTblWidth.PCT);
    width.setW(BigInteger.valueOf(5000));
    CTTblLook look = pr.addNewTblLook();
    look.setFirstRow(Boolean.TRUE);
    look.setNoVBand(Boolean.TRUE);
    CTTblGrid grid = tbl.addNewTblGrid();
    int cellWidth = textWidth / columns;
    for (int i = 0; i < columns; i++) {
      grid.addNewGridCol().setW(BigInteger.valueOf(cellWidth));
    }
    XWPFTable table = new XWPFTable(tbl, container.owner(), false);
    for (Block.Row r : head) {
      row(table, tbl, r, columns, cellWidth, true);
    }
    for (Block.Row r : body) {
      row(table, tbl, r, columns, cellWidth, false);
    }
    if (container.content() instanceof CTTc) {
      // A cell ends with a paragraph.
      container.addNewP();
    }
  }

  private void row(
      XWPFTable table, CTTbl tbl, Block.Row r, int columns, int cellWidth, boolean headRow) {
    CTRow tr = tbl.addNewTr();
    XWPFTableRow row = new XWPFTableRow(tr, table);
    if (headRow) {
      CTTrPr trPr = tr.isSetTrPr() ? tr.getTrPr() : tr.addNewTrPr();
      trPr.addNewTblHeader();
      trPr.addNewCantSplit();
    }
    for (int i = 0; i < columns; i++) {
      Block.Cell cell = i < r.cells().size() ? r.cells().get(i) : null;
      CTTc tc = tr.addNewTc();
      CTTcPr tcPr = tc.addNewTcPr();
      CTTblWidth w = tcPr.addNewTcW();
      w.setType(STTblWidth.DXA);
      w.setW(BigInteger.valueOf(cellWidth));
      tcPr.addNewVAlign().setVal(STVerticalJc.TOP);
      XWPFTableCell xc = new XWPFTableCell(tc, row, table.getBody());
      boolean header = headRow || (cell != null && cell.header());
      cell(
          xc, tc, cell == null ? List.of() : cell.content(), header ? "TableHeading" : "TableText");
    }
  }

  /** Fills a cell with blocks; a cell holds at least one paragraph and ends with one. */
  private void cell(XWPFTableCell xc, CTTc tc, List<Block> content, String style) {
    bodies.push(new Body(xc, tc));
    String saved = paragraphStyle;
    int savedList = listLevel;
    listLevel = -1;
    paragraphStyle = style;
    Deque<Look> savedLooks = new ArrayDeque<>(looks);
    looks.clear();
    blocks(content);
    looks.addAll(savedLooks);
    paragraphStyle = saved;
    listLevel = savedList;
    bodies.pop();
    if (tc.sizeOfPArray() == 0 && tc.sizeOfTblArray() == 0) {
      XWPFParagraph p = new XWPFParagraph(tc.addNewP(), xc);
      p.setStyle(style);
    }
  }

  @Override
  public void visit(Block.Figure node) {
    figureCaption(node.id(), node.caption());
    Block.Chart chart = node.chart();
    if (chart.categories().isEmpty() || inFootnote) {
      paragraph = newParagraph(paragraphStyle);
      inlines(node.alt().content());
      paragraph = null;
    } else {
      ChartPicture.Png png = ChartPicture.draw(chart, "#" + accent, language());
      paragraph = newParagraph("Figure");
      try {
        picture(
            png.bytes(),
            "image/png",
            node.alt(),
            plain(node.caption()),
            (long) Math.min(textWidth, ChartPicture.WIDTH * 20) * EMU_PER_TWIP);
      } catch (UnsupportedContentException e) {
        throw new UnsupportedContentException("the picture of a chart " + e.getMessage());
      }
      paragraph = null;
      chartData(chart);
    }
    source(node.source());
  }

  private void figureCaption(String id, List<Inline> caption) {
    if (!caption.isEmpty() || (id != null && !id.isBlank())) {
      paragraph = newParagraph("Caption");
      placeBookmark(id);
      inlines(caption);
      paragraph = null;
    }
  }

  private void source(List<Inline> source) {
    if (!source.isEmpty()) {
      paragraph = newParagraph("Source");
      inlines(source);
      paragraph = null;
    }
  }

  /** A chart's numbers as a table: one row per category, one column per series. */
  private void chartData(Block.Chart chart) {
    Labels l = labels();
    List<Block.Cell> head = new ArrayList<>();
    head.add(textCell(true, l.get("chart-item"), false));
    // A name, unit or label in another language (an English one without a translation in a
    // Polish briefing) is a run in that language (w:lang), with a "not yet translated" badge.
    for (Block.Series s : chart.series()) {
      List<Inline> header = chart.seriesHeader(s, l.get("chart-value"), language());
      head.add(new Block.Cell(true, List.of(new Block.Paragraph(header))));
    }
    List<Block.Row> body = new ArrayList<>();
    for (int c = 0; c < chart.categories().size(); c++) {
      boolean highlight = chart.highlighted().get(c);
      List<Block.Cell> cells = new ArrayList<>();
      cells.add(textCell(true, chart.categoryCell(c, language()), highlight));
      for (Block.Series s : chart.series()) {
        cells.add(textCell(false, s.values().get(c).formatted(), highlight));
      }
      body.add(new Block.Row(cells));
    }
    paragraph = newParagraph("Caption");
    text(l.get("chart-data"));
    if (chart.untranslatedThroughout()) {
      text(" ");
      Block.Chart.UNTRANSLATED.accept(this);
    }
    paragraph = null;
    table(List.of(new Block.Row(head)), body, "BriefingTable");
  }

  private static Block.Cell textCell(boolean header, String text, boolean strong) {
    return textCell(header, List.of(new Inline.Text(text)), strong);
  }

  private static Block.Cell textCell(boolean header, List<Inline> t, boolean strong) {
    return new Block.Cell(
        header, List.of(new Block.Paragraph(strong ? List.of(new Inline.Strong(t)) : t)));
  }

  @Override
  public void visit(Block.Image node) {
    figureCaption(node.id(), node.caption());
    paragraph = newParagraph(inFootnote ? paragraphStyle : "Figure");
    if (inFootnote) {
      inlines(node.alt().content());
    } else {
      try {
        picture(
            node.data(),
            node.mediaType(),
            node.alt(),
            plain(node.caption()),
            (long) textWidth * EMU_PER_TWIP);
      } catch (UnsupportedContentException e) {
        throw PictureProblem.of(node, e.getMessage());
      }
    }
    paragraph = null;
    source(node.source());
  }

  /**
   * A picture in the current paragraph, at 96 pixels an inch and at most {@code maxWidth} EMU wide,
   * with its text alternative as the description Word reads out and shows as alt text; the run that
   * holds it is in the language of most of that text (w:lang), as a description has no runs of its
   * own. An SVG is drawn as a PNG at the size it is placed at ({@link SvgPicture}).
   *
   * @throws UnsupportedContentException for a picture Word cannot be given; its message says what
   *     is wrong after the picture's name ({@link PictureProblem})
   */
  private void picture(
      byte[] data, String mediaType, Block.AltText alt, String title, long maxWidth) {
    languages.push(alt.language(language()));
    try {
      picture(data, mediaType, alt.text(), title, maxWidth);
    } finally {
      languages.pop();
    }
  }

  private void picture(byte[] data, String mediaType, String altText, String title, long maxWidth) {
    String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT).strip();
    long maxHeight = (long) (pageHeight - 2 * MARGIN - 2 * CM) * EMU_PER_TWIP;
    if (type.equals("image/svg+xml")) {
      SvgPicture.Drawn png = SvgPicture.draw(data, maxWidth, maxHeight);
      place(png.png(), PictureType.PNG, png.widthEmu(), png.heightEmu(), altText, title);
      return;
    }
    PictureType pictureType =
        switch (type) {
          case "image/png" -> PictureType.PNG;
          case "image/jpeg" -> PictureType.JPEG;
          case "image/gif" -> PictureType.GIF;
          default ->
              throw new UnsupportedContentException(
                  "is of "
                      + (type.isEmpty() ? "no media type" : "type " + type)
                      + ": a Word document here holds PNG, JPEG, GIF or SVG pictures");
        };
    int[] size = PictureSize.of(data, type);
    long[] placed = PictureSize.placed(size[0], size[1], maxWidth, maxHeight);
    place(data, pictureType, placed[0], placed[1], altText, title);
  }

  /** A picture of a type Word holds, {@code width} × {@code height} EMU, in the paragraph. */
  private void place(
      byte[] data, PictureType pictureType, long width, long height, String altText, String title) {
    pictures++;
    XWPFRun run = newRun();
    try (InputStream in = new ByteArrayInputStream(data)) {
      XWPFPicture pic =
          run.addPicture(
              in,
              pictureType,
              "picture-" + pictures,
              (int) Math.max(1, width),
              (int) Math.max(1, height));
      pic.getCTPicture().getNvPicPr().getCNvPr().setDescr(clean(altText));
    } catch (InvalidFormatException e) {
      throw new UnsupportedContentException("is one Word cannot hold: " + e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    CTInline inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
    inline.getDocPr().setDescr(clean(altText));
    inline.getDocPr().setName(clean("Picture " + pictures));
    if (!title.isBlank()) {
      inline.getDocPr().setTitle(clean(title));
    }
  }

  @Override
  public void visit(Block.Callout node) {
    looks.push(look(node.kind()));
    String saved = paragraphStyle;
    if (!node.title().isEmpty()) {
      paragraph = newParagraph("CalloutTitle");
      inlines(node.title());
      paragraph = null;
    }
    paragraphStyle = "Callout";
    blocks(node.content());
    paragraphStyle = saved;
    looks.pop();
    // An empty paragraph after the box keeps the next box's border apart from this one's.
    if (looks.isEmpty()) {
      XWPFParagraph gap = newParagraph(paragraphStyle);
      gap.setSpacingAfter(0);
    }
  }

  private Look look(Block.CalloutKind kind) {
    return switch (kind) {
      case VERDICT -> new Look("E6F2E8", "2E7D32");
      case EDITORIAL -> new Look("E8EFF8", "1F5FA8");
      case DRAFT -> new Look("FFF4D6", "B26A00");
      case WARNING -> new Look("FDE8E8", "B3261E");
      case KEY_POINT -> new Look("EEF2F7", accent);
      case NOTE -> new Look("F2F2F2", "7F7F7F");
    };
  }

  @Override
  public void visit(Block.Quote node) {
    String saved = paragraphStyle;
    paragraphStyle = "Quote";
    blocks(node.content());
    paragraphStyle = saved;
    if (!node.attribution().isEmpty()) {
      paragraph = newParagraph("QuoteAttribution");
      text("\u2014 ");
      inlines(node.attribution());
      paragraph = null;
    }
  }

  @Override
  public void visit(Block.Footnote node) {
    if (noteRefsOutsideNotes.containsKey(node.id()) || inFootnote) {
      return; // a Word footnote, written where it is first referenced
    }
    // A note nothing points to is printed where it stands, with its marker.
    String saved = paragraphStyle;
    paragraphStyle = "FootnoteText";
    List<Block> content = node.content();
    if (!content.isEmpty() && content.get(0) instanceof Block.Paragraph first) {
      paragraph = newParagraph("FootnoteText");
      XWPFRun mark = newRun("FootnoteReference");
      mark.setText(clean(node.marker()));
      text(" ");
      inlines(first.content());
      paragraph = null;
      blocks(content.subList(1, content.size()));
    } else {
      blocks(content);
    }
    paragraphStyle = saved;
  }

  @Override
  public void visit(Block.Code node) {
    paragraph = newParagraph("SourceCode");
    String[] lines = node.text().split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      XWPFRun r = newRun();
      if (i > 0) {
        r.addBreak();
      }
      r.setText(clean(lines[i]));
    }
    paragraph = null;
  }

  @Override
  public void visit(Block.Rule node) {
    newParagraph("HorizontalRule");
  }

  @Override
  public void visit(Block.Part node) {
    boolean topLevel = bodies.size() == 1 && bodies.peek().content() instanceof CTBody;
    if (topLevel) {
      sectionBreak();
    }
    languages.push(node.language());
    int savedShift = headingShift;
    Optional<String> title = node.title().filter(t -> !t.isBlank());
    paragraph = newParagraph("Heading1");
    if (!topLevel) {
      paragraph.setPageBreak(true);
    }
    placeBookmark(node.id());
    title.ifPresent(this::text);
    paragraph = null;
    if (title.isPresent()) {
      headingShift++;
    }
    blocks(node.content());
    headingShift = savedShift;
    languages.pop();
  }

  /**
   * Ends the current section: an empty paragraph holding a copy of the page set-up, so that the
   * next section starts on a new page with the same header and footer.
   */
  private void sectionBreak() {
    XWPFParagraph p = newParagraph(null);
    CTSectPr sect = p.getCTP().getPPr().addNewSectPr();
    sect.set(bodySection());
    (sect.isSetType() ? sect.getType() : sect.addNewType()).setVal(STSectionMark.NEXT_PAGE);
  }

  @Override
  public void visit(Block.Parallel node) {
    List<Block.ParallelRow> narrow = new ArrayList<>();
    for (Block.ParallelRow r : node.rows()) {
      if (r.wide()) {
        parallelTable(node, narrow);
        narrow.clear();
        languages.push(node.left());
        blocks(r.left());
        languages.pop();
        languages.push(node.right());
        blocks(r.right());
        languages.pop();
      } else {
        narrow.add(r);
      }
    }
    parallelTable(node, narrow);
  }

  /** Rows side by side in a two-column table, headed by the two languages' names. */
  private void parallelTable(Block.Parallel node, List<Block.ParallelRow> rows) {
    if (rows.isEmpty()) {
      return;
    }
    Body container = bodies.peek();
    CTTbl tbl = container.addNewTbl();
    CTTblPr pr = tbl.addNewTblPr();
    pr.addNewTblStyle().setVal("ParallelTable");
    CTTblWidth width = pr.addNewTblW();
    width.setType(STTblWidth.PCT);
    width.setW(BigInteger.valueOf(5000));
    CTTblLook look = pr.addNewTblLook();
    look.setFirstRow(Boolean.TRUE);
    look.setNoVBand(Boolean.TRUE);
    CTTblGrid grid = tbl.addNewTblGrid();
    int half = textWidth / 2;
    grid.addNewGridCol().setW(BigInteger.valueOf(half));
    grid.addNewGridCol().setW(BigInteger.valueOf(half));
    XWPFTable table = new XWPFTable(tbl, container.owner(), false);

    CTRow headRow = tbl.addNewTr();
    CTTrPr trPr = headRow.addNewTrPr();
    trPr.addNewTblHeader();
    trPr.addNewCantSplit();
    XWPFTableRow head = new XWPFTableRow(headRow, table);
    for (Language l : List.of(node.left(), node.right())) {
      CTTc tc = headCell(headRow, half);
      // Each column is headed by its language's own name ("English", "Polski"), in that
      // language, as the HTML and PDF heads are.
      languages.push(l);
      cell(
          new XWPFTableCell(tc, head, table.getBody()),
          tc,
          List.of(new Block.Paragraph(List.of(new Inline.Text(Labels.of(l).get("language-name"))))),
          "TableHeading");
      languages.pop();
    }
    for (Block.ParallelRow r : rows) {
      CTRow tr = tbl.addNewTr();
      XWPFTableRow row = new XWPFTableRow(tr, table);
      CTTc left = headCell(tr, half);
      languages.push(node.left());
      cell(new XWPFTableCell(left, row, table.getBody()), left, r.left(), null);
      languages.pop();
      CTTc right = headCell(tr, half);
      languages.push(node.right());
      cell(new XWPFTableCell(right, row, table.getBody()), right, r.right(), null);
      languages.pop();
    }
    if (container.content() instanceof CTTc) {
      container.addNewP();
    }
  }

  private static CTTc headCell(CTRow tr, int width) {
    CTTc tc = tr.addNewTc();
    CTTcPr tcPr = tc.addNewTcPr();
    CTTblWidth w = tcPr.addNewTcW();
    w.setType(STTblWidth.DXA);
    w.setW(BigInteger.valueOf(width));
    return tc;
  }

  // Inlines

  @Override
  public void visit(Inline.Text node) {
    text(node.text());
  }

  @Override
  public void visit(Inline.Emphasis node) {
    italic++;
    inlines(node.content());
    italic--;
  }

  @Override
  public void visit(Inline.Strong node) {
    bold++;
    inlines(node.content());
    bold--;
  }

  @Override
  public void visit(Inline.Code node) {
    XWPFRun r = newRun("VerbatimChar");
    r.setText(clean(node.text().replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ')));
  }

  @Override
  public void visit(Inline.Citation node) {
    text(node.open());
    for (int i = 0; i < node.items().size(); i++) {
      Inline.Cite item = node.items().get(i);
      if (i > 0) {
        text(node.separator());
      }
      Optional<String> target = item.target().flatMap(bookmarks::name);
      if (target.isPresent() && hyperlink == null) {
        internalLink(target.get(), () -> text(item.label()));
      } else {
        text(item.label());
      }
    }
    text(node.close());
  }

  private void internalLink(String bookmark, Runnable content) {
    hyperlink = paragraph.getCTP().addNewHyperlink();
    hyperlink.setAnchor(bookmark);
    try {
      content.run();
    } finally {
      hyperlink = null;
    }
  }

  @Override
  public void visit(Inline.Link node) {
    String target = node.target() == null ? "" : node.target().strip();
    if (hyperlink != null) {
      inlines(node.content());
      return;
    }
    if (target.startsWith("#")) {
      Optional<String> name = bookmarks.name(target.substring(1));
      if (name.isPresent()) {
        internalLink(name.get(), () -> inlines(node.content()));
      } else {
        inlines(node.content());
      }
      return;
    }
    Optional<String> relation = externalRelation(target);
    if (relation.isEmpty()) {
      inlines(node.content());
      return;
    }
    hyperlink = paragraph.getCTP().addNewHyperlink();
    hyperlink.setId(relation.get());
    try {
      inlines(node.content());
    } finally {
      hyperlink = null;
    }
  }

  /**
   * A relationship to a web or mail address, from the part the current paragraph is in; anything
   * else (a {@code javascript:} or {@code file:} URL, a malformed one) is left as text.
   */
  private Optional<String> externalRelation(String target) {
    String t = target.toLowerCase(Locale.ROOT);
    if (!(t.startsWith("https://") || t.startsWith("http://") || t.startsWith("mailto:"))) {
      return Optional.empty();
    }
    if (XML_ILLEGAL.matcher(target).find()) {
      return Optional.empty();
    }
    try {
      new URI(target);
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          paragraph
              .getPart()
              .getPackagePart()
              .addExternalRelationship(target, XWPFRelation.HYPERLINK.getRelation())
              .getId());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  @Override
  public void visit(Inline.LangSpan node) {
    languages.push(node.language());
    inlines(node.content());
    languages.pop();
  }

  @Override
  public void visit(Inline.NoteRef node) {
    Block.Footnote note = footnoteBlocks.get(node.id());
    if (note == null || inFootnote || !noteRefsOutsideNotes.containsKey(node.id())) {
      superscript(node.marker());
      return;
    }
    String bookmark = emittedNotes.get(node.id());
    if (bookmark != null) {
      // Word gives each footnote one reference: later ones print the marker, linked to the note.
      if (hyperlink == null) {
        internalLink(bookmark, () -> superscript(note.marker()));
      } else {
        superscript(note.marker());
      }
      return;
    }
    footnote(note);
  }

  private void superscript(String marker) {
    XWPFRun r = newRun("FootnoteReference");
    r.setText(clean(marker));
  }

  /** Writes a Word footnote for a note and its reference at the current place. */
  private void footnote(Block.Footnote note) {
    if (footnotes == null) {
      footnotes = docx.createFootnotes();
      separators();
    }
    BigInteger id = BigInteger.valueOf(nextFootnoteId++);
    boolean auto = note.marker().equals(Integer.toString(autoFootnoteNumber + 1));
    if (auto) {
      autoFootnoteNumber++;
    }
    XWPFRun ref = newRun("FootnoteReference");
    CTFtnEdnRef r = ref.getCTR().addNewFootnoteReference();
    r.setId(id);
    if (!auto) {
      r.setCustomMarkFollows(Boolean.TRUE);
      ref.setText(clean(note.marker()));
    }

    CTFtnEdn ct = CTFtnEdn.Factory.newInstance();
    ct.setId(id);
    XWPFFootnote fn = footnotes.addFootnote(ct);
    String bookmarkName = "note_" + id;
    emittedNotes.put(note.id(), bookmarkName);

    // Write the note's content with the state of a fresh container, then come back.
    XWPFParagraph savedParagraph = paragraph;
    CTHyperlink savedLink = hyperlink;
    int savedBold = bold;
    int savedItalic = italic;
    int savedList = listLevel;
    String savedStyle = paragraphStyle;
    Deque<Look> savedLooks = new ArrayDeque<>(looks);
    looks.clear();
    hyperlink = null;
    bold = 0;
    italic = 0;
    listLevel = -1;
    inFootnote = true;
    paragraphStyle = "FootnoteText";
    languages.push(footnoteLanguages.getOrDefault(note.id(), language()));
    bodies.push(new Body(fn, fn.getCTFtnEdn()));

    paragraph = newParagraph("FootnoteText");
    XWPFRun mark = newRun("FootnoteReference");
    if (auto) {
      mark.getCTR().addNewFootnoteRef();
    } else {
      mark.setText(clean(note.marker()));
    }
    bookmarkHere(bookmarkName);
    text(" ");
    List<Block> content = note.content();
    int start = 0;
    if (!content.isEmpty() && content.get(0) instanceof Block.Paragraph first) {
      inlines(first.content());
      start = 1;
    }
    paragraph = null;
    blocks(content.subList(start, content.size()));

    bodies.pop();
    languages.pop();
    inFootnote = false;
    paragraphStyle = savedStyle;
    listLevel = savedList;
    italic = savedItalic;
    bold = savedBold;
    hyperlink = savedLink;
    looks.addAll(savedLooks);
    paragraph = savedParagraph;
  }

  /** The separator lines Word draws above footnotes, declared in the settings as Word does. */
  private void separators() {
    for (int i = -1; i <= 0; i++) {
      CTFtnEdn sep = CTFtnEdn.Factory.newInstance();
      sep.setId(BigInteger.valueOf(i));
      sep.setType(i < 0 ? STFtnEdn.SEPARATOR : STFtnEdn.CONTINUATION_SEPARATOR);
      CTP p = sep.addNewP();
      p.addNewPPr().addNewSpacing().setAfter(BigInteger.ZERO);
      CTR r = p.addNewR();
      if (i < 0) {
        r.addNewSeparator();
      } else {
        r.addNewContinuationSeparator();
      }
      footnotes.addFootnote(sep);
    }
  }

  @Override
  public void visit(Inline.Badge node) {
    XWPFRun r = newRun("Badge");
    r.setText(clean("\u00A0" + labels().get(node.labelKey()) + "\u00A0"));
  }

  @Override
  public void visit(Inline.Anchor node) {
    if (paragraph != null) {
      bookmarks.place(node.id()).ifPresent(this::bookmarkHere);
    }
  }

  @Override
  public void visit(Inline.LineBreak node) {
    newRun().addBreak();
  }

  // Helpers

  private static String plain(List<Inline> inlines) {
    StringBuilder b = new StringBuilder();
    plain(inlines, b);
    return b.toString().strip();
  }

  private static void plain(List<Inline> inlines, StringBuilder b) {
    for (Inline n : inlines) {
      if (n instanceof Inline.Text t) {
        b.append(t.text());
      } else if (n instanceof Inline.Code c) {
        b.append(c.text());
      } else if (n instanceof Inline.Citation c) {
        b.append(c.plainText());
      } else if (n instanceof Inline.Emphasis e) {
        plain(e.content(), b);
      } else if (n instanceof Inline.Strong st) {
        plain(st.content(), b);
      } else if (n instanceof Inline.Link l) {
        plain(l.content(), b);
      } else if (n instanceof Inline.LangSpan sp) {
        plain(sp.content(), b);
      } else if (n instanceof Inline.NoteRef r) {
        b.append(r.marker());
      } else if (n instanceof Inline.LineBreak) {
        b.append(' ');
      }
    }
  }

  /** A checked {@code #rrggbb} colour as Word writes it ("0B5394"). */
  static String hex(String colour) {
    if (colour == null || !colour.matches("#[0-9a-fA-F]{6}")) {
      throw new UnsupportedContentException(
          "a colour must be #rrggbb (six hexadecimal digits), got: " + colour);
    }
    return colour.substring(1).toUpperCase(Locale.ROOT);
  }

  /** The accent where it reaches a 4.5:1 contrast on white, else a darker shade of it. */
  static String headingColour(String accentHex) {
    int rgb = Integer.parseInt(accentHex, 16);
    double r = (rgb >> 16) & 0xff;
    double g = (rgb >> 8) & 0xff;
    double b = rgb & 0xff;
    for (int i = 0; i < 20 && contrastOnWhite(r, g, b) < 4.5; i++) {
      r *= 0.85;
      g *= 0.85;
      b *= 0.85;
    }
    return String.format(Locale.ROOT, "%02X%02X%02X", (int) r, (int) g, (int) b);
  }

  private static double contrastOnWhite(double r, double g, double b) {
    double l = 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    return 1.05 / (l + 0.05);
  }

  private static double channel(double v) {
    double c = v / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  private static String resource(String name) {
    try (InputStream in = WordDocumentWriter.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
