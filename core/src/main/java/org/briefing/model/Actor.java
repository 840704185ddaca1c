package org.briefing.model;

/** A state, organisation, institution, company or person the paper names. */
public record Actor(String id, String name, ActorKind kind) {}
