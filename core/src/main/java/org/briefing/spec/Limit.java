package org.briefing.spec;

import org.briefing.diagnostics.SourcePosition;

/** A length budget (words or pages) and where the spec sets it, for warnings. */
public record Limit(int value, SourcePosition position) {}
