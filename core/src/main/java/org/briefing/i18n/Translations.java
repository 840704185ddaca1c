package org.briefing.i18n;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Every translated unit of one target language, keyed by unit id, in file order. */
public record Translations(Language language, Map<String, Translation> units) {
  public Translations {
    units = Collections.unmodifiableMap(new LinkedHashMap<>(units));
  }

  public Optional<Translation> unit(String id) {
    return Optional.ofNullable(units.get(id));
  }

  public static Translations empty(Language language) {
    return new Translations(language, Map.of());
  }
}
