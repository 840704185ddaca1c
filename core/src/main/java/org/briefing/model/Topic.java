package org.briefing.model;

/** A subject findings are filed under, such as energy security or sanctions. */
public record Topic(String id, String label) {}
