package org.briefing.render.docx.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Word bookmark names for the document's ids. A bookmark name starts with a letter, holds letters,
 * digits and underscores, and is at most 40 characters long; ids such as "ref-sturm2022" are mapped
 * to such names ("ref_sturm2022"), made unique with a counter where two ids would meet. Names are
 * given in the order ids are registered, so the same document gets the same names.
 */
final class Bookmarks {
  private static final int MAX = 40;

  private final Map<String, String> names = new HashMap<>();
  private final Set<String> used = new HashSet<>();
  private final Set<String> placed = new HashSet<>();

  /** Registers an id as a place links may point to; blank ids and repeats are ignored. */
  void register(String id) {
    if (id == null || id.isBlank() || names.containsKey(id)) {
      return;
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < id.length(); ) {
      int c = id.codePointAt(i);
      b.append(c < 128 && Character.isLetterOrDigit(c) ? (char) c : '_');
      i += Character.charCount(c);
    }
    if (b.length() == 0 || !Character.isLetter(b.charAt(0))) {
      b.insert(0, "b_");
    }
    String base = b.length() > MAX - 4 ? b.substring(0, MAX - 4) : b.toString();
    String name = base;
    for (int n = 2; used.contains(name.toLowerCase(java.util.Locale.ROOT)); n++) {
      name = base + "_" + n;
    }
    used.add(name.toLowerCase(java.util.Locale.ROOT));
    names.put(id, name);
  }

  /** The bookmark name of an id, when the id is a place in the document. */
  Optional<String> name(String id) {
    return Optional.ofNullable(names.get(id));
  }

  /**
   * The name to place for an id the first time it is placed; empty when the id is unknown or
   * already placed (a bookmark name is used once).
   */
  Optional<String> place(String id) {
    String name = names.get(id);
    if (name == null || !placed.add(id)) {
      return Optional.empty();
    }
    return Optional.of(name);
  }
}
