package org.briefing.corpus;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.briefing.i18n.Translation;
import org.briefing.i18n.Translations;
import org.briefing.i18n.UnitCatalog;

/**
 * Writes a translations file ({@code translations/pl.yaml}) in the format of {@code FORMAT.md}, so
 * that {@link CorpusReader} reads it back to the same {@link Translations}: units in catalog order
 * (any unit the catalog lacks follows, in its own order), every text double-quoted on one line with
 * YAML escapes where a character needs one.
 *
 * <pre>{@code
 * String yaml = TranslationsYamlWriter.write(translations, Localizer.units(corpus));
 * }</pre>
 *
 * <p>The same translations always give the same text. Stateless.
 */
public final class TranslationsYamlWriter {
  /** Unit ids that YAML reads as plain strings, unquoted. */
  private static final Pattern PLAIN_KEY = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)*");

  private TranslationsYamlWriter() {}

  public static String write(Translations translations, UnitCatalog catalog) {
    Map<String, Translation> ordered = new LinkedHashMap<>();
    for (String id : catalog.units().keySet()) {
      translations.unit(id).ifPresent(t -> ordered.put(id, t));
    }
    translations.units().forEach(ordered::putIfAbsent);
    StringBuilder out = new StringBuilder();
    out.append("language: ").append(translations.language().code()).append('\n');
    out.append("units:");
    if (ordered.isEmpty()) {
      out.append(" {}");
    }
    out.append('\n');
    for (Translation t : ordered.values()) {
      String key = PLAIN_KEY.matcher(t.unitId()).matches() ? t.unitId() : quoted(t.unitId());
      out.append("  ").append(key).append(":\n");
      out.append("    status: ").append(t.status().key()).append('\n');
      out.append("    fingerprint: ").append(quotedIfNeeded(t.fingerprint())).append('\n');
      out.append("    text: ").append(quoted(t.text())).append('\n');
      t.source().ifPresent(e -> out.append("    source: ").append(quoted(e)).append('\n'));
      if (!t.notes().isEmpty()) {
        out.append("    notes:\n");
        t.notes().forEach(n -> out.append("      - ").append(quoted(n)).append('\n'));
      }
    }
    return out.toString();
  }

  /** A fingerprint is 16 hex digits, written plain as the reader keeps a scalar's text. */
  private static String quotedIfNeeded(String fingerprint) {
    return fingerprint.matches("[0-9a-f]{16}") ? fingerprint : quoted(fingerprint);
  }

  /** A YAML double-quoted scalar: printable characters as they are, others escaped. */
  public static String quoted(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    s.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                case 0 -> b.append("\\0");
                case 0x2028 -> b.append("\\u2028");
                case 0x2029 -> b.append("\\u2029");
                default -> {
                  if (printable(c)) {
                    b.appendCodePoint(c);
                  } else if (c <= 0xFF) {
                    b.append(String.format("\\x%02X", c));
                  } else if (c <= 0xFFFF) {
                    b.append(String.format("\\u%04X", c));
                  } else {
                    b.append(String.format("\\U%08X", c));
                  }
                }
              }
            });
    return b.append('"').toString();
  }

  /** YAML 1.2's printable set, less NEL (a line break to YAML 1.1) and the byte order mark. */
  private static boolean printable(int c) {
    return (c >= 0x20 && c <= 0x7E)
        || (c >= 0xA0 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
