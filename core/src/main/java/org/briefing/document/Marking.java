package org.briefing.document;

import java.util.Optional;

/**
 * A sharing marking printed at the head and foot of every page: a TLP 2.0 label (never translated)
 * or a free text such as "For internal use / Do użytku wewnętrznego".
 *
 * @param tlp the TLP level when the marking is a TLP label
 */
public record Marking(String text, Optional<Tlp> tlp) {

  /** TLP 2.0 labels with their FIRST colours (text on black). */
  public enum Tlp {
    CLEAR("TLP:CLEAR", "#FFFFFF"),
    GREEN("TLP:GREEN", "#33FF00"),
    AMBER("TLP:AMBER", "#FFC000"),
    AMBER_STRICT("TLP:AMBER+STRICT", "#FFC000"),
    RED("TLP:RED", "#FF2B2B");

    private final String label;
    private final String colour;

    Tlp(String label, String colour) {
      this.label = label;
      this.colour = colour;
    }

    /** The label exactly as TLP 2.0 writes it, such as "TLP:AMBER+STRICT". */
    public String label() {
      return label;
    }

    /** The label's text colour, on a black background. */
    public String colour() {
      return colour;
    }

    public static Optional<Tlp> fromLabel(String text) {
      for (Tlp t : values()) {
        if (t.label.equals(text)) {
          return Optional.of(t);
        }
      }
      return Optional.empty();
    }
  }
}
