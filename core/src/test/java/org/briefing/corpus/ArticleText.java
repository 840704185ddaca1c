package org.briefing.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
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

  /** An elision the corpus marks: "…" or "[…]". */
  private static final Pattern MARK = Pattern.compile("\\s*(\\[…\\]|…|\\[[^\\]]*\\])\\s*");

  /**
   * Whether a passage quotes the article, read as quotations are: words left out are marked with
   * "…" (or "[…]"), words the editors put in stand in square brackets ("[the MPs]"), the first
   * letter may change its case, and a closing full stop may end a sentence the article goes on
   * with. Everything else must be the article's, in its order, within one stretch of text.
   */
  boolean quotes(String passage) {
    String folded = fold(passage);
    StringBuilder re = new StringBuilder();
    Matcher m = MARK.matcher(folded);
    int at = 0;
    while (m.find()) {
      appendFragment(re, folded.substring(at, m.start()), re.length() == 0);
      // Left out: any stretch within a paragraph or so; put in: it stands for a few words at most.
      re.append(m.group(1).contains("…") ? ".{1,600}?" : ".{0,80}?");
      at = m.end();
    }
    String last = folded.substring(at);
    boolean period = last.endsWith(".");
    appendFragment(re, period ? last.substring(0, last.length() - 1) : last, re.length() == 0);
    if (period) {
      re.append("\\.?");
    }
    Pattern p = Pattern.compile(re.toString());
    return p.matcher(full).find() || p.matcher(body).find();
  }

  private static void appendFragment(StringBuilder re, String fragment, boolean first) {
    if (fragment.isEmpty()) {
      return;
    }
    int cp = fragment.codePointAt(0);
    int n = Character.charCount(cp);
    if (first && Character.isLetter(cp)) {
      String lower = new String(Character.toChars(Character.toLowerCase(cp)));
      String upper = new String(Character.toChars(Character.toUpperCase(cp)));
      re.append("(?:").append(Pattern.quote(lower)).append('|').append(Pattern.quote(upper));
      re.append(')');
      if (fragment.length() > n) {
        re.append(pattern(fragment.substring(n), 0).pattern().replaceFirst("^", gap()));
      }
    } else {
      re.append(pattern(fragment, 0).pattern());
    }
  }

  private static String gap() {
    return "[" + SOFT_HYPHEN + OPTIONAL_SPACE + "]?";
  }

  /**
   * The passage as a pattern in which a line-break mark may stand between any two characters, and a
   * footnote's number after a word ("region1 to", "Ukraine.3 It") before a space.
   */
  private static Pattern pattern(String passage, int flags) {
    String gap = gap();
    StringBuilder re = new StringBuilder();
    int[] previous = {0};
    passage
        .codePoints()
        .forEach(
            cp -> {
              if (re.length() > 0) {
                re.append(gap);
              }
              if (cp == ' ' && (Character.isLetter(previous[0]) || previous[0] == '.')) {
                re.append("[1-9]?");
              }
              previous[0] = cp;
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

  /** A hyphenated word written within a line ("decision-makers"). */
  private static final Pattern HYPHENATED = Pattern.compile("\\p{L}+-\\p{L}+");

  private static String join(List<String> lines) {
    Set<String> hyphenated = new HashSet<>();
    for (String line : lines) {
      Matcher h = HYPHENATED.matcher(line);
      while (h.find()) {
        hyphenated.add(h.group());
      }
    }
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
        // So too where the article writes the word with its hyphen within a line elsewhere
        // ("decision-\nmakers" beside "decision-makers").
        String token = line.substring(line.lastIndexOf(' ') + 1, line.length() - 1);
        String rest = next.split("[^\\p{L}]", 2)[0];
        b.append(line, 0, line.length() - 1);
        if (token.contains("-") || token.contains("/") || hyphenated.contains(token + "-" + rest)) {
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
