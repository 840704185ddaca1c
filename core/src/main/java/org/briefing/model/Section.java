package org.briefing.model;

/** A section of the article, in article order. */
public record Section(String id, String title) {}
