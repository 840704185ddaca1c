package org.briefing.render.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.briefing.cache.RecentlyUsed;

/**
 * Gives a font the subset that PDFBox made before, in this process, of the same face for the same
 * characters, instead of making it again. Each briefing of a batch, and each rebuild in {@code
 * watch}, subsets its faces when it is saved: the subset font program built and compressed, its
 * ToUnicode map, its glyph widths, CID-to-glyph map and CID set, about an eighth of a one-page
 * note's render. The variants of a batch, and the rebuilds of one briefing, mostly draw each face
 * with the same characters; what PDFBox makes of them depends on nothing else (the face, the
 * characters, the glyphs added for them), so the same entries are written again, in the same order,
 * and the file is the same, byte for byte.
 *
 * <pre>{@code
 * List<KeptSubsets.Pending> made = KeptSubsets.reuse(pdDocument, facesByFont);
 * pdDocument.save(out);   // PDFBox subsets the fonts that were not reused
 * KeptSubsets.keep(made);
 * }</pre>
 *
 * <p>PDFBox keeps what it needs in private fields (the characters a font will be subset to, and the
 * document's fonts still to subset); they are read by reflection. Where they are not there (another
 * PDFBox release), nothing is reused and PDFBox subsets every font, as without this.
 */
final class KeptSubsets {
  private static final Class<?> EMBEDDER_CLASS =
      PdfBoxFields.type("org.apache.pdfbox.pdmodel.font.TrueTypeEmbedder");
  private static final VarHandle EMBEDDER =
      PdfBoxFields.find(
          PDType0Font.class,
          "embedder",
          PdfBoxFields.type("org.apache.pdfbox.pdmodel.font.PDCIDFontType2Embedder"));
  private static final VarHandle CODE_POINTS =
      PdfBoxFields.find(EMBEDDER_CLASS, "subsetCodePoints", Set.class);
  private static final VarHandle GLYPH_IDS =
      PdfBoxFields.find(EMBEDDER_CLASS, "allGlyphIds", Set.class);
  private static final VarHandle TO_SUBSET =
      PdfBoxFields.find(PDDocument.class, "fontsToSubset", Set.class);

  /** The last subsets made, by face and characters (a one-page note has four or five). */
  private static final RecentlyUsed<Key, Made> MADE = new RecentlyUsed<>(64);

  /** How many fonts were given a kept subset (for tests). */
  private static final AtomicLong REUSED = new AtomicLong();

  private KeptSubsets() {}

  static long reused() {
    return REUSED.get();
  }

  /** Whether subsets can be reused in this JVM (false if PDFBox changed). */
  static boolean available() {
    return EMBEDDER != null && CODE_POINTS != null && GLYPH_IDS != null && TO_SUBSET != null;
  }

  /** A face and what it is subset to. */
  private record Key(int face, int[] codePoints, int[] glyphIds) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && face == k.face
          && Arrays.equals(codePoints, k.codePoints)
          && Arrays.equals(glyphIds, k.glyphIds);
    }

    @Override
    public int hashCode() {
      return 31 * (31 * face + Arrays.hashCode(codePoints)) + Arrays.hashCode(glyphIds);
    }

    @Override
    public String toString() {
      return "face " + face + ", " + codePoints.length + " characters";
    }
  }

  /** A font whose subset PDFBox makes when the document is saved, to be kept then. */
  record Pending(Key key, PDType0Font font) {}

  /**
   * Gives each font of {@code faces} (the document's loaded faces, by font) whose subset was made
   * before that subset, and takes it off PDFBox's list of fonts to subset. The others are returned,
   * for {@link #keep} once the document is saved.
   */
  static List<Pending> reuse(PDDocument document, Map<PDType0Font, Integer> faces) {
    List<Pending> pending = new ArrayList<>();
    if (!available()) {
      return pending;
    }
    @SuppressWarnings("unchecked")
    Set<PDFont> toSubset = (Set<PDFont>) TO_SUBSET.get(document);
    for (Map.Entry<PDType0Font, Integer> e : faces.entrySet()) {
      PDType0Font font = e.getKey();
      if (!toSubset.contains(font) || !font.willBeSubset()) {
        continue;
      }
      Key key = key(font, e.getValue());
      Made made = MADE.get(key);
      if (made != null && made.applyTo(document, font)) {
        toSubset.remove(font);
        REUSED.incrementAndGet();
      } else {
        pending.add(new Pending(key, font));
      }
    }
    return pending;
  }

  /** Keeps the subsets PDFBox made for {@code pending} while the document was saved. */
  static void keep(List<Pending> pending) {
    for (Pending p : pending) {
      Made made = Made.of(p.font());
      if (made != null) {
        MADE.putIfAbsent(p.key(), made);
      }
    }
  }

  private static Key key(PDType0Font font, int face) {
    Object embedder = EMBEDDER.get(font);
    @SuppressWarnings("unchecked")
    Set<Integer> codePoints = (Set<Integer>) CODE_POINTS.get(embedder);
    @SuppressWarnings("unchecked")
    Set<Integer> glyphIds = (Set<Integer>) GLYPH_IDS.get(embedder);
    return new Key(face, sorted(codePoints), sorted(glyphIds));
  }

  private static int[] sorted(Set<Integer> values) {
    int[] out = values.stream().mapToInt(Integer::intValue).toArray();
    Arrays.sort(out);
    return out;
  }

  /** A stream as PDFBox wrote it: its dictionary's entries in order, and its encoded bytes. */
  private record Stream(List<COSName> keys, List<COSBase> values, byte[] encoded) {
    static Stream of(COSBase base) throws IOException {
      if (!(base instanceof COSStream s)) {
        return null;
      }
      List<COSName> keys = new ArrayList<>();
      List<COSBase> values = new ArrayList<>();
      for (Map.Entry<COSName, COSBase> e : s.entrySet()) {
        COSBase v = plain(e.getValue());
        if (v == null) {
          return null;
        }
        keys.add(e.getKey());
        values.add(v);
      }
      if (!keys.contains(COSName.LENGTH)) {
        return null;
      }
      try (InputStream in = s.createRawInputStream()) {
        return new Stream(List.copyOf(keys), List.copyOf(values), in.readAllBytes());
      }
    }

    /** A new stream of {@code document}, its entries set in the same order. */
    COSStream make(PDDocument document) throws IOException {
      COSStream s = document.getDocument().createCOSStream();
      for (int i = 0; i < keys.size(); i++) {
        if (keys.get(i).equals(COSName.LENGTH)) {
          // Closing the raw stream sets the length, where PDFBox's own stream had it.
          try (OutputStream out = s.createRawOutputStream()) {
            out.write(encoded);
          }
        } else {
          s.setItem(keys.get(i), copy(values.get(i)));
        }
      }
      return s;
    }
  }

  /** Names and integers, the only values these entries hold; null for anything else. */
  private static COSBase plain(COSBase v) {
    if (v instanceof COSName || v instanceof COSInteger) {
      return v;
    }
    if (v instanceof COSArray a) {
      COSArray out = new COSArray();
      for (int i = 0; i < a.size(); i++) {
        COSBase item = plain(a.get(i));
        if (item == null) {
          return null;
        }
        out.add(item);
      }
      return out;
    }
    return null;
  }

  /** A fresh copy of a plain value, so that no two documents share an object. */
  private static COSBase copy(COSBase v) {
    if (v instanceof COSInteger i) {
      return COSInteger.get(i.longValue());
    }
    if (v instanceof COSArray a) {
      COSArray out = new COSArray();
      for (int i = 0; i < a.size(); i++) {
        out.add(copy(a.get(i)));
      }
      return out;
    }
    return v;
  }

  /** What PDFBox's subsetting wrote into a font's dictionaries (PDCIDFontType2Embedder). */
  private record Made(
      Stream toUnicode,
      Stream fontFile2,
      COSName baseFont,
      COSBase widths,
      Stream cidToGidMap,
      Stream cidSet) {

    static Made of(PDType0Font font) {
      try {
        COSDictionary type0 = font.getCOSObject();
        COSDictionary cidFont = font.getDescendantFont().getCOSObject();
        COSDictionary descriptor = font.getDescendantFont().getFontDescriptor().getCOSObject();
        COSBase baseFont = type0.getDictionaryObject(COSName.BASE_FONT);
        COSBase widths = plain(cidFont.getDictionaryObject(COSName.W));
        Made made =
            new Made(
                Stream.of(type0.getDictionaryObject(COSName.TO_UNICODE)),
                Stream.of(descriptor.getDictionaryObject(COSName.FONT_FILE2)),
                baseFont instanceof COSName n ? n : null,
                widths,
                Stream.of(cidFont.getDictionaryObject(COSName.CID_TO_GID_MAP)),
                Stream.of(descriptor.getDictionaryObject(COSName.CID_SET)));
        boolean whole =
            made.toUnicode != null
                && made.fontFile2 != null
                && made.baseFont != null
                && made.widths != null
                && made.cidToGidMap != null
                && made.cidSet != null
                && made.baseFont.equals(cidFont.getDictionaryObject(COSName.BASE_FONT))
                && made.baseFont.equals(descriptor.getDictionaryObject(COSName.FONT_NAME));
        return whole ? made : null;
      } catch (IOException | RuntimeException e) {
        return null;
      }
    }

    /**
     * Writes the entries as PDFBox's subsetting does, in its order: the ToUnicode map, the font
     * program, the subset's name (with its tag) in the three dictionaries, the widths, the
     * CID-to-glyph map and the CID set.
     */
    boolean applyTo(PDDocument document, PDType0Font font) {
      COSStream toUnicodeStream;
      COSStream fontFile2Stream;
      COSStream cidToGidStream;
      COSStream cidSetStream;
      COSDictionary type0;
      COSDictionary cidFont;
      COSDictionary descriptor;
      try {
        // Everything made before any dictionary is changed: a font left as it was if this fails.
        type0 = font.getCOSObject();
        cidFont = font.getDescendantFont().getCOSObject();
        descriptor = font.getDescendantFont().getFontDescriptor().getCOSObject();
        toUnicodeStream = toUnicode.make(document);
        fontFile2Stream = fontFile2.make(document);
        cidToGidStream = cidToGidMap.make(document);
        cidSetStream = cidSet.make(document);
      } catch (IOException | RuntimeException e) {
        return false;
      }
      type0.setItem(COSName.TO_UNICODE, toUnicodeStream);
      descriptor.setItem(COSName.FONT_FILE2, fontFile2Stream);
      type0.setItem(COSName.BASE_FONT, baseFont);
      descriptor.setItem(COSName.FONT_NAME, baseFont);
      cidFont.setItem(COSName.BASE_FONT, baseFont);
      cidFont.setItem(COSName.W, copy(widths));
      cidFont.setItem(COSName.CID_TO_GID_MAP, cidToGidStream);
      descriptor.setItem(COSName.CID_SET, cidSetStream);
      return true;
    }
  }
}
