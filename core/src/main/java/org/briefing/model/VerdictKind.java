package org.briefing.model;

import java.util.List;
import java.util.Optional;

/**
 * A kind of verdict on a hypothesis or answer to a question ("confirmed", "needs further
 * research"), as the corpus declares it.
 *
 * @param label the English label a corpus gives; empty for the default kinds, whose labels are in
 *     the label bundles ({@code verdict.<id>})
 */
public record VerdictKind(String id, Optional<String> label) {

  /** The kinds a corpus has when it declares none. */
  public static final List<VerdictKind> DEFAULTS =
      List.of(
          new VerdictKind("confirmed", Optional.empty()),
          new VerdictKind("partially-confirmed", Optional.empty()),
          new VerdictKind("not-confirmed", Optional.empty()),
          new VerdictKind("needs-further-research", Optional.empty()));

  /** Whether this is one of the default kinds with its label in the label bundles. */
  public boolean builtIn() {
    return label.isEmpty();
  }
}
