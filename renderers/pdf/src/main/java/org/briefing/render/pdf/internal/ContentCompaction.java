package org.briefing.render.pdf.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * Makes the engine's page content smaller without changing what it shows or how it is tagged.
 *
 * <p>Numbers are written with three decimals at most: the engine writes coordinates and colours
 * with five or more ({@code 493.91251}), a thousandth of a point being far below what any printer
 * or screen shows; the forms the pages draw (charts, in pixels of 0.75 pt) with two.
 *
 * <p>Empty artifacts are removed. For PDF/UA the engine wraps every box's background in {@code
 * /Artifact /PropN BDC … EMC}, with a property list object per box, even when the box paints
 * nothing. In a 23-page briefing that is about 3,000 empty pairs and as many objects, more than a
 * third of the file. An empty marked-content sequence shows nothing and belongs to no structure
 * element (artifacts carry no MCID), so dropping it changes neither the page nor the tags. The
 * property lists still used are written inline, not as objects of their own.
 *
 * <p>Text is written in fewer text objects, each font and colour set once ({@link TextObjects}).
 *
 * <pre>{@code ContentCompaction.apply(pdDocument);}</pre>
 */
public final class ContentCompaction {
  private static final COSName ARTIFACT = COSName.getPDFName("Artifact");

  /** Page content is in points: a thousandth of one. */
  private static final int PAGE_DECIMALS = 3;

  /**
   * A chart is drawn in CSS pixels scaled by 0.75 into points, its text as glyph outlines (Batik):
   * a hundredth of a pixel, 0.0075 pt, is still far below what shows.
   */
  private static final int FORM_DECIMALS = 2;

  /**
   * The fewest contents (pages and forms) rewritten in parallel. A one-page note's are rewritten on
   * the calling thread: its compaction takes well under a millisecond warm, of which waking another
   * thread would be a large part, and in a batch every core already builds a briefing of its own.
   */
  static final int PARALLEL_FROM = 4;

  private ContentCompaction() {}

  /**
   * Rewrites each page's content and each form it draws; drops unused property lists.
   *
   * <p>The content is read on this thread; then each page's and each form's is rewritten and
   * compressed on its own, in parallel when there are {@link #PARALLEL_FROM} or more (on the common
   * fork-join pool and this thread: a rebuild in {@code watch} has a second core idle; the 23-page
   * full article's compaction takes about 9 ms warm instead of 15). What changes the document's
   * structure (new streams, the pages' contents, the property lists) is done on this thread, in
   * page order, so the document is the same as when one thread does it all.
   */
  public static void apply(PDDocument document) throws IOException {
    apply(document, Map.of(), Map.of(), true);
  }

  /**
   * {@link #apply}, and the marked content with the given MCIDs (by page index) written as
   * pagination artifacts ({@code /Artifact <</Type /Pagination>> BDC}): a table head's copies on
   * later pages, taken out of the structure tree by {@link RepeatedHeaders}.
   */
  public static void apply(PDDocument document, Map<Integer, Set<Integer>> paginationArtifacts)
      throws IOException {
    apply(document, paginationArtifacts, Map.of(), true);
  }

  /**
   * {@link #apply(PDDocument, Map)}, and of each group of marked contents (by page index) the ones
   * that paint exactly what an earlier one of the group painted are removed: the engine sometimes
   * paints a table head twice on one page, at one place. Returns the MCIDs removed, by page index,
   * for {@link RepeatedHeaders#forget}.
   */
  public static Map<Integer, Set<Integer>> apply(
      PDDocument document,
      Map<Integer, Set<Integer>> paginationArtifacts,
      Map<Integer, List<List<Integer>>> repaintGroups)
      throws IOException {
    return apply(document, paginationArtifacts, repaintGroups, true);
  }

  /** {@link #apply}, with the rewriting in parallel or not (for tests). */
  static void apply(PDDocument document, boolean parallel) throws IOException {
    apply(document, Map.of(), Map.of(), parallel);
  }

  private static Map<Integer, Set<Integer>> apply(
      PDDocument document,
      Map<Integer, Set<Integer>> paginationArtifacts,
      Map<Integer, List<List<Integer>>> repaintGroups,
      boolean parallel)
      throws IOException {
    Map<Integer, Set<Integer>> removed = new java.util.concurrent.ConcurrentHashMap<>();
    List<PDPage> pages = new ArrayList<>();
    Set<COSStream> formSet = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (PDPage page : document.getPages()) {
      pages.add(page);
      collectForms(page.getResources(), formSet);
    }
    List<COSStream> forms = new ArrayList<>(formSet);
    int n = pages.size() + forms.size();
    // Each content's decoded bytes (null for a page without content), and where its rewritten
    // content goes: a new stream for a page, the form's own stream for a form. The document keeps
    // a list of the streams it made, so they are made here, on one thread.
    byte[][] source = new byte[n][];
    COSStream[] target = new COSStream[n];
    for (int i = 0; i < pages.size(); i++) {
      PDPage page = pages.get(i);
      if (page.hasContents()) {
        source[i] = ContentTokens.bytes(page);
        target[i] = new PDStream(document).getCOSObject();
      }
    }
    for (int f = 0; f < forms.size(); f++) {
      COSStream form = forms.get(f);
      source[pages.size() + f] = ContentTokens.bytes(new PDFormXObject(form));
      target[pages.size() + f] = form;
    }
    Set<COSName>[] named = newSets(pages.size());
    // Each page's named property lists, read here (the threads below only look them up; the
    // names still used are counted against them at the end).
    COSDictionary[] properties = new COSDictionary[pages.size()];
    for (int i = 0; i < pages.size(); i++) {
      COSDictionary resources = pages.get(i).getCOSObject().getCOSDictionary(COSName.RESOURCES);
      properties[i] = resources == null ? null : resources.getCOSDictionary(COSName.PROPERTIES);
    }
    IntStream each = IntStream.range(0, n);
    try {
      (parallel && n >= PARALLEL_FROM ? each.parallel() : each)
          .forEach(
              i -> {
                if (source[i] == null) {
                  return;
                }
                try {
                  List<Object> tokens = ContentTokens.parse(source[i]);
                  if (i >= pages.size()) {
                    write(target[i], rounded(tokens, FORM_DECIMALS));
                    return;
                  }
                  List<Object> kept =
                      rounded(
                          TextObjects.merged(
                              withoutEmptyArtifacts(
                                  asPaginationArtifacts(
                                      withoutRepaints(
                                          tokens, repaintGroups.get(i), properties[i], removed, i),
                                      paginationArtifacts.get(i),
                                      properties[i]))),
                          PAGE_DECIMALS);
                  write(target[i], kept);
                  for (int t = 1; t < kept.size(); t++) {
                    if (isOperator(kept.get(t), "BDC") && kept.get(t - 1) instanceof COSName name) {
                      named[i].add(name);
                    }
                  }
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    // The names still used, per property-list dictionary (pages may share one).
    Map<COSDictionary, Set<COSName>> used = new IdentityHashMap<>();
    for (int i = 0; i < pages.size(); i++) {
      if (target[i] == null) {
        continue;
      }
      PDPage page = pages.get(i);
      page.setContents(new PDStream(target[i]));
      if (properties[i] != null) {
        used.computeIfAbsent(properties[i], k -> new HashSet<>()).addAll(named[i]);
      }
    }
    used.forEach(ContentCompaction::prune);
    return removed;
  }

  /**
   * The tokens without each marked-content sequence of a group that paints the same tokens as an
   * earlier sequence of its group (the same text at the same place): an exact repaint.
   */
  static List<Object> withoutRepaints(
      List<Object> tokens,
      List<List<Integer>> groups,
      COSDictionary named,
      Map<Integer, Set<Integer>> removed,
      int page) {
    if (groups == null || groups.isEmpty()) {
      return tokens;
    }
    Set<Integer> wanted = new HashSet<>();
    groups.forEach(wanted::addAll);
    // Where each wanted sequence is: from its tag (two tokens before BDC) to its EMC.
    Map<Integer, int[]> ranges = new HashMap<>();
    for (int t = 2; t < tokens.size(); t++) {
      if (!isOperator(tokens.get(t), "BDC")) {
        continue;
      }
      COSBase list =
          tokens.get(t - 1) instanceof COSName name && named != null
              ? named.getDictionaryObject(name)
              : tokens.get(t - 1) instanceof COSBase b ? b : null;
      if (list instanceof COSDictionary properties
          && properties.getDictionaryObject(COSName.MCID) instanceof COSInteger mcid
          && wanted.contains(mcid.intValue())
          && !ranges.containsKey(mcid.intValue())) {
        int depth = 0;
        for (int e = t + 1; e < tokens.size(); e++) {
          if (isOperator(tokens.get(e), "BDC") || isOperator(tokens.get(e), "BMC")) {
            depth++;
          } else if (isOperator(tokens.get(e), "EMC")) {
            if (depth == 0) {
              ranges.put(mcid.intValue(), new int[] {t - 2, e});
              break;
            }
            depth--;
          }
        }
      }
    }
    boolean[] drop = new boolean[tokens.size()];
    boolean any = false;
    for (List<Integer> group : groups) {
      List<String> seen = new ArrayList<>();
      for (int mcid : group) {
        int[] r = ranges.get(mcid);
        if (r == null) {
          continue;
        }
        String painted = painted(tokens.subList(r[0] + 3, r[1]));
        if (seen.contains(painted)) {
          java.util.Arrays.fill(drop, r[0], r[1] + 1, true);
          removed.computeIfAbsent(page, p -> new java.util.TreeSet<>()).add(mcid);
          any = true;
        } else {
          seen.add(painted);
        }
      }
    }
    if (!any) {
      return tokens;
    }
    List<Object> out = new ArrayList<>(tokens.size());
    for (int t = 0; t < tokens.size(); t++) {
      if (!drop[t]) {
        out.add(tokens.get(t));
      }
    }
    return out;
  }

  /**
   * What a sequence paints, as text to compare: its text-placing and text-showing operators with
   * their operands. The colour and font it sets are left out: a repaint finds them set already.
   */
  private static String painted(List<Object> tokens) {
    StringBuilder b = new StringBuilder();
    List<Object> operands = new ArrayList<>();
    for (Object t : tokens) {
      if (!(t instanceof Operator op)) {
        operands.add(t);
        continue;
      }
      if (PAINTING.contains(op.getName())) {
        for (Object o : operands) {
          b.append(
                  o instanceof COSString str
                      ? "(" + java.util.HexFormat.of().formatHex(str.getBytes()) + ")"
                      : String.valueOf(o))
              .append(' ');
        }
        b.append(op.getName()).append(' ');
      }
      operands.clear();
    }
    return b.toString();
  }

  /** The operators that place and show text. */
  private static final Set<String> PAINTING = Set.of("Tm", "Td", "TD", "T*", "Tj", "TJ", "'", "\"");

  @SuppressWarnings("unchecked")
  private static Set<COSName>[] newSets(int n) {
    Set<COSName>[] sets = new Set[n];
    for (int i = 0; i < n; i++) {
      sets[i] = new HashSet<>();
    }
    return sets;
  }

  private static void write(COSStream stream, List<Object> tokens) throws IOException {
    // Written whole into memory first: PDFBox's stream takes each write of a token through a
    // filter stream that passes an array on a byte at a time.
    ByteArrayOutputStream content = new ByteArrayOutputStream(tokens.size() * 6);
    writeTokens(content, tokens);
    try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
      content.writeTo(out);
    }
  }

  /**
   * Writes the tokens as PDFBox does, except strings: PDFBox writes a string with any byte over 127
   * in hex, two characters a byte, and the engine's text is two-byte glyph numbers, so most of it
   * would be; a literal string holds each byte as it is (escaped where the syntax needs it).
   */
  static void writeTokens(OutputStream out, List<Object> tokens) throws IOException {
    ContentStreamWriter writer = new ContentStreamWriter(out);
    for (Object token : tokens) {
      if (token instanceof COSString string) {
        writeLiteral(out, string.getBytes());
        out.write(ContentStreamWriter.SPACE);
      } else if (token instanceof COSArray array && containsString(array)) {
        out.write('[');
        for (int i = 0; i < array.size(); i++) {
          if (array.get(i) instanceof COSString string) {
            writeLiteral(out, string.getBytes());
            out.write(ContentStreamWriter.SPACE);
          } else {
            writer.writeToken(array.get(i));
          }
        }
        out.write(']');
        out.write(ContentStreamWriter.SPACE);
      } else if (token instanceof Operator operator) {
        writer.writeToken(operator);
      } else {
        writer.writeToken((COSBase) token);
      }
    }
  }

  private static boolean containsString(COSArray array) {
    for (int i = 0; i < array.size(); i++) {
      if (array.get(i) instanceof COSString) {
        return true;
      }
    }
    return false;
  }

  /**
   * A literal string: backslash and parentheses escaped, and the end-of-line bytes, which a reader
   * would otherwise normalise (PDF 32000-1, 7.3.4.2).
   */
  static void writeLiteral(OutputStream out, byte[] bytes) throws IOException {
    // Made whole, then written at once: the stream PDFBox returns takes each write through its
    // filter chain.
    byte[] literal = new byte[bytes.length * 2 + 2];
    int n = 0;
    literal[n++] = '(';
    for (byte b : bytes) {
      switch (b) {
        case '\\', '(', ')' -> {
          literal[n++] = '\\';
          literal[n++] = b;
        }
        case '\r' -> {
          literal[n++] = '\\';
          literal[n++] = 'r';
        }
        case '\n' -> {
          literal[n++] = '\\';
          literal[n++] = 'n';
        }
        default -> literal[n++] = b;
      }
    }
    literal[n++] = ')';
    out.write(literal, 0, n);
  }

  /** The form XObjects that a page's resources name (not nested ones: the engine nests none). */
  private static void collectForms(PDResources resources, Set<COSStream> forms) throws IOException {
    if (resources == null) {
      return;
    }
    for (COSName name : resources.getXObjectNames()) {
      if (resources.getXObject(name) instanceof PDFormXObject form) {
        forms.add(form.getCOSObject());
      }
    }
  }

  /**
   * The tokens with each real number rounded to {@code decimals} (an integer where it is one). A
   * page repeats its numbers (line heights, margins, colours), so each is rounded once.
   */
  static List<Object> rounded(List<Object> tokens, int decimals) throws IOException {
    List<Object> out = new ArrayList<>(tokens.size());
    Map<Float, COSNumber> done = new HashMap<>();
    for (Object t : tokens) {
      if (t instanceof COSFloat f) {
        float value = f.floatValue();
        COSNumber r = done.get(value);
        if (r == null) {
          r = round(value, decimals);
          done.put(value, r);
        }
        out.add(r);
      } else {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * The value's shortest decimal ({@link Float#toString}) rounded half to even at {@code decimals}
   * places: an integer where no decimal is left, else a real without trailing zeros.
   */
  static COSNumber round(float value, int decimals) throws IOException {
    String text = roundedText(Float.toString(value), decimals);
    if (text == null) {
      BigDecimal d =
          new BigDecimal(Float.toString(value)).setScale(decimals, RoundingMode.HALF_EVEN);
      if (d.signum() == 0 || d.stripTrailingZeros().scale() <= 0) {
        return COSInteger.get(d.longValueExact());
      }
      return new COSFloat(d.stripTrailingZeros().toPlainString());
    }
    return text.indexOf('.') < 0 ? COSInteger.get(Long.parseLong(text)) : new COSFloat(text);
  }

  /**
   * A plain decimal ({@code -12.34567}) rounded half to even at {@code decimals} places, as {@link
   * BigDecimal} would round it, with trailing zeros dropped and no sign on zero; {@code null} for
   * another form (an exponent, not a number), which is left to {@link BigDecimal}. Done on the
   * digits, since a page has thousands of numbers to round.
   */
  static String roundedText(String decimal, int decimals) {
    boolean negative = decimal.startsWith("-");
    int start = negative ? 1 : 0;
    int dot = decimal.indexOf('.');
    if (dot <= start || decimal.length() > 40) {
      return null;
    }
    char[] digits = new char[decimal.length() + 1];
    int count = 0;
    digits[count++] = '0'; // room for a carry
    for (int i = start; i < decimal.length(); i++) {
      char c = decimal.charAt(i);
      if (i == dot) {
        continue;
      }
      if (c < '0' || c > '9') {
        return null;
      }
      digits[count++] = c;
    }
    int whole = dot - start + 1; // the whole part's digits, with the carry's
    int keep = Math.min(count, whole + decimals);
    if (keep < count) {
      char first = digits[keep];
      boolean restNonZero = false;
      for (int i = keep + 1; i < count; i++) {
        restNonZero |= digits[i] != '0';
      }
      boolean up =
          first > '5' || first == '5' && (restNonZero || (digits[keep - 1] - '0') % 2 == 1);
      if (up) {
        int i = keep - 1;
        while (digits[i] == '9') {
          digits[i--] = '0';
        }
        digits[i]++;
      }
    }
    int end = keep;
    while (end > whole && digits[end - 1] == '0') {
      end--;
    }
    int first = 0;
    while (first < whole - 1 && digits[first] == '0') {
      first++;
    }
    boolean zero = true;
    for (int i = first; i < end; i++) {
      zero &= digits[i] == '0';
    }
    if (zero) {
      return "0";
    }
    StringBuilder out = new StringBuilder(end - first + 2);
    if (negative) {
      out.append('-');
    }
    out.append(digits, first, whole - first);
    if (end > whole) {
      out.append('.').append(digits, whole, end - whole);
    }
    return out.toString();
  }

  /**
   * The tokens with each marked-content sequence that has one of the MCIDs begun as a pagination
   * artifact instead; the tokens themselves when there are none. The MCID is read from the
   * sequence's property list, written inline (as the engine writes tagged content) or named in the
   * page's {@code /Properties} ({@code named}, may be null).
   */
  static List<Object> asPaginationArtifacts(
      List<Object> tokens, Set<Integer> mcids, COSDictionary named) {
    if (mcids == null || mcids.isEmpty()) {
      return tokens;
    }
    List<Object> out = new ArrayList<>(tokens);
    for (int t = 2; t < out.size(); t++) {
      COSBase list =
          out.get(t - 1) instanceof COSName name && named != null
              ? named.getDictionaryObject(name)
              : out.get(t - 1) instanceof COSBase b ? b : null;
      if (isOperator(out.get(t), "BDC")
          && list instanceof COSDictionary properties
          && properties.getDictionaryObject(COSName.MCID) instanceof COSInteger mcid
          && mcids.contains(mcid.intValue())) {
        COSDictionary pagination = new COSDictionary();
        pagination.setItem(COSName.TYPE, COSName.getPDFName("Pagination"));
        out.set(t - 2, ARTIFACT);
        out.set(t - 1, pagination);
      }
    }
    return out;
  }

  /**
   * The tokens without each {@code /Artifact <props> BDC EMC} and {@code /Artifact BMC EMC} that
   * holds nothing, repeated so that an artifact holding only empty ones goes too.
   */
  static List<Object> withoutEmptyArtifacts(List<Object> tokens) {
    List<Object> out = new ArrayList<>(tokens.size());
    for (Object t : tokens) {
      out.add(t);
      if (!isOperator(t, "EMC")) {
        continue;
      }
      int n = out.size();
      if (n >= 4 && isOperator(out.get(n - 2), "BDC") && ARTIFACT.equals(out.get(n - 4))) {
        out.subList(n - 4, n).clear();
      } else if (n >= 3 && isOperator(out.get(n - 2), "BMC") && ARTIFACT.equals(out.get(n - 3))) {
        out.subList(n - 3, n).clear();
      }
    }
    return out;
  }

  private static boolean isOperator(Object token, String name) {
    return token instanceof Operator op && op.getName().equals(name);
  }

  /** Drops the property lists no operator names any more; inlines the ones still named. */
  private static void prune(COSDictionary properties, Set<COSName> used) {
    Map<COSName, COSBase> keep = new LinkedHashMap<>();
    for (COSName key : properties.keySet()) {
      if (used.contains(key)) {
        COSBase value = properties.getDictionaryObject(key);
        if (value instanceof COSDictionary d) {
          d.setDirect(true);
        }
        keep.put(key, value);
      }
    }
    properties.clear();
    keep.forEach(properties::setItem);
  }
}
