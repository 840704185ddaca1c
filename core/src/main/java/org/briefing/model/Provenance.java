package org.briefing.model;

/** Where a claim comes from: the paper's section and a short verbatim quote. */
public record Provenance(String section, String quote) {}
