package org.briefing.render.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.briefing.document.Block;
import org.briefing.document.Document;
import org.briefing.document.SampleDocuments;
import org.briefing.render.markdown.MarkdownRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads every DOCX back with pandoc, as another program would: every sentence of the same
 * briefing's Markdown is in the DOCX text, and pandoc finds real headings, lists and tables.
 * Skipped with a message where pandoc is not installed (Debian: apt-get install pandoc); in CI
 * ({@code CI=true}) it must run.
 */
class PandocReadBackTest {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern NOTE_MARK = Pattern.compile("\\[\\d+\\]|\\^\\([^)]*\\)");

  @TempDir Path dir;

  static Stream<Document> documents() throws IOException {
    return Docx.samplesAndExamples();
  }

  @ParameterizedTest(name = "{index}")
  @MethodSource("documents")
  void everySentenceOfTheMarkdownIsInTheDocx(Document d) throws Exception {
    String pandoc = requirePandoc();
    Path docx = dir.resolve("b.docx");
    Files.write(docx, Docx.render(d));
    Path md = dir.resolve("b.md");
    Files.writeString(
        md,
        // A table cell's lines are separate paragraphs in Word, one line in pandoc's plain text
        // of the Markdown: they are compared line by line (the Markdown with HTML separates them
        // with <br>, whose place is marked here as a sentence end).
        MarkdownRenderer.builder().build().renderToString(d).replace("<br>", "; "),
        StandardCharsets.UTF_8);
    // pandoc reads the Title, Subtitle, author and date paragraphs into metadata: a template
    // prints them back before the body.
    Path template = dir.resolve("titleblock.plain");
    Files.writeString(
        template,
        "$if(title)$$title$\n$endif$$if(subtitle)$$subtitle$\n$endif$"
            + "$for(author)$$author$\n$endfor$$if(date)$$date$\n$endif$$body$\n",
        StandardCharsets.UTF_8);
    String docxText =
        words(
            run(
                pandoc,
                "-s",
                "--template",
                template,
                "-f",
                "docx",
                "-t",
                "plain",
                "--wrap=none",
                docx));
    String mdText = run(pandoc, "-f", "commonmark_x", "-t", "plain", "--wrap=none", md);
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (String sentence : sentences(mdText)) {
      String w = words(sentence);
      if (w.isBlank()) {
        continue;
      }
      checked++;
      if (!docxText.contains(w)) {
        missing.add(sentence);
      }
    }
    assertThat(checked).isGreaterThan(3);
    assertThat(missing).as("Markdown sentences missing from the DOCX text").isEmpty();
  }

  @Test
  void pandocSeesHeadingsListsTablesNotesAndPictures() throws Exception {
    String pandoc = requirePandoc();
    Path docx = dir.resolve("sample.docx");
    Files.write(docx, Docx.render(SampleDocuments.english()));
    JsonNode ast = new ObjectMapper().readTree(run(pandoc, "-f", "docx", "-t", "json", docx));
    Set<String> kinds = new HashSet<>();
    List<String> headings = new ArrayList<>();
    walk(ast.get("blocks"), kinds, headings);
    assertThat(kinds).contains("Header", "BulletList", "OrderedList", "Table", "Note", "Image");
    assertThat(kinds).contains("Link");
    assertThat(headings).contains("1:Summary", "1:Findings", "2:Streszczenie");
  }

  @ParameterizedTest(name = "{index}")
  @MethodSource("documents")
  void tablesAndListsOfEveryBriefingAreRealTablesAndLists(Document d) throws Exception {
    String pandoc = requirePandoc();
    Path docx = dir.resolve("b.docx");
    Files.write(docx, Docx.render(d));
    JsonNode ast = new ObjectMapper().readTree(run(pandoc, "-f", "docx", "-t", "json", docx));
    Set<String> kinds = new HashSet<>();
    walk(ast.get("blocks"), kinds, new ArrayList<>());
    Set<String> expected = new HashSet<>();
    d.accept(
        new org.briefing.document.AbstractVisitor() {
          @Override
          public void visit(Block.Table node) {
            expected.add("Table");
            super.visit(node);
          }

          @Override
          public void visit(Block.ListBlock node) {
            expected.add(node.ordered() ? "OrderedList" : "BulletList");
            super.visit(node);
          }

          @Override
          public void visit(Block.Heading node) {
            expected.add("Header");
            super.visit(node);
          }
        });
    assertThat(kinds).containsAll(expected);
  }

  private static void walk(JsonNode node, Set<String> kinds, List<String> headings) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> walk(n, kinds, headings));
      return;
    }
    if (node.isObject()) {
      JsonNode t = node.get("t");
      if (t != null && t.isTextual()) {
        kinds.add(t.asText());
        if (t.asText().equals("Header")) {
          JsonNode c = node.get("c");
          headings.add(c.get(0).asInt() + ":" + inlineText(c.get(2)).strip());
        }
      }
      node.elements().forEachRemaining(n -> walk(n, kinds, headings));
    }
  }

  private static String inlineText(JsonNode inlines) {
    StringBuilder b = new StringBuilder();
    for (JsonNode i : inlines) {
      String t = i.get("t").asText();
      if (t.equals("Str")) {
        b.append(i.get("c").asText());
      } else if (t.equals("Space")) {
        b.append(' ');
      }
    }
    return b.toString();
  }

  /** Lower-case words joined by single spaces, footnote marks removed, with a space each side. */
  static String words(String text) {
    Matcher m = WORD.matcher(NOTE_MARK.matcher(text).replaceAll(" "));
    StringBuilder b = new StringBuilder(" ");
    while (m.find()) {
      b.append(m.group().toLowerCase(Locale.ROOT)).append(' ');
    }
    return b.toString();
  }

  /** Sentences and table cells of plain text: split at sentence ends, cell and line breaks. */
  static List<String> sentences(String plain) {
    List<String> list = new ArrayList<>();
    for (String line : plain.split("\\R")) {
      for (String part : line.split("(?<=[.!?;:])\\s+|\\s{2,}|\\|")) {
        if (!part.isBlank()) {
          list.add(part.strip());
        }
      }
    }
    return list;
  }

  private static String requirePandoc() {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String d : path.split(File.pathSeparator)) {
      if (!d.isEmpty() && Files.isExecutable(Path.of(d, "pandoc"))) {
        return Path.of(d, "pandoc").toString();
      }
    }
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new AssertionError("pandoc is needed in CI for the DOCX read-back tests");
    }
    assumeTrue(
        false,
        "pandoc is not on the PATH: DOCX read-back skipped (Debian: apt-get install pandoc)");
    return null;
  }

  private String run(String pandoc, Object... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(pandoc);
    for (Object a : args) {
      command.add(a.toString());
    }
    Path out = Files.createTempFile(dir, "pandoc", ".txt");
    Process p =
        new ProcessBuilder(command)
            .redirectErrorStream(false)
            .redirectOutput(out.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("pandoc finished").isTrue();
    assertThat(p.exitValue()).as("pandoc %s", command).isZero();
    return Files.readString(out, StandardCharsets.UTF_8);
  }
}
