package org.briefing.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.briefing.assemble.Assembler;
import org.briefing.corpus.CorpusReader;
import org.briefing.document.Document;
import org.briefing.document.SampleDocuments;
import org.briefing.i18n.Language;
import org.briefing.model.Corpus;
import org.briefing.spec.SpecReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Core's shared sample documents and every example spec in {@code briefings/}, assembled from the
 * real corpus, rendered to PDF: readable text and zero failed veraPDF rules for PDF/A-2b and
 * PDF/UA-1.
 */
class ExampleBriefingsPdfTest {

  static Stream<Arguments> documents() throws IOException {
    Corpus corpus = CorpusReader.readDefault().corpus();
    SpecReader reader = SpecReader.of(corpus).withFormats(List.of());
    Assembler assembler = Assembler.of(corpus);
    List<Path> specs;
    try (Stream<Path> files = Files.list(Path.of("../../briefings"))) {
      specs = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    return Stream.concat(
        Stream.of(
            Arguments.of("sample-en", SampleDocuments.english()),
            Arguments.of("sample-pl", SampleDocuments.polish()),
            Arguments.of("sample-table-pl", SampleDocuments.tableOnly(Language.PL))),
        specs.stream()
            .map(
                p ->
                    Arguments.of(
                        p.getFileName().toString(),
                        assembler.assemble(reader.read(p)).document())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void archivalAndAccessible(String name, Document document) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfRenderer.builder().build().render(document, out);
    byte[] pdf = out.toByteArray();
    Path dir = Path.of("target", "pdf");
    Files.createDirectories(dir);
    Files.write(dir.resolve(name.replace(".yaml", "") + ".pdf"), pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertThat(text).contains(document.meta().title().replaceAll("\\s+", " "));
      assertThat(doc.getDocumentCatalog().getDocumentOutline()).isNotNull();
    }
    for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFA_2_B, PDFAFlavour.PDFUA_1)) {
      assertThat(VeraPdf.failedRules(pdf, flavour))
          .as("veraPDF %s failed rules for %s", flavour, name)
          .isEmpty();
    }
  }
}
