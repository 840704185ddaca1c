package org.briefing.render.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.briefing.diagnostics.SourcePosition;
import org.briefing.document.Block;
import org.briefing.document.Branding;
import org.briefing.document.Document;
import org.briefing.document.Inline;
import org.briefing.document.Meta;
import org.briefing.i18n.Language;
import org.briefing.render.PictureProblem;
import org.briefing.render.UnsupportedContentException;
import org.junit.jupiter.api.Test;

/** SVG figures and logos reach Word as PNGs drawn at 300 dpi of the size they are placed at. */
class DocxSvgPictureTest {
  /** 192 × 96 CSS pixels: 2 × 1 inches on the page, so 600 × 300 pixels at 300 dpi. */
  private static final String FIGURE =
      "<svg xmlns='http://www.w3.org/2000/svg' width='192' height='96' viewBox='0 0 192 96'>"
          + "<defs><linearGradient id='g'><stop offset='0' stop-color='#0b5394'/>"
          + "<stop offset='1' stop-color='#e69f00'/></linearGradient></defs>"
          + "<rect width='192' height='96' fill='url(#g)'/>"
          + "<circle cx='96' cy='48' r='30' fill='#ffffff' stroke='#000' stroke-width='3'/></svg>";

  /** 300 × 100 CSS pixels: wider than a logo's 4 cm, so placed at 4 cm × 4/3 cm. */
  private static final String LOGO =
      "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 300 100' width='300' height='100'>"
          + "<rect x='5' y='5' width='290' height='90' rx='12' fill='#0b5394'/>"
          + "<path d='M20 80 L80 20 L140 80 Z' fill='#ffcc00'/></svg>";

  private static Document document() {
    Meta meta =
        Meta.builder("svg", "Pictures", Language.EN)
            .branding(
                Optional.of(
                    new Branding(
                        "Baltic Institute",
                        Optional.of(
                            new Branding.Logo(
                                LOGO.getBytes(StandardCharsets.UTF_8), "image/svg+xml")),
                        Optional.empty())))
            .build();
    return new Document(
        meta,
        List.of(
            new Block.Image(
                "fig-map",
                List.of(new Inline.Text("Figure 1. A gradient")),
                FIGURE.getBytes(StandardCharsets.UTF_8),
                "image/svg+xml",
                "A blue to orange gradient with a white circle.",
                List.of())));
  }

  @Test
  void anSvgFigureAndAnSvgLogoArePngsOfTheirPlacedSizeAt300Dpi() throws IOException {
    XWPFDocument doc = Docx.open(document());
    List<XWPFPicture> pictures = new ArrayList<>();
    for (XWPFParagraph p : Docx.paragraphs(doc)) {
      for (XWPFRun r : p.getRuns()) {
        pictures.addAll(r.getEmbeddedPictures());
      }
    }
    assertThat(pictures).hasSize(2);
    XWPFPicture logo = pictures.get(0);
    XWPFPicture figure = pictures.get(1);
    assertThat(logo.getDescription()).isEqualTo("Baltic Institute logo");
    assertThat(figure.getDescription()).isEqualTo("A blue to orange gradient with a white circle.");
    for (XWPFPicture pic : pictures) {
      assertThat(pic.getPictureData().getPictureTypeEnum())
          .isEqualTo(org.apache.poi.common.usermodel.PictureType.PNG);
    }
    // The figure: 2 × 1 inches (1,828,800 × 914,400 EMU), 600 × 300 pixels.
    assertThat(figure.getCTPicture().getSpPr().getXfrm().getExt().getCx()).isEqualTo(1_828_800L);
    assertThat(figure.getCTPicture().getSpPr().getXfrm().getExt().getCy()).isEqualTo(914_400L);
    assertThat(size(figure.getPictureData())).containsExactly(600, 300);
    // The logo: 4 cm wide (1,440,180 EMU) and a third as high, 473 × 158 pixels at 300 dpi.
    assertThat(logo.getCTPicture().getSpPr().getXfrm().getExt().getCx()).isEqualTo(1_440_180L);
    assertThat(logo.getCTPicture().getSpPr().getXfrm().getExt().getCy()).isEqualTo(480_060L);
    assertThat(size(logo.getPictureData())).containsExactly(473, 158);
    // Drawn, not blank: the logo's triangle is yellow where the SVG puts it.
    BufferedImage figurePixels = image(figure.getPictureData());
    assertThat(figurePixels.getRGB(300, 150) & 0xffffff).isEqualTo(0xffffff);
    assertThat(figurePixels.getRGB(10, 150) & 0xffffff).isNotEqualTo(0xffffff);
    BufferedImage logoPixels = image(logo.getPictureData());
    assertThat(logoPixels.getRGB(126, 95) & 0xffffff).isEqualTo(0xffcc00);
  }

  @Test
  void rebuildsWithSvgPicturesAreByteIdentical() {
    assertThat(Docx.render(document())).isEqualTo(Docx.render(document()));
  }

  @Test
  void anSvgThatRefersOutsideItselfIsRefusedAgainBeforeBatikReadsIt() {
    String hostile =
        "<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink'"
            + " width='10' height='10'><image xlink:href='http://example.com/x.png'"
            + " width='10' height='10'/></svg>";
    Document d = onePicture(hostile, Optional.empty());
    assertThatThrownBy(() -> Docx.render(d))
        .isInstanceOf(UnsupportedContentException.class)
        .hasMessageContaining("outside itself")
        .hasMessageContaining("(for \"alt text\")");
  }

  @Test
  void aPictureBatikCannotDrawIsReportedAtTheFiguresImageAndNamesIt() {
    SourcePosition at = new SourcePosition("corpus/figures.yaml", 9, 12);
    // Well-formed and self-contained, so the corpus takes it; Batik refuses its path data.
    Document d =
        onePicture(
            "<svg xmlns='http://www.w3.org/2000/svg' width='100' height='50'>"
                + "<path d='M 0 0 L 10 zz 5'/></svg>",
            Optional.of(new Block.Image.Origin("bad-map", "images/bad.svg", at)));

    assertThatThrownBy(() -> Docx.render(d))
        .isInstanceOfSatisfying(
            UnsupportedContentException.class,
            e -> {
              assertThat(e.position()).contains(at);
              assertThat(e.getMessage())
                  .isEqualTo(
                      "the picture of figure 'bad-map' (images/bad.svg) could not be drawn:"
                          + " the attribute \"d\" of the element <path> is invalid");
              assertThat(e.hint()).contains(PictureProblem.HINT);
            });
  }

  private static Document onePicture(String svg, Optional<Block.Image.Origin> origin) {
    return new Document(
        Meta.builder("x", "T", Language.EN).build(),
        List.of(
            new Block.Image(
                "i",
                List.of(),
                svg.getBytes(StandardCharsets.UTF_8),
                "image/svg+xml",
                Block.AltText.of("alt text"),
                List.of(),
                origin)));
  }

  private static BufferedImage image(XWPFPictureData data) throws IOException {
    return ImageIO.read(new ByteArrayInputStream(data.getData()));
  }

  private static int[] size(XWPFPictureData data) throws IOException {
    BufferedImage i = image(data);
    return new int[] {i.getWidth(), i.getHeight()};
  }
}
