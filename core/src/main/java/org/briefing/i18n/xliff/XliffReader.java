package org.briefing.i18n.xliff;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.briefing.diagnostics.Diagnostic;
import org.briefing.diagnostics.InvalidInputException;
import org.briefing.diagnostics.Problems;
import org.briefing.diagnostics.SourcePosition;
import org.briefing.diagnostics.Suggestions;
import org.briefing.diagnostics.ToolCommand;
import org.briefing.i18n.Fingerprint;
import org.briefing.i18n.Language;
import org.briefing.i18n.UnitCatalog;
import org.briefing.text.ControlCharacters;

/**
 * Reads an XLIFF 2.0 or 1.2 file that a translator sends back, and checks it against the corpus:
 * every unit must be one of the catalog's, and its source must be the English as it is now. Every
 * problem is reported in one run, with the file, line and column of the element at fault.
 *
 * <pre>{@code
 * XliffReader.Result r = XliffReader.of(Localizer.units(corpus), Language.PL).read(file);
 * r.warnings().forEach(w -> System.err.println(w.format()));
 * for (XliffUnit u : r.units()) { ... }
 * }</pre>
 *
 * <p>The file is untrusted: it is read within a size bound, and a DOCTYPE (and so any entity
 * declaration, external or expanding) is refused before anything in it is used. Units may sit in
 * {@code <group>}s and hold several segments (a CAT tool may split sentences); their sources and
 * targets are joined. Both versions share one reading of a unit: its id, its source and target (one
 * pair per trans-unit or segment), its check against the current English. A unit's own {@code
 * translate="no"} (or its file's or group's) is kept as {@link XliffUnit#locked()}. Notes, original
 * data and extension elements are skipped. Immutable and thread-safe.
 */
public final class XliffReader {
  /** Largest file accepted, in bytes. */
  public static final int MAX_BYTES = 8 * 1024 * 1024;

  private static final String XLIFF_1_NAMESPACE = Xliff12Writer.NAMESPACE;
  private static final List<String> VERSIONS = List.of("2.0", "2.1", "2.2");

  /** An XLIFF 1.2 user-defined value (the schema's XTend): "x-" and at least one more character. */
  private static final java.util.regex.Pattern USER_DEFINED_STATE =
      java.util.regex.Pattern.compile("x-\\S+");

  /** The units read, in file order, and what is worth a warning (a unit only partly translated). */
  public record Result(List<XliffUnit> units, List<Diagnostic> warnings) {
    public Result {
      units = List.copyOf(units);
      warnings = List.copyOf(warnings);
    }
  }

  private final UnitCatalog catalog;
  private final Language target;
  private final Optional<String> corpusFolder;

  private XliffReader(UnitCatalog catalog, Language target, Optional<String> corpusFolder) {
    this.catalog = catalog;
    this.target = target;
    this.corpusFolder = corpusFolder;
  }

  /** A reader that checks files against these units and this target language. */
  public static XliffReader of(UnitCatalog catalog, Language target) {
    return new XliffReader(catalog, target, Optional.empty());
  }

  /**
   * The folder the units' corpus was read from ({@link org.briefing.model.Corpus#folder()}; empty,
   * the default, for the corpus built into the tool), which the export command that messages advise
   * names.
   */
  public XliffReader withCorpusFolder(Optional<String> folder) {
    return new XliffReader(catalog, target, folder);
  }

  /** The command that writes the file to translate, as messages advise it. */
  private String exportCommand() {
    return ToolCommand.of("xliff", "export", "-l", target.code()).corpus(corpusFolder).text();
  }

  /**
   * Reads a file; messages name it as given.
   *
   * @throws InvalidInputException carrying every error, when there is any
   */
  public Result read(Path file) {
    String shown = file.toString();
    try {
      if (!Files.exists(file)) {
        throw new NoSuchFileException(shown);
      }
      byte[] bytes =
          org.briefing.files.BoundedFiles.read(
              file, MAX_BYTES, SourcePosition.file(shown), "an XLIFF file");
      return read(shown, bytes);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(
          Diagnostic.error(
              SourcePosition.file(shown),
              org.briefing.files.BoundedFiles.notThere(file),
              "give the XLIFF file the translator sent back"));
    }
  }

  /**
   * Reads a file's bytes.
   *
   * @param path the file name used in messages
   * @throws InvalidInputException carrying every error, when there is any
   */
  public Result read(String path, byte[] bytes) {
    if (bytes.length > MAX_BYTES) {
      throw new InvalidInputException(
          Diagnostic.error(
              SourcePosition.file(path),
              "file is too large (" + bytes.length + " bytes)",
              "an XLIFF file of this corpus holds at most " + MAX_BYTES + " bytes"));
    }
    String text = XmlText.decode(path, bytes);
    Problems problems = new Problems();
    Parse parse = new Parse(path, text, problems);
    try {
      parse.document();
    } catch (XMLStreamException e) {
      problems.error(parse.at(e.getLocation()), "not well-formed XML: " + message(e));
    }
    problems.throwIfErrors();
    List<Diagnostic> warnings = new ArrayList<>(problems.all());
    return new Result(parse.units, warnings);
  }

  /** A parser for untrusted XML: no DTD, no external entities, the JDK's own implementation. */
  static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    return f;
  }

  private static String message(XMLStreamException e) {
    // The JDK's message is "ParseError at [row,col]:[l,c]\nMessage: …"; the position is ours.
    String m = String.valueOf(e.getMessage());
    int at = m.indexOf("Message: ");
    return at < 0 ? m : m.substring(at + "Message: ".length()).strip();
  }

  private static boolean isLanguage(String tag, Language language) {
    String t = tag.strip().toLowerCase(Locale.ROOT);
    return t.equals(language.code()) || t.startsWith(language.code() + "-");
  }

  /** One read of one file. */
  private final class Parse {
    private final String path;
    private final String text;
    private final Problems problems;
    private final int[] lineStarts;
    private final List<XliffUnit> units = new ArrayList<>();
    private final Map<String, SourcePosition> seen = new HashMap<>();
    private XMLStreamReader r;

    /** The namespace of the file's XLIFF elements: 2.0, or 1.2. */
    private String ns = XliffWriter.NAMESPACE;

    Parse(String path, String text, Problems problems) {
      this.path = path;
      this.text = text;
      this.problems = problems;
      this.lineStarts = lineStarts(text);
    }

    void document() throws XMLStreamException {
      r = factory().createXMLStreamReader(new StringReader(text));
      while (r.hasNext()) {
        int e = r.next();
        if (e == XMLStreamConstants.DTD) {
          problems.error(
              doctypeStart(),
              "a DOCTYPE is not allowed in an XLIFF file",
              "XLIFF has no DTD; remove the <!DOCTYPE …> (its entities are not read)");
          return;
        }
        if (e == XMLStreamConstants.START_ELEMENT) {
          root();
          return;
        }
      }
      problems.error(SourcePosition.file(path), "no XML element in the file");
    }

    private void root() throws XMLStreamException {
      SourcePosition at = startOf();
      String version = attribute("version");
      if (!r.getLocalName().equals("xliff")) {
        problems.error(
            at,
            "not an XLIFF file: the root element is <" + r.getLocalName() + ">",
            "give the XLIFF 2.0 file exported with '"
                + exportCommand()
                + "' and translated in a CAT tool");
        return;
      }
      if (XLIFF_1_NAMESPACE.equals(r.getNamespaceURI()) && "1.2".equals(version)) {
        ns = XLIFF_1_NAMESPACE;
        walk();
        return;
      }
      if (!XliffWriter.NAMESPACE.equals(r.getNamespaceURI())) {
        boolean v1 =
            XLIFF_1_NAMESPACE.equals(r.getNamespaceURI())
                || (version != null && version.startsWith("1."));
        problems.error(
            at,
            v1
                ? "this is XLIFF " + (version == null ? "1.x" : version) + ", not 1.2 or 2.0"
                : "not XLIFF 1.2 or 2.0: the namespace is '" + r.getNamespaceURI() + "'",
            "export the file from the CAT tool as XLIFF 2.0 (namespace "
                + XliffWriter.NAMESPACE
                + ") or 1.2 (namespace "
                + XLIFF_1_NAMESPACE
                + ", version=\"1.2\")");
        return;
      }
      if (version == null || !VERSIONS.contains(version)) {
        problems.error(
            at,
            version == null
                ? "the <xliff> element has no version"
                : "XLIFF version '" + version + "' is not 2.0",
            "write version=\"2.0\"");
      }
      languages(at, "<xliff>", "srcLang", "trgLang", true);
      walk();
    }

    /**
     * Files, groups and units (in 1.2 also bodies), in either version: groups may nest, so this
     * walks without recursion. {@code translate} on a file or group is inherited by what it holds,
     * as both versions define it; a unit's own attribute wins.
     */
    private void walk() throws XMLStreamException {
      boolean v2 = ns.equals(XliffWriter.NAMESPACE);
      Deque<Boolean> locks = new ArrayDeque<>();
      while (r.hasNext()) {
        int e = r.next();
        if (e == XMLStreamConstants.END_ELEMENT) {
          // Units and skipped elements read to their own end: this ends a file, group or body.
          if (!locks.isEmpty()) {
            locks.pop();
          }
        } else if (e != XMLStreamConstants.START_ELEMENT) {
          continue;
        } else if (!isXliff()) {
          skip();
        } else if (r.getLocalName().equals(v2 ? "unit" : "trans-unit")) {
          if (v2) {
            unit(locked(locks));
          } else {
            transUnit(locked(locks));
          }
        } else if (List.of("file", "group").contains(r.getLocalName())
            || (!v2 && r.getLocalName().equals("body"))) {
          if (!v2 && r.getLocalName().equals("file")) {
            file12();
          }
          locks.push(locked(locks));
        } else {
          skip();
        }
      }
    }

    /** Whether the element the reader is at is locked: its translate="no", or its container's. */
    private boolean locked(Deque<Boolean> outer) {
      String translate = attribute("translate");
      return translate == null ? !outer.isEmpty() && outer.peek() : translate.equals("no");
    }

    private void file12() {
      languages(startOf(), "<file>", "source-language", "target-language", false);
    }

    /**
     * Checks the source and target language attributes of the element the reader is at: English,
     * and the reader's target language (which XLIFF 1.2 may leave out).
     */
    private void languages(
        SourcePosition at, String element, String sourceName, String targetName, boolean required) {
      String src = attribute(sourceName);
      if (src == null || !isLanguage(src, Language.EN)) {
        problems.error(
            at,
            src == null
                ? "the " + element + " element has no " + sourceName
                : "the source language is '" + src + "', not English",
            "the corpus's source language is English: " + sourceName + "=\"en\"");
      }
      String trg = attribute(targetName);
      if ((trg == null && required) || (trg != null && !isLanguage(trg, target))) {
        String name = target.locale().getDisplayLanguage(Locale.ENGLISH);
        problems.error(
            at,
            trg == null
                ? "the " + element + " element has no " + targetName
                : "the target language is '" + trg + "', not " + name,
            "a " + name + " translation has " + targetName + "=\"" + target.code() + "\"");
      }
    }

    /**
     * An XLIFF 1.2 {@code <trans-unit>}: its source, and its target with the target's state. 1.2
     * states map to the 2.0 ones: final and signed-off are final; translated and needs-review-* are
     * translated; new, needs-translation, needs-adaptation, needs-l10n (and no state) are initial.
     * A user-defined state ({@code x-…}, which 1.2 allows) is translated, with a warning: a draft.
     * A trans-unit marked {@code approved="yes"} (its translation is final or has passed its final
     * review, as the 1.2 specification defines it; Weblate, for one, reads it as approved) is
     * reviewed whatever its state.
     */
    private void transUnit(boolean locked) throws XMLStreamException {
      SourcePosition at = startOf();
      boolean approved = "yes".equals(attribute("approved"));
      String id = unitId(at, "<trans-unit>");
      boolean known = id != null;
      String name = id == null ? "a unit" : "unit '" + id + "'";
      Pair pair = pair(name);
      String src = pair.source;
      String trg = pair.target;
      String stateName = pair.targetState;
      SourcePosition sourceAt = pair.sourceAt;
      SourcePosition targetAt = pair.targetAt;
      if (!known) {
        return;
      }
      if (src == null) {
        problems.error(
            at, name + " has no <source>", "every unit keeps the English it was exported with");
        return;
      }
      XliffState state = XliffState.INITIAL;
      if (stateName != null) {
        state =
            switch (stateName) {
              case "final", "signed-off" -> XliffState.FINAL;
              case "translated",
                  "needs-review-translation",
                  "needs-review-adaptation",
                  "needs-review-l10n" ->
                  XliffState.TRANSLATED;
              case "new", "needs-translation", "needs-adaptation", "needs-l10n" ->
                  XliffState.INITIAL;
              default -> {
                if (USER_DEFINED_STATE.matcher(stateName).matches()) {
                  // XLIFF 1.2 lets a tool define its own states, named x-…: nothing says how far
                  // along such a target is, so it is taken for a draft that is yet to be reviewed.
                  problems.warning(
                      targetAt != null ? targetAt : at,
                      "target state '"
                          + stateName
                          + "' of "
                          + name
                          + " is a tool's own state: imported as a draft, not reviewed",
                      "to import it as reviewed, mark the trans-unit approved=\"yes\" or give the"
                          + " target state=\"final\" or \"signed-off\"");
                  yield XliffState.TRANSLATED;
                }
                problems.error(
                    targetAt,
                    "unknown target state '" + stateName + "' in " + name,
                    "XLIFF 1.2 states include new, needs-translation, needs-review-translation,"
                        + " translated, signed-off and final; a tool's own state begins with"
                        + " 'x-'");
                yield XliffState.INITIAL;
              }
            };
      }
      if (approved && state.compareTo(XliffState.REVIEWED) < 0) {
        // approved="yes": the translation "has passed its final review" (XLIFF 1.2, 2.3.1).
        state = XliffState.REVIEWED;
        stateName = "approved";
      }
      if (!sourceIsCurrent(id, name, src, sourceAt != null ? sourceAt : at)) {
        return;
      }
      Optional<String> result = trg == null || trg.isBlank() ? Optional.empty() : Optional.of(trg);
      add(new XliffUnit(id, state, result, at, locked), name, stateName);
    }

    /** Adds a unit read; one marked as done but without a target is worth a warning. */
    private void add(XliffUnit u, String name, String stateName) {
      if (u.target().isEmpty() && u.state() != XliffState.INITIAL) {
        problems.warning(
            u.position(),
            name + " is marked '" + stateName + "' but has no target",
            "it is left as it is");
      }
      units.add(u);
    }

    /** The unit's id if it is one of the catalog's and not seen before; else null, reported. */
    private String unitId(SourcePosition at, String element) {
      String id = attribute("id");
      if (id == null) {
        problems.error(
            at, "a " + element + " without an id", "every unit has the id it was exported with");
        return null;
      } else if (!catalog.contains(id)) {
        String hint = Suggestions.didYouMean(id, catalog.units().keySet());
        problems.error(
            at,
            "unknown unit '" + id + "'",
            hint != null
                ? hint
                : "the corpus has no such unit: was this file exported from another corpus?");
        return null;
      } else if (seen.containsKey(id)) {
        SourcePosition first = seen.get(id);
        problems.error(
            at,
            "unit '" + id + "' appears twice (first at line " + first.line() + ")",
            "keep one of them");
        return null;
      }
      seen.put(id, at);
      return id;
    }

    /** Whether the source read is the English as it is now; if not, that is reported. */
    private boolean sourceIsCurrent(String id, String name, String source, SourcePosition at) {
      String english = catalog.english(id);
      if (!Fingerprint.of(source).equals(Fingerprint.of(english))) {
        problems.error(
            at,
            "the source of "
                + name
                + " is not the English as it is now: it was translated from an"
                + " older English text",
            "export again with '"
                + exportCommand()
                + "', let the CAT tool carry the translation over, and import that file");
        return false;
      }
      return true;
    }

    /**
     * An XLIFF 2.0 {@code <unit>}: its segments' sources and targets, joined, and the state of its
     * least finished segment.
     */
    private void unit(boolean locked) throws XMLStreamException {
      SourcePosition at = startOf();
      String id = unitId(at, "<unit>");
      boolean known = id != null;
      String name = id == null ? "a unit" : "unit '" + id + "'";
      StringBuilder source = new StringBuilder();
      StringBuilder translation = new StringBuilder();
      SourcePosition sourceAt = null;
      XliffState state = null;
      int segments = 0;
      int translated = 0;
      boolean complete = true;
      boolean sourceMissing = false;
      while (true) {
        int e = r.next();
        if (e == XMLStreamConstants.END_ELEMENT) {
          break;
        }
        if (e != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        boolean segment = isXliff() && r.getLocalName().equals("segment");
        boolean ignorable = isXliff() && r.getLocalName().equals("ignorable");
        if (!segment && !ignorable) {
          skip();
          continue;
        }
        SourcePosition partAt = startOf();
        XliffState partState = XliffState.INITIAL;
        if (segment) {
          segments++;
          String s = attribute("state");
          if (s != null) {
            partState =
                XliffState.fromKey(s)
                    .orElseGet(
                        () -> {
                          problems.error(
                              partAt,
                              "unknown segment state '" + s + "' in " + name,
                              "XLIFF 2.0 states are initial, translated, reviewed and final;"
                                  + " a tool's own state goes in subState beside one of them,"
                                  + " such as state=\"translated\" subState=\"tool:"
                                  + s
                                  + "\"");
                          return XliffState.INITIAL;
                        });
          }
          state = state == null || partState.compareTo(state) < 0 ? partState : state;
        }
        Pair pair = pair(name);
        String src = pair.source;
        String trg = pair.target;
        sourceAt = sourceAt == null ? pair.sourceAt : sourceAt;
        if (src == null) {
          problems.error(
              partAt,
              "a " + (segment ? "segment" : "ignorable") + " of " + name + " has no <source>",
              "every segment keeps the English it was exported with");
          sourceMissing = true;
          continue;
        }
        source.append(src);
        if (segment) {
          if (trg == null || trg.isBlank()) {
            complete = false;
          } else {
            translated++;
          }
        }
        // An ignorable's target defaults to its source (white space between segments).
        translation.append(trg != null ? trg : src);
      }
      if (!known || sourceMissing) {
        return;
      }
      if (segments == 0) {
        problems.error(
            at,
            name + " has no <segment>",
            "a unit holds the English in <segment><source>…</source></segment>");
        return;
      }
      if (!sourceIsCurrent(id, name, source.toString(), sourceAt != null ? sourceAt : at)) {
        return;
      }
      Optional<String> result = complete ? Optional.of(translation.toString()) : Optional.empty();
      if (!complete && translated > 0) {
        problems.warning(
            at,
            name + " is only partly translated (" + translated + " of " + segments + " segments)",
            "it is left as it is; translate every segment to import it");
        units.add(new XliffUnit(id, state, result, at, locked));
      } else {
        add(new XliffUnit(id, state, result, at, locked), name, state.key());
      }
    }

    /**
     * The {@code <source>} and {@code <target>} in the element the reader is at (a 1.2 {@code
     * <trans-unit>}, a 2.0 {@code <segment>} or {@code <ignorable>}), read to its end; anything
     * else in it is skipped.
     */
    private Pair pair(String unit) throws XMLStreamException {
      Pair p = new Pair();
      while (true) {
        int e = r.next();
        if (e == XMLStreamConstants.END_ELEMENT) {
          return p;
        }
        if (e != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        if (isXliff() && r.getLocalName().equals("source")) {
          p.sourceAt = startOf();
          p.source = content(unit);
        } else if (isXliff() && r.getLocalName().equals("target")) {
          p.targetAt = startOf();
          p.targetState = attribute("state");
          p.target = content(unit);
        } else {
          skip();
        }
      }
    }

    /**
     * The text of a {@code <source>} or {@code <target>}: text, {@code <cp>} code points, and the
     * text inside annotations ({@code <mrk>}, {@code <pc>}). Placeholder codes are refused: the
     * corpus's texts have none.
     */
    private String content(String unit) throws XMLStreamException {
      String element = r.getLocalName();
      Location opened = r.getLocation();
      int from = Math.max(0, offset(opened.getLineNumber(), opened.getColumnNumber()));
      StringBuilder b = new StringBuilder();
      int depth = 0;
      boolean warned = false;
      boolean refused = false;
      while (true) {
        int e = r.next();
        switch (e) {
          case XMLStreamConstants.CHARACTERS,
              XMLStreamConstants.CDATA,
              XMLStreamConstants.SPACE -> {
            String t = r.getText();
            b.append(t);
            OptionalInt bad = ControlCharacters.first(t);
            if (bad.isPresent() && !refused) {
              refused = true;
              refuse(t.codePointAt(bad.getAsInt()), element, unit, from);
            }
          }
          case XMLStreamConstants.END_ELEMENT -> {
            if (depth == 0) {
              return b.toString();
            }
            depth--;
          }
          case XMLStreamConstants.START_ELEMENT -> {
            String n = r.getLocalName();
            boolean v2 = ns.equals(XliffWriter.NAMESPACE);
            if (isXliff() && v2 && n.equals("cp")) {
              codePoint(b);
            } else if (isXliff() && (n.equals("mrk") || n.equals(v2 ? "pc" : "g"))) {
              // A 1.2 segment marker (a segmented file's <mrk mtype="seg">) is structure, not
              // markup.
              if (v2 || !"seg".equals(attribute("mtype"))) {
                warned = dropped(element, unit, warned);
              }
              depth++;
            } else if (isXliff() && v2 && (n.equals("sm") || n.equals("em"))) {
              warned = dropped(element, unit, warned);
              skip();
            } else {
              problems.error(
                  startOf(),
                  "<"
                      + n
                      + "> in the "
                      + element
                      + " of "
                      + unit
                      + ": inline codes are not"
                      + " supported",
                  "the corpus's texts have no inline codes; remove it");
              skip();
            }
          }
          default -> {
            // comments and processing instructions carry no text
          }
        }
      }
    }

    /**
     * Refuses a control character written in the text of a source or target (not as {@code <cp>}):
     * XML 1.0 lets C1 controls and bidi controls stand in text as they are, or as character
     * references. The error stands at the character itself when it is written raw after {@code
     * from} (the end of the element's start tag), else at the element.
     */
    private void refuse(int c, String element, String unit, int from) {
      int at = text.indexOf(Character.toString(c), from);
      SourcePosition where = at >= 0 ? position(at) : at(r.getLocation());
      problems.error(
          where,
          ControlCharacters.message(c) + " (in the " + element + " of " + unit + ")",
          ControlCharacters.hint(c));
    }

    /**
     * Warns, once per target, that the inline element the reader is at is dropped and only its text
     * imported: the corpus's texts are Markdown, and a CAT tool's markup has no place in them.
     */
    private boolean dropped(String element, String unit, boolean warned) {
      if (!warned && element.equals("target")) {
        problems.warning(
            startOf(),
            "<"
                + r.getLocalName()
                + "> in the target of "
                + unit
                + ": the markup is dropped, its text imported",
            "the texts are Markdown: write emphasis as *…* and a link as [text](address) in the"
                + " target itself");
      }
      return warned || element.equals("target");
    }

    private void codePoint(StringBuilder b) throws XMLStreamException {
      SourcePosition at = startOf();
      String hex = attribute("hex");
      // XLIFF's hex is hexadecimal digits only (no sign, no prefix), at most U+10FFFF.
      int c =
          hex != null && hex.matches("[0-9A-Fa-f]{1,6}")
              ? Integer.parseInt(hex, 16)
              : Integer.MIN_VALUE;
      if (hex == null) {
        problems.error(at, "<cp> without its hex attribute", "write <cp hex=\"00A0\"/>");
      } else if (c < 0 || c > Character.MAX_CODE_POINT) {
        problems.error(
            at,
            "<cp hex=\"" + hex + "\"> is not a code point",
            "write its hexadecimal digits only, at most 10FFFF, such as hex=\"00A0\"");
      } else if (ControlCharacters.refused(c)) {
        problems.error(
            at,
            "<cp hex=\"" + hex + "\">: " + ControlCharacters.message(c),
            ControlCharacters.hint(c));
      } else {
        b.appendCodePoint(c);
      }
      skip();
    }

    /** Skips the element the reader is at, with everything in it. */
    private void skip() throws XMLStreamException {
      int depth = 1;
      while (depth > 0) {
        int e = r.next();
        if (e == XMLStreamConstants.START_ELEMENT) {
          depth++;
        } else if (e == XMLStreamConstants.END_ELEMENT) {
          depth--;
        }
      }
    }

    private boolean isXliff() {
      return ns.equals(r.getNamespaceURI());
    }

    /** An attribute without a namespace, or null. */
    private String attribute(String name) {
      return r.getAttributeValue(null, name);
    }

    /**
     * Where the current start tag begins. StAX reports where it ends; the tag begins at the last
     * '<' before that, since '<' cannot stand inside a tag.
     */
    private SourcePosition startOf() {
      Location end = r.getLocation();
      int offset = offset(end.getLineNumber(), end.getColumnNumber());
      if (offset > 0) {
        int lt = text.lastIndexOf('<', offset - 1);
        String name =
            r.getPrefix() == null || r.getPrefix().isEmpty()
                ? r.getLocalName()
                : r.getPrefix() + ":" + r.getLocalName();
        if (lt >= 0 && text.startsWith(name, lt + 1)) {
          return position(lt);
        }
      }
      return at(end);
    }

    /** Where the DOCTYPE that the reader has just passed begins. */
    private SourcePosition doctypeStart() {
      Location end = r.getLocation();
      int offset = offset(end.getLineNumber(), end.getColumnNumber());
      int start = offset < 0 ? -1 : text.lastIndexOf("<!DOCTYPE", offset);
      return start < 0 ? at(end) : position(start);
    }

    SourcePosition at(Location l) {
      return l == null || l.getLineNumber() < 1
          ? SourcePosition.file(path)
          : new SourcePosition(path, l.getLineNumber(), Math.max(1, l.getColumnNumber()));
    }

    /** The character offset of a 1-based line and column, or -1. */
    private int offset(int line, int column) {
      if (line < 1 || line > lineStarts.length || column < 1) {
        return -1;
      }
      int o = lineStarts[line - 1] + column - 1;
      return o <= text.length() ? o : -1;
    }

    private SourcePosition position(int offset) {
      int line = java.util.Arrays.binarySearch(lineStarts, offset);
      line = line >= 0 ? line : -line - 2;
      return new SourcePosition(path, line + 1, offset - lineStarts[line] + 1);
    }
  }

  /** A source and its target as read, each null when absent, with where they start. */
  private static final class Pair {
    String source;
    String target;
    String targetState;
    SourcePosition sourceAt;
    SourcePosition targetAt;
  }

  /** The offsets where lines start; CR LF, LF and CR each end a line, as in XML. */
  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }
}
