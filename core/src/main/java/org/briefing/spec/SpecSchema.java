package org.briefing.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import org.briefing.cite.CitationStyle;
import org.briefing.document.Marking;
import org.briefing.document.PageSize;
import org.briefing.model.PartialDate;
import org.briefing.sections.Option;
import org.briefing.sections.SectionKind;
import org.briefing.sections.SectionKinds;

/**
 * The JSON Schema (draft 2020-12) of the spec format, for editors that complete and check specs as
 * they are typed. It is built from the same key lists as {@link SpecReader}; the reader is the
 * authority (it also checks ids against the corpus, which a schema cannot).
 *
 * <pre>{@code
 * String schema = SpecSchema.json();   // what 'briefing schema' prints
 * }</pre>
 *
 * A spec points its editor at the schema with a first line such as {@code # yaml-language-server:
 * $schema=./schema/briefing-spec.schema.json}.
 */
public final class SpecSchema {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final String ID = "^[a-z0-9][a-z0-9-]*$";

  private SpecSchema() {}

  /** The schema as pretty-printed JSON, without a final line break. */
  public static String json() {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
            .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
    try {
      return new ObjectMapper().writer(printer).writeValueAsString(schema());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the schema cannot be written", e);
    }
  }

  /** The schema as a JSON tree (a new copy on each call). */
  public static ObjectNode schema() {
    ObjectNode root = F.objectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("title", "Briefing spec");
    root.put(
        "description",
        "What one tailored briefing holds: front matter, language, sections in order, filters,"
            + " length budget, marking, formats and look.");
    root.put("type", "object");
    root.put("additionalProperties", false);
    ArrayNode anyOf = root.putArray("anyOf");
    anyOf.addObject().putArray("required").add("sections");
    anyOf.addObject().putArray("required").add("extends");
    ObjectNode p = root.putObject("properties");
    for (String key : SpecReader.KEYS) {
      p.set(key, property(key));
    }
    ObjectNode defs = root.putObject("$defs");
    defs.set("id", string("An id: lower-case letters, digits and hyphens.").put("pattern", ID));
    defs.set("ids", list(ref("id"), "Ids; any one of them matches."));
    defs.set(
        "date", string("A date as the corpus writes it: " + PartialDate.acceptedForms() + "."));
    ObjectNode period = object("A period; either end may be left open.");
    period.putObject("properties").set("from", ref("date"));
    ((ObjectNode) period.get("properties")).set("to", ref("date"));
    period.put("minProperties", 1);
    defs.set("period", period);
    defs.set("section", section());
    return root;
  }

  private static ObjectNode property(String key) {
    return switch (key) {
      case "extends" ->
          string("Another spec (relative path) whose keys this one inherits and overrides.");
      case "title" ->
          localized("")
              .put(
                  "description",
                  "Title; the paper's title when omitted. A text in the briefing's main language,"
                      + " or a mapping by language code such as {en: …, pl: …}.");
      case "subtitle" ->
          localized("")
              .put(
                  "description",
                  "Subtitle: a text in the briefing's main language, or a mapping by language code"
                      + " such as {pl: …} (a bilingual briefing prints each language it gives).");
      case "series" ->
          localized("")
              .put(
                  "description",
                  "Series name, such as 'Briefing notes': a text in the briefing's main language,"
                      + " or a mapping by language code such as {en: …, pl: …}.");
      case "number" -> textOrNumber("Number in the series.");
      case "date" ->
          textOrNumber(
              "Date to print. A date the tool reads, with its year (2022-02-24, 24 February 2022,"
                  + " February 2022, spring 2022, March/April 2022) is printed in the briefing's"
                  + " language (for instance 24 lutego 2022 r. or wiosna 2022 r. in Polish; in"
                  + " English one written in figures as 24 February 2022, one in words as"
                  + " written); one naming a day its month does not have is an error; any other"
                  + " text is printed as written.");
      case "authors" -> list(string("An author."), "Authors, in order.");
      case "audience" ->
          localized("")
              .put(
                  "description",
                  "Who the briefing is for: a text in the briefing's main language, or a mapping"
                      + " by language code such as {en: …, pl: …}.");
      case "language" -> {
        ObjectNode n =
            F.objectNode()
                .put(
                    "description",
                    "The language: a code of the corpus's languages (en, pl …), bilingual"
                        + " (English and the corpus's one translation language), or two codes"
                        + " such as [en, pl].");
        ArrayNode anyOf = n.putArray("anyOf");
        anyOf.add(languageCode("A language code."));
        anyOf.addObject().put("const", "bilingual");
        ObjectNode pair = anyOf.addObject().put("type", "array");
        pair.set("items", languageCode("A language code."));
        pair.put("minItems", 2).put("maxItems", 2);
        yield n;
      }
      case "layout" ->
          choice(
              "Bilingual only: side by side (parallel) or one after the other (sequential).",
              Arrays.stream(Layout.values()).map(Layout::key).toList());
      case "sections" -> {
        ObjectNode s =
            F.objectNode().put("description", "Sections, in order.").put("type", "array");
        s.set("items", ref("section"));
        s.put("minItems", 1);
        // Groups' sections count too, which a schema cannot sum: the reader checks the total.
        s.put("maxItems", SpecReader.MAX_SECTIONS);
        yield s;
      }
      case "filters" -> filters();
      case "max-words" -> positive("Word budget; exceeding it is a warning (--strict: an error).");
      case "max-pages" ->
          positive("Page budget, estimated at 500 words a page; exceeding it is a warning.");
      case "marking" -> marking();
      case "show-notes" -> bool("Show the corpus's editorial notes as callouts.");
      case "citation-style" ->
          choice(
              "How references and citations are formatted: "
                  + String.join(
                      "; ",
                      CitationStyle.ALL.stream().map(s -> s.name() + ": " + s.title()).toList())
                  + ".",
              CitationStyle.names());
      case "formats" ->
          list(
              string("A format name, such as md, html, pdf, latex, csv.")
                  .put("pattern", "^[a-z0-9][a-z0-9-]*$"),
              "Output formats.");
      case "output" ->
          string("Output file name without folders or extension; the spec's name when omitted.");
      case "organisation" -> organisation();
      case "page-size" ->
          choice("Paper size.", Arrays.stream(PageSize.values()).map(PageSize::key).toList());
      case "created" -> {
        ObjectNode c =
            string(
                "Fixed creation time for reproducible output, such as 2024-05-01T09:00:00Z;"
                    + " else SOURCE_DATE_EPOCH, else a fixed default.");
        ArrayNode forms = c.putArray("anyOf");
        forms.addObject().put("format", "date-time");
        forms.addObject().put("format", "date");
        yield c;
      }
      default -> throw new IllegalStateException("no schema for key '" + key + "'");
    };
  }

  private static ObjectNode filters() {
    ObjectNode f = object("What the briefing is about; every criterion given must hold.");
    ObjectNode p = f.putObject("properties");
    for (String key : SpecReader.FILTER_KEYS) {
      p.set(key, key.equals("period") ? ref("period") : ref("ids"));
    }
    return f;
  }

  private static ObjectNode marking() {
    ObjectNode m =
        F.objectNode()
            .put(
                "description",
                "A TLP 2.0 label (never translated), or a free text such as 'Do użytku"
                    + " wewnętrznego'.");
    ArrayNode anyOf = m.putArray("anyOf");
    ArrayNode labels = anyOf.addObject().putArray("enum");
    Arrays.stream(Marking.Tlp.values()).forEach(t -> labels.add(t.label()));
    ObjectNode free = anyOf.addObject().put("type", "string");
    free.putObject("not").put("pattern", "^[Tt][Ll][Pp]");
    return m;
  }

  private static ObjectNode organisation() {
    ObjectNode o = object("The organisation the briefing is made for.");
    o.putArray("required").add("name");
    ObjectNode p = o.putObject("properties");
    p.set("name", string("Its name."));
    p.set("logo", string("A logo file, relative to the spec and inside its folder."));
    p.set("accent", string("Accent colour, #rrggbb.").put("pattern", "^#[0-9a-fA-F]{6}$"));
    return o;
  }

  private static ObjectNode section() {
    ObjectNode s =
        F.objectNode().put("description", "A section: its kind, or a mapping with type.");
    ArrayNode oneOf = s.putArray("oneOf");
    ArrayNode shortForms = oneOf.addObject().put("type", "string").putArray("enum");
    SectionKinds.all().stream()
        .filter(k -> k.options().stream().noneMatch(Option::required))
        .forEach(k -> shortForms.add(k.name()));
    for (SectionKind<?> kind : SectionKinds.all()) {
      ObjectNode o = object(kind.description());
      ArrayNode required = o.putArray("required").add("type");
      ObjectNode p = o.putObject("properties");
      p.set("type", F.objectNode().put("const", kind.name()));
      for (Option option : kind.options()) {
        p.set(option.name(), option(option));
        if (option.required()) {
          required.add(option.name());
        }
      }
      oneOf.add(o);
    }
    return s;
  }

  private static ObjectNode option(Option o) {
    String d =
        o.description() + (o.defaultValue().isEmpty() ? "" : " Default: " + o.defaultValue() + ".");
    return switch (o.type()) {
      case INTEGER -> positive(d);
      case BOOLEAN -> bool(d);
      case CHOICE -> choice(d, o.choices());
      case ID -> ref("id").put("description", d);
      case IDS -> list(ref("id"), d);
      case PERIOD -> ref("period").put("description", d);
      case STRINGS -> list(string("A text."), d);
      case LOCALIZED -> localized(o.description());
      case LANGUAGE -> languageCode(d);
      case SECTIONS -> {
        ObjectNode n = F.objectNode().put("description", d).put("type", "array");
        n.set("items", ref("section"));
        n.put("minItems", 1);
        yield n;
      }
    };
  }

  /** An ISO 639 language code. */
  private static ObjectNode languageCode(String description) {
    ObjectNode n = string(description);
    n.put("pattern", "^[a-z]{2,3}$");
    return n;
  }

  /** A text in one language (a string), or in several (a mapping by language code). */
  private static ObjectNode localized(String description) {
    ObjectNode n =
        F.objectNode()
            .put(
                "description",
                description
                    + ": a text in the section's language, or a mapping by language code such as"
                    + " {en: …, pl: …}.");
    ArrayNode oneOf = n.putArray("oneOf");
    oneOf.addObject().put("type", "string");
    ObjectNode byLanguage = object("The text in each language.");
    byLanguage
        .putObject("propertyNames")
        .put("pattern", "^[a-z]{2,3}$")
        .put("description", "An ISO 639 language code, such as en or pl.");
    byLanguage.set("additionalProperties", string("The text in that language."));
    byLanguage.put("minProperties", 1);
    oneOf.add(byLanguage);
    return n;
  }

  private static ObjectNode object(String description) {
    return F.objectNode()
        .put("description", description)
        .put("type", "object")
        .put("additionalProperties", false);
  }

  private static ObjectNode string(String description) {
    return F.objectNode().put("description", description).put("type", "string");
  }

  private static ObjectNode textOrNumber(String description) {
    ObjectNode n = F.objectNode().put("description", description);
    n.putArray("type").add("string").add("number");
    return n;
  }

  private static ObjectNode bool(String description) {
    return F.objectNode().put("description", description).put("type", "boolean");
  }

  private static ObjectNode positive(String description) {
    return F.objectNode().put("description", description).put("type", "integer").put("minimum", 1);
  }

  private static ObjectNode choice(String description, List<String> values) {
    ObjectNode c = string(description);
    ArrayNode e = c.putArray("enum");
    values.forEach(e::add);
    return c;
  }

  /** A list; like the reader, it also takes a single item as a list of one. */
  private static ObjectNode list(ObjectNode item, String description) {
    ObjectNode l = F.objectNode().put("description", description);
    ArrayNode anyOf = l.putArray("anyOf");
    anyOf.addObject().put("type", "array").set("items", item);
    anyOf.add(item.deepCopy());
    return l;
  }

  private static ObjectNode ref(String def) {
    return F.objectNode().put("$ref", "#/$defs/" + def);
  }
}
