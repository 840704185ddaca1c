package org.briefing.render.csv;

import java.util.List;

/**
 * Writes RFC 4180 CSV and owns its quoting: records end with CRLF; a field that holds a comma, a
 * double quote, CR or LF is quoted, with its double quotes doubled.
 */
final class CsvWriter {
  static final String RECORD_END = "\r\n";

  private final StringBuilder out = new StringBuilder();

  /** Writes one record. */
  void record(List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(field(fields.get(i)));
    }
    out.append(RECORD_END);
  }

  String result() {
    return out.toString();
  }

  /** One field, quoted when RFC 4180 requires it. */
  static String field(String value) {
    boolean quote =
        value.indexOf(',') >= 0
            || value.indexOf('"') >= 0
            || value.indexOf('\r') >= 0
            || value.indexOf('\n') >= 0;
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }
}
