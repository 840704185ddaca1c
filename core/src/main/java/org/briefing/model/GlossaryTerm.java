package org.briefing.model;

import org.briefing.i18n.TranslationStatus;

/** An English term and its Polish equivalent, with where the Polish comes from. */
public record GlossaryTerm(String id, String en, String pl, TranslationStatus status) {}
