package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.briefing.assemble.Assembler;
import org.briefing.assemble.Assembly;
import org.briefing.corpus.CorpusReader;
import org.briefing.diagnostics.Diagnostic;
import org.briefing.document.AbstractVisitor;
import org.briefing.document.Block;
import org.briefing.document.Document;
import org.briefing.document.Inline;
import org.briefing.model.Corpus;
import org.briefing.sections.Option;
import org.briefing.sections.SectionKind;
import org.briefing.sections.SectionKinds;
import org.briefing.spec.BriefingSpec;
import org.briefing.spec.SpecReader;
import org.briefing.starter.NewCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A paper unlike the Lithuania article: a new corpus from {@code briefing init}, a four-column
 * table with Markdown cells, a corpus without hypotheses or tables, every section kind in every
 * format and language, and no section that shows a bare heading.
 */
class AnyPaperTest {
  private static final List<String> FORMATS = List.of("md", "html", "pdf", "latex", "docx");

  @Test
  void aSpecBesideABrokenCorpusIsAnErrorNotTheBuiltInPaper(@TempDir Path tmp) throws IOException {
    Path paper = tmp.resolve("my-paper");
    assertThat(CliRun.of("init", paper.toString()).status()).isZero();
    Files.delete(paper.resolve("corpus/article.yaml"));
    Path spec = paper.resolve("overview.yaml");
    Path out = tmp.resolve("out");
    for (CliRun run :
        List.of(
            CliRun.of("build", spec.toString(), "-f", "md", "-o", out.toString()),
            CliRun.of("build", tmp.toString(), "-f", "md", "-o", out.toString()),
            CliRun.of("validate", spec.toString()),
            CliRun.of("validate", paper.toString()))) {
      assertThat(run.status()).as(run.toString()).isEqualTo(2);
      assertThat(run.err()).as(run.toString()).contains("article.yaml");
    }
    assertThat(out.resolve("overview.md")).doesNotExist();
  }

  @Test
  void initMakesACorpusAndSpecThatValidateAndBuildInEveryFormat(@TempDir Path tmp)
      throws IOException {
    Path paper = tmp.resolve("my-paper");
    CliRun init = CliRun.of("init", paper.toString());
    assertThat(init.status()).as(init.toString()).isZero();
    for (String f : CorpusReader.FILES) {
      assertThat(paper.resolve("corpus").resolve(f)).isRegularFile();
    }
    CliRun validate = CliRun.of("validate", paper.toString());
    assertThat(validate.status()).as(validate.toString()).isZero();
    assertThat(validate.out()).contains("0 errors, 0 warnings");
    Path out = tmp.resolve("out");
    CliRun build =
        CliRun.of("build", paper.toString(), "-o", out.toString(), "-f", String.join(",", FORMATS));
    assertThat(build.status()).as(build.toString()).isZero();
    for (String ext : List.of("md", "html", "pdf", "tex", "docx")) {
      assertThat(out.resolve("overview." + ext)).isRegularFile();
    }

    CliRun again = CliRun.of("init", paper.toString());
    assertThat(again.status()).isEqualTo(2);
    assertThat(again.err()).contains(paper + ":1:1: error: the folder is not empty");
  }

  @Test
  void aFourColumnTableWithMarkdownCellsHasFourCellsARowInEveryFormat(@TempDir Path tmp)
      throws IOException {
    Path paper = tmp.resolve("minerals");
    Path corpus = paper.resolve("corpus");
    writeCorpus(corpus, NewCorpus.files("minerals"));
    Files.writeString(
        corpus.resolve("tables.yaml"),
        """
        tables:
          - id: minerals
            number: 3
            title: "Minerals and their uses"
            columns:
              - {id: mineral, label: "Mineral", row-header: true}
              - {id: use, label: "Main use"}
              - {id: share, label: "Import share (%)"}
              - {id: source, label: "Leading source"}
            rows:
              - id: antimony
                cells:
                  mineral: "**Antimony**"
                  use: "Flame *retardants*"
                  share: "82"
                  source: "China"
              - id: gallium
                cells:
                  mineral: "**Gallium**"
                  use: "Semiconductors | chips"
                  share: "100"
                  source: "China"
            table-notes:
              - {text: "Shares are of imports."}
            source: "An example table."
        """,
        StandardCharsets.UTF_8);
    Files.writeString(
        paper.resolve("table.yaml"),
        "sections: [{type: table, table: minerals}]\nformats: [md, html, pdf, latex, csv, docx]\n",
        StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");
    CliRun build = CliRun.of("build", paper.resolve("table.yaml").toString(), "-o", out.toString());
    assertThat(build.status()).as(build.toString()).isZero();

    String md = Files.readString(out.resolve("table.md"), StandardCharsets.UTF_8);
    List<String> mdRows =
        md.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| ---")).toList();
    assertThat(mdRows).hasSize(3);
    mdRows.forEach(r -> assertThat(cells(r)).as(r).isEqualTo(4));
    assertThat(md).contains("| **Antimony** |").contains("*retardants*").doesNotContain("****");

    String html = Files.readString(out.resolve("table.html"), StandardCharsets.UTF_8);
    Matcher rows = Pattern.compile("(?s)<tr[^>]*>(.*?)</tr>").matcher(html);
    int htmlRows = 0;
    while (rows.find()) {
      if (rows.group(1).contains("Antimony") || rows.group(1).contains("Gallium")) {
        htmlRows++;
        assertThat(count(rows.group(1), "<t[hd][ >]")).as(rows.group(1)).isEqualTo(4);
      }
    }
    assertThat(htmlRows).isEqualTo(2);
    assertThat(html).contains("<strong>Antimony</strong>").contains("<em>retardants</em>");

    String tex = Files.readString(out.resolve("table.tex"), StandardCharsets.UTF_8);
    for (String row :
        tex.lines().filter(l -> l.contains("Antimony") || l.contains("Gallium")).toList()) {
      assertThat(count(row, "(?<!\\\\)&")).as(row).isEqualTo(3);
    }
    assertThat(tex).contains("\\textbf{Antimony}");

    List<String> csv = Files.readAllLines(out.resolve("table.csv"), StandardCharsets.UTF_8);
    assertThat(csv).contains("Mineral,Main use,Import share (%),Leading source");
    assertThat(csv).anyMatch(l -> l.startsWith("Antimony,Flame retardants,82,China"));

    try (XWPFDocument docx = new XWPFDocument(Files.newInputStream(out.resolve("table.docx")))) {
      XWPFTable table =
          docx.getTables().stream()
              .filter(t -> t.getText().contains("Antimony"))
              .findFirst()
              .orElseThrow();
      for (XWPFTableRow r : table.getRows()) {
        assertThat(r.getTableCells()).hasSize(4);
      }
    }
    try (PDDocument pdf = Loader.loadPDF(out.resolve("table.pdf").toFile())) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text)
          .contains("Antimony", "Flame retardants", "Semiconductors | chips", "Leading source");
    }
  }

  @Test
  void aPaperWithoutHypothesesOrTablesBuildsAFullBriefingWithoutEmptySections(@TempDir Path tmp)
      throws IOException {
    Path corpus = tmp.resolve("corpus");
    Map<String, String> files = new java.util.LinkedHashMap<>(NewCorpus.files("plain"));
    files.remove("argument.yaml");
    files.remove("tables.yaml");
    files.put("article.yaml", files.get("article.yaml").replace("# summary-table: main-table", ""));
    writeCorpus(corpus, files);
    Corpus c = CorpusReader.read(corpus).corpus();
    assertThat(c.argument().items()).isEmpty();
    assertThat(c.tables()).isEmpty();

    BriefingSpec spec =
        SpecReader.of(c)
            .read(
                tmp.resolve("all.yaml").toString(),
                "sections: [executive-summary, key-points, summary, hypotheses, findings, timeline,"
                    + " {type: figure, figure: first-figure}, glossary, methodology, how-to-cite,"
                    + " references]\n");
    Assembly a = Assembler.of(c).withEnvironment(Map.of()).assemble(spec);
    assertNoEmptyHeading(a.document());
    // The executive summary falls back to the key findings.
    assertThat(headings(a.document()))
        .contains("Executive summary", "Key points", "Findings", "Glossary", "References")
        .doesNotContain("Hypotheses and verdicts", "Summary");
    assertThat(a.warnings())
        .extracting(Diagnostic::message)
        .contains(
            "the summary section is left out: the paper has no summary ('summary' in article.yaml)",
            "the hypotheses section is left out: the paper has no hypotheses or research questions");
  }

  @Test
  void everySectionKindBuildsInEveryFormatAndLanguageWithoutEmptyHeadings(@TempDir Path tmp)
      throws IOException {
    Path repo = CliRun.repo();
    StringBuilder sections = new StringBuilder("sections:\n");
    Corpus lithuania = CorpusReader.read(repo.resolve("briefings/corpus")).corpus();
    for (SectionKind<?> k : SectionKinds.all()) {
      sections.append("  - {type: ").append(k.name());
      for (Option o : k.options()) {
        if (o.required()) {
          sections.append(", ").append(o.name()).append(": ").append(example(lithuania, k, o));
        }
      }
      sections.append("}\n");
    }
    for (String language : List.of("en", "pl", "bilingual")) {
      Path spec = tmp.resolve("every-kind-" + language + ".yaml");
      Files.createDirectories(tmp.resolve("corpus"));
      String yaml =
          "language: "
              + language
              + "\nshow-notes: true\n"
              + sections
              + "formats: [md, html, pdf, latex, docx]\n";
      Files.writeString(spec, yaml, StandardCharsets.UTF_8);
      BriefingSpec read = SpecReader.of(lithuania).read(spec.toString(), yaml);
      assertThat(read.sections()).hasSize(SectionKinds.all().size());
      Document d = Assembler.of(lithuania).withEnvironment(Map.of()).assemble(read).document();
      assertNoEmptyHeading(d);
      Path out = tmp.resolve("out-" + language);
      CliRun build =
          CliRun.of(
              "build",
              spec.toString(),
              "--corpus",
              repo.resolve("briefings/corpus").toString(),
              "-o",
              out.toString());
      assertThat(build.status()).as(build.toString()).isZero();
      for (String ext : List.of("md", "html", "pdf", "tex", "docx")) {
        assertThat(out.resolve("every-kind-" + language + "." + ext)).isNotEmptyFile();
      }
    }
  }

  @Test
  void noExampleBriefingOfAnyCorpusShowsABareHeading() throws IOException {
    Path briefings = CliRun.repo().resolve("briefings");
    List<Path> specs = new ArrayList<>();
    try (var s = Files.walk(briefings, 2)) {
      s.filter(p -> p.toString().endsWith(".yaml"))
          .filter(p -> !p.toString().contains("/corpus/") && !p.toString().contains("/schema/"))
          .forEach(specs::add);
    }
    assertThat(specs).isNotEmpty();
    for (Path spec : specs) {
      Path corpusDir = spec.getParent().resolve("corpus");
      Corpus c = CorpusReader.read(corpusDir).corpus();
      BriefingSpec s = SpecReader.of(c).read(spec);
      assertNoEmptyHeading(Assembler.of(c).withEnvironment(Map.of()).assemble(s).document());
    }
  }

  /** Every heading is followed by content before the next heading of its level or above. */
  static void assertNoEmptyHeading(Document d) {
    List<Block> flat = new ArrayList<>();
    flatten(d.blocks(), flat);
    for (int i = 0; i < flat.size(); i++) {
      if (flat.get(i) instanceof Block.Heading h) {
        boolean content = false;
        for (int j = i + 1; j < flat.size(); j++) {
          if (flat.get(j) instanceof Block.Heading next) {
            if (next.level() <= h.level()) {
              break;
            }
            continue;
          }
          content = true;
          break;
        }
        assertThat(content).as("heading '%s' has content in %s", text(h), d.meta().id()).isTrue();
      }
    }
  }

  private static void flatten(List<Block> blocks, List<Block> out) {
    for (Block b : blocks) {
      if (b instanceof Block.Part p) {
        flatten(p.content(), out);
      } else if (b instanceof Block.Parallel par) {
        for (Block.ParallelRow r : par.rows()) {
          flatten(r.left(), out);
        }
      } else {
        out.add(b);
      }
    }
  }

  private static List<String> headings(Document d) {
    List<String> out = new ArrayList<>();
    d.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Block.Heading node) {
            out.add(text(node));
          }
        });
    return out;
  }

  private static String text(Block.Heading h) {
    StringBuilder b = new StringBuilder();
    h.content()
        .forEach(
            i ->
                i.accept(
                    new AbstractVisitor() {
                      @Override
                      public void visit(Inline.Text node) {
                        b.append(node.text());
                      }
                    }));
    return b.toString();
  }

  private static String example(Corpus c, SectionKind<?> k, Option o) {
    return switch (o.type()) {
      case ID -> o.ids().ids(c).get(0);
      case LOCALIZED -> "{en: A title, pl: Tytuł}";
      case SECTIONS -> "[key-points]";
      default -> throw new IllegalStateException(k.name() + "." + o.name());
    };
  }

  private static void writeCorpus(Path dir, Map<String, String> files) throws IOException {
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path target = dir.resolve(f.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, f.getValue(), StandardCharsets.UTF_8);
    }
  }

  /** Cells of a GFM table row: the unescaped pipes between them. */
  private static int cells(String row) {
    return count(row.strip(), "(?<!\\\\)\\|") - 1;
  }

  private static int count(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
