package org.briefing.model;

/** The note under the table that a marker in a cell points to. */
public record TableNote(String marker, String text, String ref) {}
