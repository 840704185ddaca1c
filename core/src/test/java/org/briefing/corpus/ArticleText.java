package org.briefing.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The article's text as extracted from the PDF (test resource {@code article.txt}), read back the
 * way the corpus stores text: line-break hyphens removed, white space folded.
 *
 * <p>A line-break hyphen before a lower-case letter is removed ("bil-\nlion" is "billion"), except
 * in a token that holds a hyphen or slash already, such as a URL ("ukraine-\nin-a-percent"): there
 * the hyphen may be real and {@link #contains} accepts both readings. A break after a slash
 * ("Country/\norganisation") may or may not stand for a space; both readings are accepted.
 * Footnotes are printed inside the running text, so a passage may also match the text with the
 * footnote blocks cut out.
 */
final class ArticleText {
  /** A line-break hyphen: matches "" or "-". */
  private static final char SOFT_HYPHEN = '\u00AD';

  /** A line break after a slash: matches "" or " ". */
  private static final char OPTIONAL_SPACE = '\u200B';

  private static final Pattern WHITE = Pattern.compile("(?U)\\s+");

  /** A footnote's first line: its number, an en space or two spaces, its text. */
  private static final Pattern FOOTNOTE_START = Pattern.compile("\\d(?:\u2002| {2})\\s*\\S.*");

  private final String full;
  private final String body;

  private ArticleText(String full, String body) {
    this.full = full;
    this.body = body;
  }

  static ArticleText load() {
    try (InputStream in = ArticleText.class.getResourceAsStream("/article.txt")) {
      return of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ArticleText of(String raw) {
    List<String> lines = List.of(raw.split("\r?\n", -1));
    return new ArticleText(join(lines), join(withoutFootnotes(lines)));
  }

  /** Folds white space as the corpus does. */
  static String fold(String s) {
    return WHITE.matcher(s).replaceAll(" ").strip();
  }

  /** The text with every line-break hyphen removed and white space folded. */
  String plain() {
    return full.replace(String.valueOf(SOFT_HYPHEN), "")
        .replace(String.valueOf(OPTIONAL_SPACE), "");
  }

  boolean contains(String passage) {
    return find(passage, 0);
  }

  boolean containsIgnoringCase(String passage) {
    return find(passage, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private boolean find(String passage, int flags) {
    Pattern p = pattern(fold(passage), flags);
    return p.matcher(full).find() || p.matcher(body).find();
  }

  /** The passage as a pattern in which a line-break mark may stand between any two characters. */
  private static Pattern pattern(String passage, int flags) {
    String gap = "[" + SOFT_HYPHEN + OPTIONAL_SPACE + "]?";
    StringBuilder re = new StringBuilder();
    passage
        .codePoints()
        .forEach(
            cp -> {
              if (re.length() > 0) {
                re.append(gap);
              }
              if (cp == '-') {
                re.append("[-").append(SOFT_HYPHEN).append(']');
              } else if (cp == ' ') {
                re.append("[ ").append(OPTIONAL_SPACE).append(']');
              } else {
                re.append(Pattern.quote(new String(Character.toChars(cp))));
              }
            });
    return Pattern.compile(re.toString(), flags);
  }

  private static String join(List<String> lines) {
    StringBuilder b = new StringBuilder();
    boolean joined = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = joined ? lines.get(i).strip() : lines.get(i).stripTrailing();
      String next = i + 1 < lines.size() ? lines.get(i + 1).strip() : "";
      boolean lowerNext = !next.isEmpty() && Character.isLowerCase(next.codePointAt(0));
      boolean letterBefore =
          line.length() > 1 && Character.isLetter(line.charAt(line.length() - 2));
      if (line.endsWith("-") && letterBefore && lowerNext) {
        // "bil-\nlion" is one word; but in "bilateral-aid-to-ukraine-\nin-a-percent" (a URL)
        // the hyphen is real: where the broken token holds a hyphen or slash, allow both.
        String token = line.substring(line.lastIndexOf(' ') + 1, line.length() - 1);
        b.append(line, 0, line.length() - 1);
        if (token.contains("-") || token.contains("/")) {
          b.append(SOFT_HYPHEN);
        }
        joined = true;
      } else if (line.endsWith("-") && letterBefore && !next.isEmpty()) {
        // Before a capital the hyphen is real ("Kuczyńska-\nZonik"): keep it, add no space.
        b.append(line);
        joined = true;
      } else if (line.endsWith("/") && !next.isEmpty()) {
        b.append(line).append(OPTIONAL_SPACE);
        joined = true;
      } else {
        b.append(line).append('\n');
        joined = false;
      }
    }
    return fold(b.toString());
  }

  /**
   * The lines without footnote blocks. A block starts with "N text" and runs until the running text
   * resumes on an indented line, as the PDF extraction lays pages out.
   */
  private static List<String> withoutFootnotes(List<String> lines) {
    List<String> out = new ArrayList<>();
    boolean inFootnote = false;
    for (String line : lines) {
      if (FOOTNOTE_START.matcher(line).matches()) {
        inFootnote = true;
      } else if (inFootnote && line.startsWith(" ") && !line.isBlank()) {
        inFootnote = false;
      }
      if (!inFootnote) {
        out.add(line);
      }
    }
    return out;
  }
}
