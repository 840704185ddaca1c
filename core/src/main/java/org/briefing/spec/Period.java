package org.briefing.spec;

import java.time.LocalDate;
import java.util.Optional;
import org.briefing.model.PartialDate;

/**
 * A filter period written with partial dates ("March 2022" to "May 2022"); either end may be open.
 * A date passes when the period it may mean shares at least one day with this one, so "From
 * March/April" passes a March–May filter.
 */
public record Period(Optional<PartialDate> from, Optional<PartialDate> to) {

  /** The first day of the period, or null when open at the start. */
  public LocalDate firstDay() {
    return from.map(PartialDate::start).orElse(null);
  }

  /** The last day of the period, or null when open at the end. */
  public LocalDate lastDay() {
    return to.flatMap(PartialDate::end).orElse(null);
  }

  /** Whether a date may fall in this period. */
  public boolean admits(PartialDate date) {
    return date.overlaps(firstDay(), lastDay());
  }
}
