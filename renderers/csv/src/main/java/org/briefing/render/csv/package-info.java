/** The CSV renderer: the document's summary table as RFC 4180 CSV (format {@code csv}). */
package org.briefing.render.csv;
