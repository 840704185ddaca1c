package org.briefing.render.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.briefing.assemble.Assembler;
import org.briefing.corpus.CorpusReader;
import org.briefing.document.Document;
import org.briefing.document.SampleDocuments;
import org.briefing.i18n.Language;
import org.briefing.model.Corpus;
import org.briefing.spec.SpecReader;

/** Test helpers: render, read the file back with POI, and the documents every test runs over. */
final class Docx {
  private Docx() {}

  static byte[] render(Document d) {
    try {
      return DocxRenderer.builder().build().renderToBytes(d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static XWPFDocument read(byte[] bytes) {
    try {
      return new XWPFDocument(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static XWPFDocument open(Document d) {
    return read(render(d));
  }

  /** Every paragraph of the body, also those in tables (and tables in tables), in order. */
  static List<XWPFParagraph> paragraphs(XWPFDocument doc) {
    List<XWPFParagraph> all = new ArrayList<>();
    collect(doc.getBodyElements(), all);
    return all;
  }

  private static void collect(List<IBodyElement> elements, List<XWPFParagraph> all) {
    for (IBodyElement e : elements) {
      if (e instanceof XWPFParagraph p) {
        all.add(p);
      } else if (e instanceof XWPFTable t) {
        for (XWPFTableRow r : t.getRows()) {
          for (XWPFTableCell c : r.getTableCells()) {
            collect(c.getBodyElements(), all);
          }
        }
      }
    }
  }

  /** The paragraph whose text is exactly {@code text}. */
  static XWPFParagraph paragraph(XWPFDocument doc, String text) {
    return paragraphs(doc).stream()
        .filter(p -> p.getText().strip().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no paragraph \"" + text + "\""));
  }

  /** Core's sample documents, then every example spec in briefings/ assembled from the corpus. */
  static Stream<Document> samplesAndExamples() throws IOException {
    Corpus corpus = CorpusReader.readDefault().corpus();
    SpecReader reader = SpecReader.of(corpus).withFormats(List.of());
    Assembler assembler = Assembler.of(corpus);
    List<Path> specs;
    try (Stream<Path> files = Files.list(Path.of("../../briefings"))) {
      specs = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    if (specs.isEmpty()) {
      throw new AssertionError("no example specs in briefings/");
    }
    return Stream.concat(
        Stream.of(
            SampleDocuments.english(),
            SampleDocuments.polish(),
            SampleDocuments.tableOnly(Language.EN),
            SampleDocuments.tableOnly(Language.PL)),
        specs.stream().map(p -> assembler.assemble(reader.read(p)).document()));
  }
}
