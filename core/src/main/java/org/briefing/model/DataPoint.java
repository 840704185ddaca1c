package org.briefing.model;

import java.math.BigDecimal;

/** One labelled value of a figure, kept exactly as written ("4.0" stays "4.0"). */
public record DataPoint(String label, BigDecimal value) {}
