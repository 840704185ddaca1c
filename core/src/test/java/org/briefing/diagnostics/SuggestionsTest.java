package org.briefing.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
  private static final List<String> KEYS = List.of("statement", "topics", "actors", "source");

  @Test
  void suggestsTheClosestCandidate() {
    assertThat(Suggestions.closest("statment", KEYS)).contains("statement");
    assertThat(Suggestions.closest("topcis", KEYS)).contains("topics");
    assertThat(Suggestions.closest("Actors", KEYS)).contains("actors");
    assertThat(Suggestions.didYouMean("sorce", KEYS)).isEqualTo("did you mean 'source'?");
  }

  @Test
  void suggestsNothingWhenNothingIsClose() {
    assertThat(Suggestions.closest("colour", KEYS)).isEmpty();
    assertThat(Suggestions.didYouMean("colour", KEYS)).isNull();
    assertThat(Suggestions.closest("x", List.of())).isEmpty();
  }

  @Test
  void countsEditsWithTranspositionsAsOne() {
    assertThat(Suggestions.distance("topics", "topics")).isZero();
    assertThat(Suggestions.distance("topcis", "topics")).isEqualTo(1);
    assertThat(Suggestions.distance("statment", "statement")).isEqualTo(1);
    assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
  }

  @Test
  void breaksTiesAlphabetically() {
    assertThat(Suggestions.closest("h3", List.of("h4", "h2"))).contains("h2");
  }
}
