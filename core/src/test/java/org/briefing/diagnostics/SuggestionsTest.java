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

  @Test
  void prefersTheIdTheTypedPartsAbbreviate() {
    List<String> units =
        List.of(
            "section.introduction.title",
            "section.belarus.title",
            "section.international-role.title",
            "topic.belarus.label");
    // 'section.belarus.title' is fewer edits away; the typed parts begin the other one's parts.
    assertThat(Suggestions.didYouMean("section.intro.title", units))
        .isEqualTo("did you mean 'section.introduction.title'?");
    assertThat(Suggestions.closest("sect.internat-role.title", units))
        .contains("section.international-role.title");
    assertThat(Suggestions.closest("Section.Intro.Title", units))
        .contains("section.introduction.title");
    // Findings, topics and other dash-separated ids alike.
    List<String> findings = List.of("pressure-on-belarus", "press-releases", "energy-security");
    assertThat(Suggestions.closest("pres-on-bel", findings)).contains("pressure-on-belarus");
    assertThat(Suggestions.closest("energy-sec", findings)).contains("energy-security");
  }

  @Test
  void readsNoAbbreviationAcrossADifferentNumberOfParts() {
    List<String> ids = List.of("section.introduction.title", "intro-title");
    // Too few parts for the first: the second is a few edits away.
    assertThat(Suggestions.closest("intro.title", ids)).contains("intro-title");
    assertThat(Suggestions.abbreviates("section.intro", "section.introduction.title")).isFalse();
    assertThat(Suggestions.abbreviates("section..title", "section.introduction.title")).isFalse();
    assertThat(Suggestions.abbreviates("section-intro.title", "section.introduction.title"))
        .isFalse();
  }

  @Test
  void prefersTheCandidateThatDiffersOnlyInCase() {
    assertThat(Suggestions.closest("Topic", List.of("topics", "topic"))).contains("topic");
  }

  @Test
  void readsTwoLettersAsNoAbbreviation() {
    assertThat(Suggestions.closest("ac", List.of("actors", "abstract"))).isEmpty();
  }

  @Test
  void choosesTheClosestOfSeveralAbbreviatedCandidates() {
    assertThat(Suggestions.closest("topic.ener", List.of("topic.energy-x", "topic.energy")))
        .contains("topic.energy");
    assertThat(Suggestions.closest("topic.ener", List.of("topic.energetics", "topic.energy")))
        .contains("topic.energy");
  }
}
