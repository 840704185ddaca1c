package org.briefing.render.pdf.internal;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import com.openhtmltopdf.extend.FSTextBreaker;

/**
 * Line-break opportunities by the Unicode line breaking algorithm (UAX #14) as ICU4J implements it,
 * for the PDF engine: no break after an apostrophe inside a word ("region’s"), after an opening
 * bracket or quote, or at a no-break space, which the JDK's breaker allows.
 *
 * <pre>{@code builder.useUnicodeLineBreaker(new IcuLineBreaker("pl"));}</pre>
 *
 * <p>Not thread-safe: the engine uses one per render.
 */
public final class IcuLineBreaker implements FSTextBreaker {
  private final BreakIterator iterator;

  /** A breaker for the document language, a BCP 47 tag such as "pl". */
  public IcuLineBreaker(String languageTag) {
    this.iterator = BreakIterator.getLineInstance(ULocale.forLanguageTag(languageTag));
  }

  @Override
  public int next() {
    return iterator.next();
  }

  @Override
  public void setText(String text) {
    iterator.setText(text);
  }
}
