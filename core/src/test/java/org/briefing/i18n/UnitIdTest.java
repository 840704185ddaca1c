package org.briefing.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class UnitIdTest {
  /** Id parts, the kinds' fixed words among them, and some that no id may hold. */
  private static final List<String> PARTS =
      List.of(
          "a",
          "gipl",
          "us-2",
          "0",
          "title",
          "cell",
          "column",
          "note",
          "source",
          "statement",
          "label",
          "name",
          "series",
          "category",
          "term",
          "definition",
          "text",
          "unit",
          "alt",
          "1",
          "12",
          "x.y",
          "",
          "-a",
          "A",
          "a b",
          "table",
          "figure");

  /**
   * Every id a factory makes reads back, through {@link UnitId#parse}, as the same id of the same
   * kind with the same parts: so no kind tried earlier by parse has the shape of another's ids.
   */
  @Test
  void everyMadeIdParsesBackAsItsOwnKind() {
    Random random = new Random(11);
    int made = 0;
    for (int i = 0; i < 20_000; i++) {
      String a = pick(random);
      String b = pick(random);
      String c = pick(random);
      int n = random.nextInt(4) - 1;
      List<Supplier<UnitId>> factories =
          List.of(
              () -> UnitId.methodology(n),
              () -> UnitId.sectionTitle(a),
              () -> UnitId.topicLabel(a),
              () -> UnitId.actorName(a),
              () -> UnitId.findingStatement(a),
              () -> UnitId.verdictLabel(a),
              () -> UnitId.hypothesisStatement(a),
              () -> UnitId.verdictSentence(a),
              () -> UnitId.tableTitle(a),
              () -> UnitId.tableColumn(a, b),
              () -> UnitId.tableCell(a, b, c),
              () -> UnitId.tableCellLine(a, b, c, n),
              () -> UnitId.tableNote(a, n),
              () -> UnitId.tableSource(a),
              () -> UnitId.eventText(a),
              () -> UnitId.figureTitle(a),
              () -> UnitId.figureUnit(a),
              () -> UnitId.figureSource(a),
              () -> UnitId.figureAlt(a),
              () -> UnitId.figureCategory(a, n),
              () -> UnitId.figureSeries(a, n),
              () -> UnitId.footnote(n),
              () -> UnitId.glossaryTerm(a),
              () -> UnitId.glossaryDefinition(a));
      for (Supplier<UnitId> f : factories) {
        UnitId id;
        try {
          id = f.get();
        } catch (IllegalArgumentException e) {
          continue;
        }
        made++;
        UnitId parsed = UnitId.parse(id.value()).orElseThrow();
        assertThat(parsed.kind()).as(id.value()).isEqualTo(id.kind());
        assertThat(parsed.parts()).as(id.value()).isEqualTo(id.parts());
      }
    }
    // The check can fail: many generated ids are well formed.
    assertThat(made).isGreaterThan(100_000);
    List<String> fixed = new ArrayList<>();
    for (UnitId id :
        List.of(
            UnitId.articleTitle(),
            UnitId.articleSubtitle(),
            UnitId.articleAbstract(),
            UnitId.summary(),
            UnitId.keywords(),
            UnitId.argumentPreface())) {
      assertThat(UnitId.parse(id.value()).orElseThrow().kind()).isEqualTo(id.kind());
      fixed.add(id.value());
    }
    assertThat(fixed).doesNotHaveDuplicates();
  }

  @Test
  void aFactoryRefusesAPartThatIsNoId() {
    assertThat(UnitId.parse("table.a.cell.b.c.2").orElseThrow().parts())
        .containsExactly("a", "b", "c", "2");
    for (String bad : List.of("x.y", "", "A", "a b", "-a")) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> UnitId.tableTitle(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("not a TABLE_TITLE unit id: table." + bad + ".title");
    }
  }

  /**
   * A factory takes a part exactly when the id it would make has its kind's shape: the factories
   * check the parts themselves, and {@link UnitId#parse} reads ids with the kinds' patterns.
   */
  @Test
  void aFactoryTakesAPartExactlyWhenItsIdWouldParse() {
    List<String> parts = new ArrayList<>(PARTS);
    parts.addAll(List.of("a-", "a--b", "9z", "é", "a_b", "a.", ".a", "ab\n", "\u0430"));
    for (String a : parts) {
      String text = "table." + a + ".cell.row-1." + a;
      boolean parses =
          UnitId.parse(text).filter(u -> u.kind() == UnitId.Kind.TABLE_CELL).isPresent()
              && UnitId.parse(text).orElseThrow().parts().equals(List.of(a, "row-1", a));
      boolean made;
      try {
        made = UnitId.tableCell(a, "row-1", a).value().equals(text);
      } catch (IllegalArgumentException e) {
        made = false;
      }
      assertThat(made).as(a).isEqualTo(parses);
    }
    for (int n : new int[] {-1, 0, 1, 2, 10, Integer.MAX_VALUE}) {
      boolean parses = UnitId.parse("footnote." + n).isPresent();
      boolean made;
      try {
        made = UnitId.footnote(n).parts().equals(List.of(Integer.toString(n)));
      } catch (IllegalArgumentException e) {
        made = false;
      }
      assertThat(made).as("footnote %d", n).isEqualTo(parses);
    }
  }

  private static String pick(Random random) {
    return PARTS.get(random.nextInt(PARTS.size()));
  }
}
