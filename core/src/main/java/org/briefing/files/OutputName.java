package org.briefing.files;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The rule for an output's base name, such as {@code gas-note} or {@code notatka-Łódź}: letters and
 * digits of any script, '.', '_' and '-'; no folders, separators, control characters or spaces; not
 * a Windows device name; at most {@value #MAX_LENGTH} characters.
 */
public final class OutputName {
  /** Longest name accepted, so that name plus extension stays within file-system limits. */
  public static final int MAX_LENGTH = 120;

  private static final Set<String> DEVICES =
      Set.of(
          "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7",
          "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

  private OutputName() {}

  /** What is wrong with {@code name}, or empty when it is a good output name. */
  public static Optional<String> problem(String name) {
    if (name.isEmpty()) {
      return Optional.of("is empty");
    }
    if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
      return Optional.of("is longer than " + MAX_LENGTH + " characters");
    }
    if (name.startsWith(".") || name.startsWith("-")) {
      return Optional.of("must start with a letter or digit");
    }
    if (name.contains("..")) {
      return Optional.of("must not contain '..'");
    }
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      i += Character.charCount(c);
      boolean ok =
          Character.isLetterOrDigit(c)
              || Character.getType(c) == Character.NON_SPACING_MARK
              || Character.getType(c) == Character.COMBINING_SPACING_MARK
              || c == '.'
              || c == '_'
              || c == '-';
      if (!ok) {
        return Optional.of(
            c == ' '
                ? "contains a space"
                : "contains '"
                    + (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                        ? String.format(Locale.ROOT, "\\u%04X", c)
                        : new String(Character.toChars(c)))
                    + "' (letters, digits, '.', '_' and '-' only)");
      }
    }
    String stem = name.split("\\.", 2)[0].toUpperCase(Locale.ROOT);
    if (DEVICES.contains(stem)) {
      return Optional.of("is a Windows device name");
    }
    return Optional.empty();
  }
}
