package org.briefing.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.junit.jupiter.api.Test;

class InlineObjectsTest {

  /** A structure element holding one marked-content reference, in a one-page document. */
  private static byte[] pdf(boolean inline) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      COSDictionary mcr = mcr(0, page);
      COSDictionary element = new COSDictionary();
      element.setItem(COSName.TYPE, COSName.getPDFName("StructElem"));
      element.setItem(COSName.S, COSName.P);
      COSArray kids = new COSArray();
      kids.add(mcr);
      element.setItem(COSName.K, kids);
      tree(doc, element);
      if (inline) {
        InlineObjects.apply(doc);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out, CompressParameters.NO_COMPRESSION);
      return out.toByteArray();
    }
  }

  private static COSArray kidsOfFirstElement(PDDocument doc) {
    COSArray top =
        doc.getDocumentCatalog().getStructureTreeRoot().getCOSObject().getCOSArray(COSName.K);
    return ((COSDictionary) top.getObject(0)).getCOSArray(COSName.K);
  }

  @Test
  void referencesAndKidsArraysAreWrittenInPlaceWithTheSameContent() throws IOException {
    byte[] before = pdf(false);
    byte[] after = pdf(true);
    try (PDDocument a = Loader.loadPDF(before);
        PDDocument b = Loader.loadPDF(after)) {
      COSDictionary element =
          (COSDictionary)
              b.getDocumentCatalog()
                  .getStructureTreeRoot()
                  .getCOSObject()
                  .getCOSArray(COSName.K)
                  .getObject(0);
      // In place: the kids array is no object of its own, nor is the reference, which became the
      // bare identifier on the page the element now names.
      assertThat(element.getItem(COSName.K)).isInstanceOf(COSArray.class);
      assertThat(kidsOfFirstElement(a).get(0)).isInstanceOf(COSObject.class);
      assertThat(kidsOfFirstElement(b).get(0)).isEqualTo(COSInteger.get(0));
      assertThat(element.getCOSDictionary(COSName.PG)).isSameAs(b.getPage(0).getCOSObject());
      COSDictionary mcr = (COSDictionary) kidsOfFirstElement(a).getObject(0);
      assertThat(mcr.getInt(COSName.MCID)).isZero();
      assertThat(mcr.getCOSDictionary(COSName.PG)).isSameAs(a.getPage(0).getCOSObject());
    }
    assertThat(after.length).isLessThan(before.length);
  }

  @Test
  void aReferenceToTheElementsOwnPageBecomesItsIdentifier() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage first = new PDPage();
      PDPage second = new PDPage();
      doc.addPage(first);
      doc.addPage(second);
      COSDictionary element = new COSDictionary();
      element.setItem(COSName.TYPE, COSName.getPDFName("StructElem"));
      element.setItem(COSName.S, COSName.P);
      element.setItem(COSName.PG, first);
      COSArray kids = new COSArray();
      kids.add(mcr(3, first));
      kids.add(mcr(0, second));
      COSDictionary inForm = mcr(1, first);
      inForm.setItem(COSName.getPDFName("Stm"), new COSDictionary());
      kids.add(inForm);
      element.setItem(COSName.K, kids);
      tree(doc, element);

      InlineObjects.apply(doc);

      assertThat(element.containsKey(COSName.TYPE)).isFalse();
      assertThat(kids.get(0)).isEqualTo(COSInteger.get(3));
      // Another page's content, or a form's, keeps its full reference.
      assertThat(kids.getObject(1)).isInstanceOf(COSDictionary.class);
      assertThat(((COSDictionary) kids.getObject(1)).getInt(COSName.MCID)).isZero();
      assertThat(kids.getObject(2)).isSameAs(inForm);
    }
  }

  @Test
  void anElementWithNoContentOfItsOwnLosesItsPage() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      COSDictionary child = new COSDictionary();
      child.setItem(COSName.S, COSName.P);
      child.setItem(COSName.PG, page);
      child.setItem(COSName.K, COSInteger.get(4));
      COSDictionary parent = new COSDictionary();
      parent.setItem(COSName.S, COSName.getPDFName("Div"));
      parent.setItem(COSName.PG, page);
      parent.setItem(COSName.K, child);
      tree(doc, parent);

      InlineObjects.apply(doc);

      assertThat(parent.containsKey(COSName.PG)).isFalse();
      assertThat(child.getCOSDictionary(COSName.PG)).isSameAs(page.getCOSObject());
      assertThat(child.getItem(COSName.K)).isEqualTo(COSInteger.get(4));
    }
  }

  /** Makes {@code element} the one top element of the document's structure tree. */
  private static void tree(PDDocument doc, COSDictionary element) {
    PDStructureTreeRoot root = new PDStructureTreeRoot();
    COSArray top = new COSArray();
    top.add(element);
    root.getCOSObject().setItem(COSName.K, top);
    doc.getDocumentCatalog().setStructureTreeRoot(root);
  }

  private static COSDictionary mcr(int mcid, PDPage page) {
    COSDictionary mcr = new COSDictionary();
    mcr.setItem(COSName.TYPE, COSName.getPDFName("MCR"));
    mcr.setInt(COSName.MCID, mcid);
    mcr.setItem(COSName.PG, page);
    return mcr;
  }
}
