package org.briefing.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import de.undercouch.citeproc.bibtex.BibTeXConverter;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.json.MapJsonBuilderFactory;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.diagnostics.Problems;
import org.briefing.diagnostics.SourcePosition;
import org.briefing.model.PartialDate;
import org.briefing.model.Reference;
import org.briefing.text.ControlCharacters;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.BibTeXString;
import org.jbibtex.Key;
import org.jbibtex.ParseException;
import org.jbibtex.TokenMgrException;

/**
 * References a corpus gives as a BibTeX file ({@code references.bib}, read by JBibTeX and turned
 * into CSL items by citeproc-java) or as a CSL-JSON file ({@code references.json}, an array of CSL
 * items as Zotero and pandoc export them), beside or instead of {@code references.yaml}. Every
 * entry is checked as a references.yaml entry is; errors name the file, line and column.
 */
final class ReferenceFiles {
  /** The reference files a corpus may hold besides references.yaml. */
  static final List<String> FILES = List.of("references.bib", "references.json");

  private static final Pattern LEXICAL = Pattern.compile("line (\\d+), column (\\d+)");
  private static final Pattern BIBTEX_ISSUED = Pattern.compile("(\\d{4})");

  /** Jackson's words for a member given twice ("Duplicate field 'title'"). */
  private static final Pattern DUPLICATE_MEMBER = Pattern.compile("Duplicate field '([^']*)'");

  /** The start of a BibTeX entry with its key ("@book{key,"); not @string, @preamble, @comment. */
  private static final Pattern BIBTEX_ENTRY =
      Pattern.compile("@\\s*(\\w+)\\s*[{(]\\s*([^,\\s{}()]+)\\s*,");

  /** A BibTeX month: a number 1–12, or an English month's name or its three-letter macro. */
  private static final Pattern BIBTEX_MONTH =
      Pattern.compile(
          "(?i)(0?[1-9]|1[0-2]|jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?"
              + "|aug(ust)?|sep(tember)?|oct(ober)?|nov(ember)?|dec(ember)?)");

  private final Problems problems;
  private final CorpusBinder binder;

  ReferenceFiles(Problems problems, CorpusBinder binder) {
    this.problems = problems;
    this.binder = binder;
  }

  /**
   * Deepest nesting of braces read in a BibTeX file: far beyond any title's {{NATO}}, and shallow
   * enough for JBibTeX's LaTeX parser, which recurses per brace (20,000 overflowed its stack).
   */
  static final int MAX_BRACE_DEPTH = 32;

  /** Reports, at the brace, nesting deeper than {@link #MAX_BRACE_DEPTH}. */
  private boolean bracesTooDeep(String shown, String text) {
    int at = firstTooDeep(text, MAX_BRACE_DEPTH, false);
    if (at >= 0) {
      problems.error(
          positionOf(shown, text, at),
          "braces nested more than " + MAX_BRACE_DEPTH + " deep",
          "a field value reads {Text with {Protected} words}");
    }
    return at >= 0;
  }

  /**
   * The index of the first bracket ('{', or '[' too in JSON) that nests deeper than {@code max},
   * else -1; in JSON, brackets inside strings do not count.
   */
  private static int firstTooDeep(String text, int max, boolean json) {
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (json && c == '"') {
        inString = true;
      } else if ((c == '{' || json && c == '[') && ++depth > max) {
        return i;
      } else if ((c == '}' || json && c == ']') && depth > 0) {
        depth--;
      }
    }
    return -1;
  }

  /** The entries of a BibTeX file; a syntax error is reported where the parser stopped. */
  List<Reference> bibtex(String shown, String text) {
    if (holdsRefusedCharacter(shown, text) || bracesTooDeep(shown, text)) {
      return List.of();
    }
    BibTeXDatabase db;
    try {
      BibTeXParser parser =
          new BibTeXParser() {
            @Override
            public void checkStringResolution(Key key, BibTeXString string) {
              if (string == null) {
                problems.error(
                    find(
                        shown,
                        text,
                        Pattern.compile(
                            "=\\s*(" + Pattern.quote(key.getValue()) + ")\\b",
                            Pattern.CASE_INSENSITIVE)),
                    "the string '" + key.getValue() + "' is used but not defined",
                    "define it with @string{" + key.getValue() + " = \"…\"} or write the text");
              }
            }

            @Override
            public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {
              if (entry == null) {
                problems.error(
                    find(
                        shown,
                        text,
                        Pattern.compile(
                            "crossref\\s*=\\s*[{\"]\\s*(" + Pattern.quote(key.getValue()) + ")",
                            Pattern.CASE_INSENSITIVE)),
                    "the cross-reference '" + key.getValue() + "' names no entry of this file",
                    "add the entry it names, or remove 'crossref'");
              }
            }
          };
      db = parser.parse(new StringReader(text));
    } catch (ParseException e) {
      org.jbibtex.Token at = e.currentToken != null ? e.currentToken.next : null;
      String found =
          at != null && at.image != null && !at.image.isEmpty()
              ? "'" + at.image + "'"
              : "the end of the file";
      problems.error(
          at != null
              ? new SourcePosition(shown, at.beginLine, at.beginColumn)
              : SourcePosition.file(shown),
          "this is not BibTeX: " + found + " was not expected here",
          "an entry reads @type{key, field = {value}, …}");
      return List.of();
    } catch (TokenMgrException e) {
      Matcher m = LEXICAL.matcher(String.valueOf(e.getMessage()));
      problems.error(
          m.find()
              ? new SourcePosition(
                  shown, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))
              : SourcePosition.file(shown),
          "this is not BibTeX: a character that cannot start or continue an entry",
          "check quotes and braces around field values");
      return List.of();
    }
    if (keyGivenTwice(shown, text)) {
      return List.of();
    }
    BibTeXConverter converter = new BibTeXConverter();
    List<Reference> out = new ArrayList<>();
    for (Map.Entry<Key, BibTeXEntry> e : db.getEntries().entrySet()) {
      String key = e.getKey().getValue();
      SourcePosition at = entryPosition(shown, text, key);
      CSLItemData item = converter.toItemData(e.getValue());
      @SuppressWarnings("unchecked")
      Map<String, Object> json =
          (Map<String, Object>) item.toJson(new MapJsonBuilderFactory().createJsonBuilder());
      Positions where = variable -> at;
      // An article's BibTeX "number" is its issue; citeproc-java 3.5 keeps it as CSL "number",
      // which the styles do not print for articles.
      if ("article-journal".equals(String.valueOf(json.get("type")))
          && json.containsKey("number")
          && !json.containsKey("issue")) {
        json.put("issue", json.remove("number"));
      }
      // BibTeX's year may be "2015a" or "n.d."; the converter keeps only what it can read. A
      // year or month it cannot read is an error, not a date quietly dropped.
      org.jbibtex.Value year = e.getValue().getField(BibTeXEntry.KEY_YEAR);
      String written = year == null ? "" : year.toUserString().strip();
      if (!written.isEmpty()
          && !written.matches("\\d{4}[a-z]?|n\\.\\s*d\\.|forthcoming|in press")) {
        problems.error(
            at,
            "BibTeX entry '" + key + "': the year '" + written + "' is not a year",
            "write four digits, such as year = {2022} (or 2022a, n.d., forthcoming)");
        continue;
      }
      org.jbibtex.Value month = e.getValue().getField(BibTeXEntry.KEY_MONTH);
      if (month != null && !BIBTEX_MONTH.matcher(month.toUserString().strip()).matches()) {
        problems.error(
            at,
            "BibTeX entry '"
                + key
                + "': the month '"
                + month.toUserString().strip()
                + "' is not a month",
            "write 1–12 or a month's name, such as month = feb");
        continue;
      }
      if (!json.containsKey("issued")) {
        if (BIBTEX_ISSUED.matcher(written).matches()) {
          json.put("issued", Map.of("raw", written));
        }
      }
      reference(json, where, shown, "BibTeX entry '" + key + "'", false).ifPresent(out::add);
    }
    return out;
  }

  /**
   * Whether two entries of the file have one key: the parser keeps the first and drops the other
   * without a word, so the second is reported where it starts, as an id given twice in YAML is.
   */
  private boolean keyGivenTwice(String shown, String text) {
    Map<String, Integer> first = new java.util.HashMap<>();
    boolean twice = false;
    Matcher m = BIBTEX_ENTRY.matcher(text);
    while (m.find()) {
      String type = m.group(1).toLowerCase(java.util.Locale.ROOT);
      if (type.equals("string") || type.equals("preamble") || type.equals("comment")) {
        continue;
      }
      Integer earlier = first.putIfAbsent(m.group(2), m.start());
      if (earlier != null) {
        problems.error(
            positionOf(shown, text, m.start()),
            "the key '"
                + m.group(2)
                + "' is given to an earlier entry too (line "
                + positionOf(shown, text, earlier).line()
                + ")",
            "give each entry its own key");
        twice = true;
      }
    }
    return twice;
  }

  /** Where the entry with this key starts: "@book{key," — the parser keeps no positions. */
  private static SourcePosition entryPosition(String shown, String text, String key) {
    return find(
        shown, text, Pattern.compile("(@)\\s*\\w+\\s*[{(]\\s*" + Pattern.quote(key) + "\\s*,"));
  }

  /**
   * Whether the file's text holds a character no text may hold (a control character, a bidi
   * control, …; {@link ControlCharacters}), written as it is: reported at its line and column, as
   * the YAML files' are.
   */
  private boolean holdsRefusedCharacter(String shown, String text) {
    OptionalInt bad = ControlCharacters.first(text);
    if (bad.isEmpty()) {
      return false;
    }
    int c = text.codePointAt(bad.getAsInt());
    problems.error(
        positionOf(shown, text, bad.getAsInt()),
        ControlCharacters.message(c),
        ControlCharacters.hint(c));
    return true;
  }

  /**
   * The first text of an item's value (a string at any depth of its objects and lists) that holds a
   * refused character, such as a JSON escape "\u001b", or one a LaTeX command of a BibTeX field
   * turned into: its code point.
   */
  private static OptionalInt refusedIn(Object v) {
    if (v instanceof String s) {
      OptionalInt at = ControlCharacters.first(s);
      return at.isPresent() ? OptionalInt.of(s.codePointAt(at.getAsInt())) : at;
    }
    Iterable<?> parts =
        v instanceof Map<?, ?> m ? m.values() : v instanceof List<?> l ? l : List.of();
    for (Object part : parts) {
      OptionalInt c = refusedIn(part);
      if (c.isPresent()) {
        return c;
      }
    }
    return OptionalInt.empty();
  }

  /** Where the first group of a pattern first matches in the text, else the file. */
  private static SourcePosition find(String shown, String text, Pattern p) {
    Matcher m = p.matcher(text);
    return m.find() ? positionOf(shown, text, m.start(1)) : SourcePosition.file(shown);
  }

  /** The line and column of the character at {@code index} of the text. */
  private static SourcePosition positionOf(String shown, String text, int index) {
    int line = 1;
    int col = 1;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        col = 1;
      } else {
        col++;
      }
    }
    return new SourcePosition(shown, line, col);
  }

  /** Deepest nesting of arrays and objects read in a CSL-JSON file. */
  static final int MAX_JSON_DEPTH = 64;

  /** Longest text value read in a CSL-JSON file, in characters. */
  static final int MAX_JSON_STRING = 1 << 20;

  /** The items of a CSL-JSON file: an array of objects. */
  List<Reference> cslJson(String shown, String text) {
    if (holdsRefusedCharacter(shown, text)) {
      return List.of();
    }
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_JSON_DEPTH)
                    .maxStringLength(MAX_JSON_STRING)
                    .build())
            // A member given twice in one object is an error, as a key given twice in YAML is.
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    List<Reference> out = new ArrayList<>();
    try (JsonParser p = factory.createParser(text)) {
      JsonToken t = p.nextToken();
      if (t != JsonToken.START_ARRAY) {
        problems.error(
            position(shown, p.currentTokenLocation()),
            "a CSL-JSON file holds an array of items",
            "write [ {\"id\": …, \"type\": …}, … ] as Zotero's or pandoc's CSL JSON export does");
        return out;
      }
      int n = 0;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
        n++;
        SourcePosition at = position(shown, p.currentTokenLocation());
        if (t != JsonToken.START_OBJECT) {
          problems.error(at, "item " + n + " is not an object", "write {\"id\": …, \"type\": …}");
          p.skipChildren();
          continue;
        }
        Map<String, SourcePosition> positions = new LinkedHashMap<>();
        Map<String, Object> item = object(p, shown, positions);
        reference(
                item,
                variable -> positions.getOrDefault(variable, at),
                shown,
                "item " + n + (item.get("id") instanceof String s ? " ('" + s + "')" : ""),
                true)
            .ifPresent(out::add);
      }
    } catch (JsonParseException e) {
      Matcher twice = DUPLICATE_MEMBER.matcher(String.valueOf(e.getOriginalMessage()));
      if (twice.find()) {
        problems.error(
            position(shown, e.getLocation()),
            "the member '" + twice.group(1) + "' is given twice in one item",
            "keep one of them");
      } else {
        problems.error(
            position(shown, e.getLocation()),
            "this is not JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""),
            "check commas, quotes and brackets");
      }
    } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
      // Jackson's own words name its API; these are said for people, where they happen.
      boolean deep = String.valueOf(e.getOriginalMessage()).contains("nesting depth");
      problems.error(
          deep
              ? positionOf(shown, text, Math.max(0, firstTooDeep(text, MAX_JSON_DEPTH, true)))
              : position(shown, e.getLocation()),
          deep
              ? "values nested more than " + MAX_JSON_DEPTH + " deep"
              : "a text longer than " + MAX_JSON_STRING + " characters",
          "a CSL-JSON item is an object of texts, numbers, names and dates");
    } catch (IOException e) {
      problems.error(SourcePosition.file(shown), "the file cannot be read: " + e.getMessage());
    }
    return out;
  }

  private static SourcePosition position(String shown, JsonLocation l) {
    return l == null || l.getLineNr() < 1
        ? SourcePosition.file(shown)
        : new SourcePosition(shown, l.getLineNr(), l.getColumnNr());
  }

  /** Reads the object the parser is at; records where each of its keys is. */
  private Map<String, Object> object(JsonParser p, String shown, Map<String, SourcePosition> at)
      throws IOException {
    Map<String, Object> m = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      if (at != null) {
        at.put(name, position(shown, p.currentTokenLocation()));
      }
      p.nextToken();
      m.put(name, value(p, shown));
    }
    return m;
  }

  private Object value(JsonParser p, String shown) throws IOException {
    return switch (p.currentToken()) {
      case START_OBJECT -> object(p, shown, null);
      case START_ARRAY -> {
        List<Object> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          list.add(value(p, shown));
        }
        yield list;
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getNumberValue();
      case VALUE_TRUE -> Boolean.TRUE;
      case VALUE_FALSE -> Boolean.FALSE;
      case VALUE_NULL -> null;
      default -> p.getText();
    };
  }

  /** Where a variable of the item is written. */
  private interface Positions {
    SourcePosition of(String variable);
  }

  /** One CSL-JSON item as a reference, checked; empty when it has no usable id. */
  private Optional<Reference> reference(
      Map<String, Object> item, Positions at, String shown, String what, boolean warnUnread) {
    Object idValue = item.get("id");
    String id = idValue instanceof String || idValue instanceof Number ? idValue.toString() : "";
    if (!id.matches("[a-z0-9][a-z0-9._-]*")) {
      problems.error(
          at.of("id"),
          what + ": '" + id + "' is not an id a corpus can use",
          "ids are lower-case letters, digits, '-', '.' and '_', such as kojala-2015");
      return Optional.empty();
    }
    binder.defineReference(id, at.of("id"));
    for (Map.Entry<String, Object> e : item.entrySet()) {
      OptionalInt c = refusedIn(e.getValue());
      if (c.isPresent()) {
        problems.error(
            at.of(e.getKey()),
            ControlCharacters.message(c.getAsInt()) + " (" + what + ": '" + e.getKey() + "')",
            ControlCharacters.hint(c.getAsInt()));
        return Optional.empty();
      }
    }
    Reference.Builder b = Reference.builder(id);
    // citeproc-java's BibTeX converter gives the type as an enum whose text is the CSL name
    String type = item.get("type") != null ? String.valueOf(item.get("type")) : "document";
    binder.checkType(type, at.of("type"));
    b.type(type);
    for (Map.Entry<String, Object> e : item.entrySet()) {
      String key = e.getKey();
      Object v = e.getValue();
      String variable = key.toLowerCase(Locale.ROOT);
      if (key.equals("id") || key.equals("type") || v == null) {
        continue;
      }
      if (key.equals("citation-label")) {
        b.label(String.valueOf(v));
      } else if (Reference.NAME_VARIABLES.contains(key)) {
        b.names(key, names(v, at.of(key), what + ": '" + key + "'"));
      } else if (key.equals("issued") || key.equals("accessed")) {
        Optional<PartialDate> d = date(v, at.of(key), what + ": '" + key + "'");
        if (d.isPresent() && key.equals("issued")) {
          b.issued(d.get());
        } else if (d.isPresent()) {
          b.accessed(d.get());
        }
      } else if (Reference.TEXT_VARIABLES.contains(variable)
          && (v instanceof String || v instanceof Number)) {
        String value = String.valueOf(v).strip();
        if (variable.equals("url") && !CorpusBinder.allowedUrl(value)) {
          problems.error(
              at.of(key),
              what + ": '" + value + "' is not a web address this tool links to",
              "only http, https and mailto addresses are allowed");
          continue;
        }
        b.field(variable, value);
      } else if (warnUnread) {
        // (a BibTeX entry's extra variables are the converter's, not the author's: not reported)
        problems.warning(
            at.of(key),
            what + ": '" + key + "' is not read",
            "the tool reads the CSL variables listed in FORMAT.md");
      }
    }
    return Optional.of(b.build());
  }

  private List<Reference.Name> names(Object v, SourcePosition at, String what) {
    List<Reference.Name> out = new ArrayList<>();
    if (!(v instanceof List<?> list)) {
      problems.error(
          at, what + " must be a list of names", "write [{\"family\": …, \"given\": …}]");
      return out;
    }
    for (Object o : list) {
      if (o instanceof Map<?, ?> m) {
        String literal = text(m.get("literal"));
        String family =
            String.join(" ", List.of(text(m.get("non-dropping-particle")), text(m.get("family"))))
                .strip();
        String given =
            String.join(" ", List.of(text(m.get("given")), text(m.get("dropping-particle"))))
                .strip();
        if (literal.isEmpty() && family.isEmpty()) {
          problems.error(at, what + ": a name needs 'family' (a person) or 'literal'");
          continue;
        }
        out.add(
            literal.isEmpty()
                ? Reference.Name.person(family, given)
                : Reference.Name.literal(literal));
      } else {
        problems.error(at, what + ": a name must be an object", "write {\"family\": …}");
      }
    }
    return out;
  }

  private static String text(Object o) {
    return o == null ? "" : String.valueOf(o).strip();
  }

  /** A CSL date: date-parts (a day, a month, a year, or a range of years), or raw text. */
  private Optional<PartialDate> date(Object v, SourcePosition at, String what) {
    String written = null;
    if (v instanceof Map<?, ?> m) {
      if (m.get("date-parts") instanceof List<?> parts && !parts.isEmpty()) {
        written = dateParts(parts);
      } else if (m.get("raw") != null) {
        written = text(m.get("raw"));
      } else if (m.get("literal") != null) {
        written = text(m.get("literal"));
      }
    } else if (v instanceof String s) {
      written = s.strip();
    }
    if (written == null || written.isEmpty()) {
      problems.error(
          at,
          what + " is not a date",
          "write {\"date-parts\": [[2022, 2, 24]]} or {\"raw\": \"24 February 2022\"}");
      return Optional.empty();
    }
    try {
      return Optional.of(binder.parseDate(written));
    } catch (IllegalArgumentException e) {
      problems.error(at, what + ": '" + written + "' is not a date: " + e.getMessage());
      return Optional.empty();
    }
  }

  /** [[2022, 2, 24]] → "2022-02-24"; [[2016], [2020]] → "2016–2020". */
  private static String dateParts(List<?> parts) {
    List<String> ends = new ArrayList<>();
    for (Object part : parts) {
      if (!(part instanceof List<?> p) || p.isEmpty()) {
        return null;
      }
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < p.size() && i < 3; i++) {
        String n = text(p.get(i));
        if (!n.matches("\\d{1,4}")) {
          return null;
        }
        b.append(i == 0 ? n : "-" + (n.length() == 1 ? "0" + n : n));
      }
      ends.add(b.toString());
    }
    return ends.size() == 1 ? ends.get(0) : ends.get(0) + "\u2013" + ends.get(1);
  }
}
