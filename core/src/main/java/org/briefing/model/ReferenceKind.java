package org.briefing.model;

import java.util.Locale;

/** What kind of source a reference is. */
public enum ReferenceKind {
  PERSON,
  ORGANISATION,
  MEDIA,
  DOCUMENT;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
