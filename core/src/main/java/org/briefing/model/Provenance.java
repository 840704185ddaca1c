package org.briefing.model;

/** Where a claim comes from: the article section and a short verbatim quote. */
public record Provenance(String section, String quote) {}
