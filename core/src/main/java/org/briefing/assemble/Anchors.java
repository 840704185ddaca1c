package org.briefing.assemble;

/** The one place that names anchors shared across a document, so renderers never rebuild them. */
public final class Anchors {
  private Anchors() {}

  /** The anchor of a reference list entry. */
  public static String reference(String referenceId) {
    return "ref-" + referenceId;
  }
}
