package org.briefing.model;

import java.util.Locale;

/** What kind of actor. */
public enum ActorKind {
  STATE,
  ORGANISATION,
  INSTITUTION,
  COMPANY,
  PERSON;

  /** The word used in the corpus files. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
