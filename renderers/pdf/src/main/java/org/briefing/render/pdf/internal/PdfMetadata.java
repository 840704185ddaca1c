package org.briefing.render.pdf.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import java.util.regex.Pattern;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAExtensionSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;
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

  private static byte[] xmp(
      Meta meta, String author, String keywords, Calendar created, String creatorTool)
      throws IOException {
    XMPMetadata xmp = XMPMetadata.createXMPMetadata();
    try {
      DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
      dc.setFormat("application/pdf");
      dc.setTitle(meta.title());
      if (!author.isEmpty()) {
        dc.addCreator(author);
      }
      if (!meta.subject().isEmpty()) {
        dc.setDescription(meta.subject());
      }
      dc.addLanguage(meta.language().code());
      meta.secondLanguage().ifPresent(l -> dc.addLanguage(l.code()));
      meta.paper()
          .ifPresent(
              p -> {
                // What the briefing is made from, as the corpus gives it.
                dc.setSource(p.title());
                p.doi().ifPresent(d -> dc.setIdentifier("doi:" + d));
                if (!p.publisher().isEmpty()) {
                  dc.addPublisher(p.publisher());
                }
                if (!p.licence().isEmpty()) {
                  dc.addRights(null, p.licence());
                }
              });

      AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
      pdf.setProducer(PRODUCER);
      if (!keywords.isEmpty()) {
        pdf.setKeywords(keywords);
      }

      XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
      basic.setCreatorTool(creatorTool);
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
