package org.briefing.render.pdf.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.briefing.document.AbstractVisitor;
import org.briefing.document.Block;
import org.briefing.document.Branding;
import org.briefing.document.Document;
import org.briefing.render.PictureProblem;
import org.briefing.render.UnsupportedContentException;

/**
 * Finds which picture of a document the engine failed to draw, so that the error names it and
 * stands where the input names it (a figure's {@code image:}, a spec's {@code logo:}): the engine
 * says only that a picture failed. With one picture that is the one; with more, each is drawn
 * alone, the logo first (every trial page shows it), until one fails.
 *
 * <pre>{@code
 * throw FailedPicture.find(document, e.reason(), alone -> drawAndReport(alone));
 * }</pre>
 */
public final class FailedPicture {
  private FailedPicture() {}

  /** The engine failed to draw a picture of the document, for the reason given. */
  public static final class NotDrawn extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param reason why, in the drawing library's words made readable ({@link
     *     PictureProblem#reason})
     */
    public NotDrawn(String reason) {
      super(reason, null, false, false);
    }

    public String reason() {
      return getMessage();
    }
  }

  /** Draws a document of one picture the way the failed document was drawn. */
  @FunctionalInterface
  public interface Trial {
    /**
     * @throws NotDrawn when the engine fails to draw the picture
     */
    void draw(Document alone) throws java.io.IOException;
  }

  /**
   * The error for the picture that failed: found by {@code trial} when the document has several;
   * not placed when none fails alone.
   *
   * @param reason why the document's drawing failed
   */
  public static UnsupportedContentException find(Document document, String reason, Trial trial) {
    Optional<Branding.Logo> logo = document.meta().branding().flatMap(Branding::logo);
    List<Block.Image> images = images(document);
    String problem = "could not be drawn: ";
    if (logo.isPresent() && images.isEmpty()) {
      return PictureProblem.ofLogo(logo.get(), problem + reason);
    }
    if (logo.isEmpty() && images.size() == 1) {
      return PictureProblem.of(images.get(0), problem + reason);
    }
    if (logo.isPresent()) {
      Optional<String> failed = failure(trial, new Document(document.meta(), List.of()));
      if (failed.isPresent()) {
        return PictureProblem.ofLogo(logo.get(), problem + failed.get());
      }
    }
    for (Block.Image image : images) {
      Optional<String> failed = failure(trial, new Document(document.meta(), List.of(image)));
      if (failed.isPresent()) {
        return PictureProblem.of(image, problem + failed.get());
      }
    }
    return new UnsupportedContentException(
        "a picture could not be drawn: " + reason, Optional.empty(), PictureProblem.HINT);
  }

  /** Why the engine failed to draw this document's picture, or empty when it drew it. */
  private static Optional<String> failure(Trial trial, Document alone) {
    try {
      trial.draw(alone);
      return Optional.empty();
    } catch (NotDrawn e) {
      return Optional.of(e.reason());
    } catch (java.io.IOException | RuntimeException e) {
      // Another failure of the trial says nothing about this picture.
      return Optional.empty();
    }
  }

  /** The document's pictures, each once, in order. */
  private static List<Block.Image> images(Document document) {
    List<Block.Image> found = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Block.Image node) {
            if (!found.contains(node)) {
              found.add(node);
            }
          }
        });
    return found;
  }
}
