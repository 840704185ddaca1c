package org.briefing.render.pdf.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.DateConverter;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAExtensionSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;
import org.briefing.cache.KeptBytes;
import org.briefing.cache.KeptFolder;
import org.briefing.cache.KeptRoot;
import org.briefing.document.Meta;

/**
 * Writes a briefing's metadata into a laid-out PDF, replacing what the engine wrote: the document
 * information dictionary and the XMP packet (title, author, subject, keywords, language, PDF/A-2b
 * and PDF/UA-1 identification), with the fixed time {@link Meta#created()} instead of the clock,
 * and a document {@code /ID} derived from a hash of the content, so that the same input gives the
 * same bytes.
 *
 * <pre>{@code PdfMetadata.apply(pdDocument, meta, sha256OfXhtml, "Briefing");}</pre>
 */
public final class PdfMetadata {
  static final String PRODUCER = "Briefing (openhtmltopdf, Apache PDFBox)";

  /** White space alone between the end of one tag and the start of the next. */
  private static final Pattern INDENTATION = Pattern.compile(">[ \t\r\n]+<");

  private static final String PDFUA_NS = "http://www.aiim.org/pdfua/ns/id/";

  /**
   * One serializer per thread: making one looks up and configures an XML parser and transformer
   * factory. A serializer makes a new DOM for each packet, so one thread may reuse it.
   */
  private static final ThreadLocal<XmpSerializer> SERIALIZER =
      ThreadLocal.withInitial(XmpSerializer::new);

  private PdfMetadata() {}

  /**
   * Does once per process, ahead of the first document, what the first {@link #apply} and {@link
   * #contentHash} would do first: load the calendar's locale data and find the SHA-256 provider
   * (about 11 ms of a cold build's main thread).
   */
  public static void prepare() {
    calendar(Instant.EPOCH);
    contentHash("");
  }

  /** The SHA-256 of a document's XHTML: the content hash that {@link #apply} takes. */
  public static byte[] contentHash(String xhtml) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(xhtml.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * @param contentHash at least 16 bytes identifying the content (a SHA-256 of the XHTML)
   */
  public static void apply(PDDocument pdf, Meta meta, byte[] contentHash, String creatorTool)
      throws IOException {
    Calendar created = calendar(meta.created());
    // The briefing's own authors, else the paper's: a reader's PDF viewer shows who wrote it.
    String author = String.join(", ", meta.metadataAuthors());
    String keywords = String.join(", ", meta.keywords());
    String lang = meta.language().code();

    PDDocumentInformation info = new PDDocumentInformation();
    info.setTitle(meta.title());
    if (!author.isEmpty()) {
      info.setAuthor(author);
    }
    if (!meta.subject().isEmpty()) {
      info.setSubject(meta.subject());
    }
    if (!keywords.isEmpty()) {
      info.setKeywords(keywords);
    }
    info.setCreator(creatorTool);
    info.setProducer(PRODUCER);
    info.setCreationDate(created);
    info.setModificationDate(created);
    pdf.setDocumentInformation(info);

    PDDocumentCatalog catalog = pdf.getDocumentCatalog();
    catalog.setLanguage(lang);
    PDMetadata stream = new PDMetadata(pdf);
    stream.importXMPMetadata(xmp(meta, author, keywords, created, creatorTool));
    catalog.setMetadata(stream);

    byte[] id = Arrays.copyOf(contentHash, 16);
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    pdf.getDocument().setDocumentID(ids);
  }

  private static Calendar calendar(Instant instant) {
    Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
    c.setTimeInMillis(instant.truncatedTo(ChronoUnit.SECONDS).toEpochMilli());
    return c;
  }

  // The strings of a packet, by their index in a Fields array; null where a field is absent.
  private static final int TITLE = 0;
  private static final int AUTHOR = 1;
  private static final int SUBJECT = 2;
  private static final int LANGUAGE = 3;
  private static final int SECOND_LANGUAGE = 4;
  private static final int SOURCE = 5;
  private static final int DOI = 6;
  private static final int PUBLISHER = 7;
  private static final int LICENCE = 8;
  private static final int KEYWORDS = 9;
  private static final int CREATOR_TOOL = 10;
  private static final int DATE = 11;
  static final int FIELDS = 12;

  /** Marks a field's place in a template packet; ASCII that the serializer writes as it is. */
  private static final String MARK = "BRIEFING-XMP-";

  private static final Pattern MARKED = Pattern.compile(Pattern.quote(MARK) + "(\\d+)-");

  /** A date whose written form marks where the date goes in a template packet. */
  private static final Calendar MARK_DATE = calendar(Instant.parse("2111-11-11T11:11:11Z"));

  /**
   * Template packets by the fields they have: the packet serialized once with a mark for each
   * field, cut into its literal parts (String) and the fields between them (Integer). Building and
   * serializing a packet with xmpbox (a type mapping made by reflection, a DOM, a transformer) was
   * about 5 % of a one-page note's render; a batch's briefings differ in their values, not in the
   * fields they have.
   */
  static final Map<Integer, List<Object>> TEMPLATES = new ConcurrentHashMap<>();

  private static byte[] xmp(
      Meta meta, String author, String keywords, Calendar created, String creatorTool)
      throws IOException {
    String[] fields = new String[FIELDS];
    fields[TITLE] = meta.title();
    fields[AUTHOR] = author.isEmpty() ? null : author;
    fields[SUBJECT] = meta.subject().isEmpty() ? null : meta.subject();
    fields[LANGUAGE] = meta.language().code();
    fields[SECOND_LANGUAGE] = meta.secondLanguage().map(l -> l.code()).orElse(null);
    meta.paper()
        .ifPresent(
            p -> {
              // What the briefing is made from, as the corpus gives it.
              fields[SOURCE] = p.title();
              fields[DOI] = p.doi().map(d -> "doi:" + d).orElse(null);
              fields[PUBLISHER] = p.publisher().isEmpty() ? null : p.publisher();
              fields[LICENCE] = p.licence().isEmpty() ? null : p.licence();
            });
    fields[KEYWORDS] = keywords.isEmpty() ? null : keywords;
    fields[CREATOR_TOOL] = creatorTool;
    return packet(fields, created);
  }

  /**
   * The packet of these fields (indexed as above, null where absent), from the template of their
   * shape where every value is written as it is, else through xmpbox; the same bytes either way.
   */
  static byte[] packet(String[] fields, Calendar created) throws IOException {
    fields = fields.clone();
    fields[DATE] = DateConverter.toISO8601(created);
    for (String field : fields) {
      if (field != null && !plain(field)) {
        return serialized(fields, created);
      }
    }
    int shape = 0;
    for (int i = 0; i < FIELDS; i++) {
      shape |= fields[i] == null ? 0 : 1 << i;
    }
    List<Object> template = TEMPLATES.get(shape);
    if (template == null) {
      template = kept(shape);
      if (template == null) {
        template = template(fields);
        keep(shape, template);
      }
      TEMPLATES.put(shape, template);
    }
    StringBuilder out = new StringBuilder(2048);
    for (Object part : template) {
      out.append(part instanceof Integer field ? fields[field] : (String) part);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Whether the serializer writes the text as it is: no character it escapes or that the packet's
   * clean-up below could touch, and not blank.
   */
  static boolean plain(String text) {
    if (text.isBlank()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20
          || (c >= 0x7F && c <= 0x9F)
          || c == '&'
          || c == '<'
          || c == '>'
          || c == '"'
          || c == '\''
          || c == 0x2028
          || c == 0x2029
          || c == 0xFEFF
          || Character.isSurrogate(c)
          || c >= 0xFFFE) {
        return false;
      }
    }
    return true;
  }

  private static final int KEPT_MAGIC = 0x42585431; // "BXT1"
  private static final int KEPT_FORMAT = 1;
  private static final String KEPT_SUFFIX = ".xt";

  /** Most template packets kept on disk: one per shape of fields a briefing had. */
  static final int KEPT_FILES = 64;

  /**
   * The template packet of this shape kept on disk by an earlier run ({@link KeptRoot}), or null.
   * Serializing one with xmpbox took about 23 ms of a cold PDF build (its type mapping made by
   * reflection, the XML transformer started); a template read back is checked as far as it can be:
   * literal parts and fields in turn, each field one of the shape's, each of the shape's fields
   * present, no control character and no mark in the literal parts.
   */
  static List<Object> kept(int shape) {
    KeptRoot root = KeptRoot.current();
    if (root == null) {
      return null;
    }
    byte[] bytes =
        root.folder("xmp", KEPT_SUFFIX, KEPT_FILES).read(keptName(root.stamp(), shape), 1 << 16);
    if (bytes == null) {
      return null;
    }
    try {
      return decode(bytes, shape, root.stamp());
    } catch (RuntimeException damaged) {
      return null;
    }
  }

  private static void keep(int shape, List<Object> template) {
    KeptRoot root = KeptRoot.current();
    if (root != null) {
      byte[] bytes = encode(shape, template, root.stamp());
      if (bytes != null) {
        root.folder("xmp", KEPT_SUFFIX, KEPT_FILES).write(keptName(root.stamp(), shape), bytes);
      }
    }
  }

  private static String keptName(long stamp, int shape) {
    return KeptFolder.name(stamp, ByteBuffer.allocate(4).putInt(shape).array(), KEPT_SUFFIX);
  }

  // The format (KeptBytes): the shape, the number of parts, then the parts in turn: a literal part
  // (a string) first and last, a field's index between each two.

  static byte[] encode(int shape, List<Object> template, long stamp) {
    KeptBytes.Out out = new KeptBytes.Out(KEPT_MAGIC, KEPT_FORMAT, stamp).putInt(shape);
    out.putInt(template.size());
    for (Object part : template) {
      if (part instanceof Integer field) {
        out.putInt(field);
      } else {
        out.putString((String) part);
      }
    }
    return out.finish();
  }

  static List<Object> decode(byte[] bytes, int shape, long stamp) {
    KeptBytes.In in = KeptBytes.In.open(bytes, KEPT_MAGIC, KEPT_FORMAT, stamp);
    if (in.getInt() != shape) {
      throw new IllegalStateException("another shape");
    }
    int n = in.count(8 * FIELDS + 1);
    if (n % 2 == 0) {
      throw new IllegalStateException("not literal parts and fields in turn");
    }
    List<Object> parts = new ArrayList<>(n);
    int seen = 0;
    for (int i = 0; i < n; i++) {
      if (i % 2 == 0) {
        String literal = in.getString();
        if (literal.contains(MARK)) {
          throw new IllegalStateException("a mark left in a literal part");
        }
        parts.add(literal);
      } else {
        int field = in.count(FIELDS - 1);
        if ((shape & 1 << field) == 0) {
          throw new IllegalStateException("a field the shape has not");
        }
        seen |= 1 << field;
        parts.add(field);
      }
    }
    in.end();
    if (seen != shape) {
      throw new IllegalStateException("a field of the shape missing");
    }
    return List.copyOf(parts);
  }

  /** The template packet for fields of this shape, serialized with marks for their values. */
  private static List<Object> template(String[] fields) throws IOException {
    String[] marks = new String[FIELDS];
    for (int i = 0; i < FIELDS; i++) {
      marks[i] = fields[i] == null ? null : MARK + i + "-";
    }
    String text = new String(serialized(marks, MARK_DATE), StandardCharsets.UTF_8);
    text = text.replace(DateConverter.toISO8601(MARK_DATE), MARK + DATE + "-");
    List<Object> parts = new ArrayList<>();
    Matcher m = MARKED.matcher(text);
    int at = 0;
    while (m.find()) {
      parts.add(text.substring(at, m.start()));
      parts.add(Integer.valueOf(m.group(1)));
      at = m.end();
    }
    parts.add(text.substring(at));
    return List.copyOf(parts);
  }

  /** The packet through xmpbox. */
  static byte[] serialized(String[] fields, Calendar created) throws IOException {
    XMPMetadata xmp = XMPMetadata.createXMPMetadata();
    try {
      DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
      dc.setFormat("application/pdf");
      dc.setTitle(fields[TITLE]);
      if (fields[AUTHOR] != null) {
        dc.addCreator(fields[AUTHOR]);
      }
      if (fields[SUBJECT] != null) {
        dc.setDescription(fields[SUBJECT]);
      }
      dc.addLanguage(fields[LANGUAGE]);
      if (fields[SECOND_LANGUAGE] != null) {
        dc.addLanguage(fields[SECOND_LANGUAGE]);
      }
      if (fields[SOURCE] != null) {
        dc.setSource(fields[SOURCE]);
      }
      if (fields[DOI] != null) {
        dc.setIdentifier(fields[DOI]);
      }
      if (fields[PUBLISHER] != null) {
        dc.addPublisher(fields[PUBLISHER]);
      }
      if (fields[LICENCE] != null) {
        dc.addRights(null, fields[LICENCE]);
      }

      AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
      pdf.setProducer(PRODUCER);
      if (fields[KEYWORDS] != null) {
        pdf.setKeywords(fields[KEYWORDS]);
      }

      XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
      basic.setCreatorTool(fields[CREATOR_TOOL]);
      basic.setCreateDate(created);
      basic.setModifyDate(created);

      PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
      pdfa.setPart(2);
      pdfa.setConformance("B");

      XMPSchema ua = new XMPSchema(xmp, PDFUA_NS, "pdfuaid");
      ua.setTextPropertyValue("part", "1");
      xmp.addSchema(ua);

      // PDF/A-2 knows the PDF/UA identification schema only through an extension description.
      PDFAExtensionSchema ext = xmp.createAndAddPDFAExtensionSchemaWithDefaultNS();
      ext.addNamespace("http://www.aiim.org/pdfa/ns/schema#", "pdfaSchema");
      ext.addNamespace("http://www.aiim.org/pdfa/ns/property#", "pdfaProperty");
      // The nested descriptions use the packet's own type mapping (another XMPMetadata for each
      // would build its type mapping again by reflection; it is not written out).
      XMPSchema description = new XMPSchema(xmp, "pdfaSchema", "pdfaSchema", "pdfaSchema");
      description.setTextPropertyValue("schema", "PDF/UA Universal Accessibility Schema");
      description.setTextPropertyValue("namespaceURI", PDFUA_NS);
      description.setTextPropertyValue("prefix", "pdfuaid");
      XMPSchema property = new XMPSchema(xmp, "pdfaProperty", "pdfaProperty", "pdfaProperty");
      property.setTextPropertyValue("name", "part");
      property.setTextPropertyValue("valueType", "Integer");
      property.setTextPropertyValue("category", "internal");
      property.setTextPropertyValue(
          "description", "Indicates, which part of ISO 14289 standard is followed");
      description.addUnqualifiedSequenceValue("property", property);
      ext.addBagValue("schemas", description);

      ByteArrayOutputStream out = new ByteArrayOutputStream();
      SERIALIZER.get().serialize(xmp, out, true);
      String text = out.toString(StandardCharsets.UTF_8);
      // Some XML transformers drop the xml: prefix of language alternatives.
      text = text.replace(" lang=\"x-default\"", " xml:lang=\"x-default\"");
      // The serializer indents the packet; white space between two tags means nothing in RDF/XML
      // (no element here has mixed content) and is about a fifth of the packet.
      text = INDENTATION.matcher(text).replaceAll("><");
      return text.getBytes(StandardCharsets.UTF_8);
    } catch (BadFieldValueException | TransformerException e) {
      throw new IOException("cannot write XMP metadata", e);
    }
  }
}
