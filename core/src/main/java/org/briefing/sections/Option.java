package org.briefing.sections;

import java.util.List;

/**
 * One option of a section kind, declared once: its name as specs write it, its type, whether it is
 * required, its default and a description. The spec schema, the help and the reader's checks are
 * made from it.
 *
 * <pre>{@code
 * static final Option LIMIT = Option.integer("limit", "At most this many findings.", "5");
 * }</pre>
 *
 * @param defaultValue the default as documentation shows it, empty when there is none
 * @param choices the allowed words of a {@link Type#CHOICE}
 * @param ids what the ids of an {@link Type#ID} or {@link Type#IDS} option name
 */
public record Option(
    String name,
    Type type,
    String description,
    boolean required,
    String defaultValue,
    List<String> choices,
    IdKind ids) {
  public Option {
    choices = List.copyOf(choices);
  }

  /** What kind of value an option takes. */
  public enum Type {
    /** A whole number, at least 1. */
    INTEGER,
    BOOLEAN,
    /** One of fixed words. */
    CHOICE,
    /** The id of one corpus item. */
    ID,
    /** A list of ids of corpus items. */
    IDS,
    /** A period {from, to}. */
    PERIOD,
    /** A list of free texts. */
    STRINGS,
    /** A text, or a mapping of texts by language code. */
    LOCALIZED,
    /** A language code. */
    LANGUAGE,
    /** A list of sections (nested). */
    SECTIONS
  }

  public static Option integer(String name, String description, String defaultValue) {
    return new Option(name, Type.INTEGER, description, false, defaultValue, List.of(), null);
  }

  public static Option bool(String name, String description, boolean defaultValue) {
    return new Option(
        name, Type.BOOLEAN, description, false, String.valueOf(defaultValue), List.of(), null);
  }

  public static Option choice(
      String name, String description, List<String> choices, String defaultValue) {
    return new Option(name, Type.CHOICE, description, false, defaultValue, choices, null);
  }

  public static Option id(String name, String description, IdKind ids, boolean required) {
    return new Option(name, Type.ID, description, required, "", List.of(), ids);
  }

  public static Option ids(String name, String description, IdKind ids) {
    return new Option(name, Type.IDS, description, false, "", List.of(), ids);
  }

  public static Option period(String name, String description) {
    return new Option(name, Type.PERIOD, description, false, "", List.of(), null);
  }

  public static Option strings(String name, String description) {
    return new Option(name, Type.STRINGS, description, false, "", List.of(), null);
  }

  public static Option localized(String name, String description, boolean required) {
    return new Option(name, Type.LOCALIZED, description, required, "", List.of(), null);
  }

  public static Option language(String name, String description) {
    return new Option(name, Type.LANGUAGE, description, false, "", List.of(), null);
  }

  public static Option sections(String name, String description) {
    return new Option(name, Type.SECTIONS, description, true, "", List.of(), null);
  }
}
