package org.briefing.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.briefing.i18n.Language;
import org.junit.jupiter.api.Test;

class SampleDocumentsTest {

  /** Every node type of the model, found from the sealed interfaces. */
  private static Set<Class<?>> allNodeTypes() {
    Set<Class<?>> all = new HashSet<>();
    all.addAll(Arrays.asList(Block.class.getPermittedSubclasses()));
    all.addAll(Arrays.asList(Inline.class.getPermittedSubclasses()));
    return all;
  }

  private static Set<Class<?>> visitedTypes(Document document) {
    Set<Class<?>> seen = new HashSet<>();
    AbstractVisitor recorder =
        new AbstractVisitor() {
          @Override
          protected void visitAll(List<? extends Node> nodes) {
            for (Node n : nodes) {
              seen.add(n.getClass());
              n.accept(this);
            }
          }
        };
    recorder.visitAll(document.blocks());
    return seen;
  }

  @Test
  void englishAndPolishHoldEveryNodeType() {
    for (Document d : List.of(SampleDocuments.english(), SampleDocuments.polish())) {
      assertThat(visitedTypes(d)).containsAll(allNodeTypes());
    }
  }

  @Test
  void holdsPolishAndLithuanianLettersAndHostileText() {
    String text = allText(SampleDocuments.english());
    assertThat(text)
        .contains(SampleDocuments.POLISH_LETTERS)
        .contains(SampleDocuments.LITHUANIAN_LETTERS)
        .contains(SampleDocuments.HOSTILE);
    Stream.of("<script>", "\"", "&", "{", "\\", "${x}", "%", "#", "_", "~", "^", "$")
        .forEach(s -> assertThat(SampleDocuments.HOSTILE).contains(s));
  }

  @Test
  void tableOnlyHoldsOneTable() {
    Document d = SampleDocuments.tableOnly(Language.PL);
    assertThat(d.blocks()).singleElement().isInstanceOf(Block.Table.class);
  }

  private static String allText(Document d) {
    StringBuilder sb = new StringBuilder();
    d.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Inline.Text node) {
            sb.append(node.text()).append('\n');
          }
        });
    return sb.toString();
  }
}
