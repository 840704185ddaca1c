package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.briefing.corpus.CorpusReader;
import org.briefing.model.Corpus;
import org.briefing.model.Hypothesis;
import org.briefing.model.Reference;
import org.briefing.model.Table;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code briefing build} and {@code briefing table} end to end, on the shipped examples. */
class BuildTest {
  private static final Corpus CORPUS = CorpusReader.readDefault().corpus();

  @Test
  void fullArticleMarkdownHoldsEveryHypothesisTableCellAndCitation(@TempDir Path tmp)
      throws IOException {
    String spec = CliRun.repo().resolve("briefings/full-article.yaml").toString();

    CliRun run = CliRun.of("build", spec, "-f", "md", "-o", tmp.toString());

    assertThat(run.status()).as(run.toString()).isZero();
    String md = Files.readString(tmp.resolve("full-article.md"), StandardCharsets.UTF_8);
    String plain = md.replace("\\", "");
    for (Hypothesis h : CORPUS.argument().items()) {
      // Displayed as a sentence: a capital first letter and a full stop.
      assertThat(plain)
          .contains(
              Character.toUpperCase(h.statement().charAt(0)) + h.statement().substring(1) + ".")
          .contains(h.verdictSentence());
    }
    assertThat(plain).contains("Needs further research").contains("Confirmed");
    Table table = CORPUS.summaryTable().orElseThrow();
    for (Table.Row r : table.rows()) {
      for (Table.Column c : table.columns()) {
        r.cell(c.id()).orElseThrow().lines().forEach(l -> assertThat(plain).contains(l.printed()));
      }
    }
    assertThat(plain).contains(table.title(), table.source().orElseThrow());
    for (Reference ref : CORPUS.references()) {
      assertThat(md).as(ref.id()).contains("(#ref-" + ref.id() + ")");
    }
  }

  @Test
  void everyExampleBuildsInEveryTextFormat(@TempDir Path tmp) throws IOException {
    CliRun run =
        CliRun.of(
            "build",
            CliRun.repo().resolve("briefings").toString(),
            "-f",
            "md,latex",
            "-o",
            tmp.toString());

    assertThat(run.status()).as(run.toString()).isZero();
    List<String> specs = new ArrayList<>();
    try (Stream<Path> s = Files.list(CliRun.repo().resolve("briefings"))) {
      s.filter(p -> p.toString().endsWith(".yaml"))
          .forEach(p -> specs.add(p.getFileName().toString().replace(".yaml", "")));
    }
    assertThat(specs).hasSizeGreaterThanOrEqualTo(7);
    for (String name : specs) {
      assertThat(tmp.resolve(name + ".md")).isNotEmptyFile();
      assertThat(tmp.resolve(name + ".tex")).isNotEmptyFile();
    }
  }

  /** The summary names the output folder as the user would type it: "." for the working folder. */
  @Test
  void theSummaryNamesTheWorkingFolderAsADot() {
    assertThat(BuildCommand.display(Path.of(""))).isEqualTo(".");
    assertThat(BuildCommand.display(Path.of("out", "..", "."))).isEqualTo(".");
    assertThat(BuildCommand.display(Path.of("out"))).isEqualTo("out");
  }

  @Test
  void buildingTwiceGivesByteIdenticalFiles(@TempDir Path tmp) throws IOException {
    String spec = CliRun.repo().resolve("briefings/bilingual-summary.yaml").toString();
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    assertThat(CliRun.of("build", spec, "-f", "md,html,pdf,latex", "-o", a.toString()).status())
        .isZero();
    assertThat(CliRun.of("build", spec, "-f", "md,html,pdf,latex", "-o", b.toString()).status())
        .isZero();
    for (String ext : List.of("md", "html", "pdf", "tex")) {
      byte[] first = Files.readAllBytes(a.resolve("bilingual-summary." + ext));
      byte[] second = Files.readAllBytes(b.resolve("bilingual-summary." + ext));
      assertThat(second).as(ext).isEqualTo(first);
    }
  }

  @Test
  void theShortNotesKeepToTheirPageBudgetsInPdf(@TempDir Path tmp) throws IOException {
    Path briefings = CliRun.repo().resolve("briefings");
    CliRun run =
        CliRun.of(
            "build",
            briefings.resolve("energy-security.yaml").toString(),
            briefings.resolve("nato-madrid.yaml").toString(),
            "-f",
            "pdf",
            "-o",
            tmp.toString());
    assertThat(run.status()).as(run.toString()).isZero();
    try (var energy =
            org.apache.pdfbox.Loader.loadPDF(tmp.resolve("energy-security.pdf").toFile());
        var nato = org.apache.pdfbox.Loader.loadPDF(tmp.resolve("nato-madrid.pdf").toFile())) {
      assertThat(energy.getNumberOfPages()).as("one-page energy note").isEqualTo(1);
      assertThat(nato.getNumberOfPages()).as("two-page NATO note").isLessThanOrEqualTo(2);
    }
  }

  @Test
  void overTheLengthBudgetWarnsAndFailsWithStrict(@TempDir Path tmp) throws IOException {
    Path spec = tmp.resolve("long.yaml");
    Files.writeString(
        spec, "title: Too long\nmax-pages: 1\nsections:\n  - {type: findings, group-by: topic}\n");

    CliRun lenient =
        CliRun.of("build", spec.toString(), "-f", "md", "-o", tmp.resolve("a").toString());
    assertThat(lenient.status()).as(lenient.toString()).isZero();
    assertThat(lenient.err()).contains(spec + ":2:12: warning: ").contains("over the budget of 1");
    assertThat(tmp.resolve("a/long.md")).isRegularFile();

    CliRun strict =
        CliRun.of(
            "build", spec.toString(), "-f", "md", "--strict", "-o", tmp.resolve("b").toString());
    assertThat(strict.status()).isEqualTo(2);
    assertThat(strict.err()).contains(spec + ":2:12: error: ");
    assertThat(tmp.resolve("b")).doesNotExist();
  }

  @Test
  void aPdfOverItsPageBudgetIsMeasuredNamesTheBuiltSpecAndFailsWithStrict(@TempDir Path tmp)
      throws IOException {
    Files.writeString(tmp.resolve("base.yaml"), "max-pages: 1\n");
    Path spec = tmp.resolve("child.yaml");
    Files.writeString(
        spec,
        "extends: base.yaml\ntitle: Long\nsections:\n  - {type: findings, group-by: topic}\n");

    CliRun lenient =
        CliRun.of("build", spec.toString(), "-f", "pdf", "-o", tmp.resolve("a").toString());
    assertThat(lenient.status()).as(lenient.toString()).isZero();
    int pages;
    try (var pdf = org.apache.pdfbox.Loader.loadPDF(tmp.resolve("a/child.pdf").toFile())) {
      pages = pdf.getNumberOfPages();
    }
    assertThat(pages).isGreaterThan(1);
    assertThat(lenient.err())
        .contains(spec + ":1:1: warning: the pdf has " + pages + " pages, over the budget of 1");

    CliRun strict =
        CliRun.of(
            "build", spec.toString(), "-f", "pdf", "--strict", "-o", tmp.resolve("b").toString());
    assertThat(strict.status()).isEqualTo(2);
    assertThat(strict.err()).contains("error: ").contains("over the budget of 1");
    assertThat(tmp.resolve("b/child.pdf")).doesNotExist();
  }

  @Test
  void aLogoThePageCannotEmbedIsBadInputNotACrash(@TempDir Path tmp) throws IOException {
    Files.write(tmp.resolve("logo.bmp"), new byte[] {'B', 'M', 0, 0});
    Path spec = tmp.resolve("logo.yaml");
    Files.writeString(
        spec,
        "title: Logo\norganisation: {name: Institute, logo: logo.bmp}\nsections: [key-points]\n");

    CliRun run =
        CliRun.of("build", spec.toString(), "-f", "md,html", "-o", tmp.resolve("out").toString());

    assertThat(run.status()).as(run.toString()).isEqualTo(2);
    assertThat(run.err())
        .contains(spec + ":2:39: error: the logo is not a PNG, JPEG or SVG file (by its name)");
    // validate refuses what build refuses
    CliRun validate = CliRun.of("validate", spec.toString());
    assertThat(validate.status()).as(validate.toString()).isEqualTo(2);
    assertThat(validate.err()).contains(spec + ":2:39: error: the logo is not a PNG");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void anSvgLogoGoesIntoTheDocxAsAPngAndIntoThePdf(@TempDir Path tmp) throws IOException {
    Files.writeString(
        tmp.resolve("logo.svg"),
        "<svg xmlns='http://www.w3.org/2000/svg' width='90' height='30'>"
            + "<rect width='90' height='30' fill='#0b5394'/></svg>");
    Path spec = tmp.resolve("svg-logo.yaml");
    Files.writeString(
        spec,
        "title: Logo\norganisation: {name: Institute, logo: logo.svg}\nsections: [key-points]\n");

    CliRun run =
        CliRun.of(
            "build", spec.toString(), "-f", "docx,pdf,html", "-o", tmp.resolve("out").toString());

    assertThat(run.status()).as(run.toString()).isZero();
    try (java.util.zip.ZipFile docx =
        new java.util.zip.ZipFile(tmp.resolve("out/svg-logo.docx").toFile())) {
      assertThat(docx.stream().map(e -> e.getName()))
          .anyMatch(n -> n.startsWith("word/media/") && n.endsWith(".png"));
    }
    assertThat(Files.size(tmp.resolve("out/svg-logo.pdf"))).isPositive();
  }

  @Test
  void aLogoTheRendererRefusesIsReportedAtTheSpecsLogoLine(@TempDir Path tmp) throws IOException {
    // Self-contained, so the spec reader takes it; with no size, Word cannot be given a picture.
    Files.writeString(
        tmp.resolve("empty.svg"), "<svg xmlns='http://www.w3.org/2000/svg' width='0' height='0'/>");
    Path spec = tmp.resolve("empty-logo.yaml");
    Files.writeString(
        spec,
        "title: Logo\nsections: [key-points]\norganisation:\n  name: Institute\n"
            + "  logo: empty.svg\n");

    CliRun run =
        CliRun.of("build", spec.toString(), "-f", "docx", "-o", tmp.resolve("out").toString());

    assertThat(run.status()).as(run.toString()).isEqualTo(2);
    assertThat(run.err())
        .contains(spec + ":5:9: error: cannot write docx: the logo has no size")
        .doesNotContain(spec + ":1:1:");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void aPictureTheCorpusTakesButTheWritersCannotDrawIsReportedAtTheFiguresImage(@TempDir Path tmp)
      throws IOException {
    Path corpus = tmp.resolve("corpus");
    CliRun.copyTree(CliRun.repo().resolve("briefings/crs-foreign-debt/corpus"), corpus);
    // Well-formed and self-contained, so the corpus checks pass; Batik refuses its path data.
    Files.createDirectories(corpus.resolve("images"));
    Files.writeString(
        corpus.resolve("images/bad.svg"),
        "<svg xmlns='http://www.w3.org/2000/svg' width='100' height='50'>"
            + "<path d='M 0 0 L 10 zz 5'/></svg>");
    Path figures = corpus.resolve("figures.yaml");
    Files.writeString(
        figures,
        "  - id: test-map\n    kind: image\n    title: A test picture\n"
            + "    image: images/bad.svg\n    alt: A test picture\n",
        java.nio.file.StandardOpenOption.APPEND);
    int line = Files.readAllLines(figures).indexOf("    image: images/bad.svg") + 1;
    Path spec = tmp.resolve("picture.yaml");
    Files.writeString(spec, "title: T\nsections:\n  - {type: figure, figure: test-map}\n");

    for (String format : List.of("pdf", "docx")) {
      CliRun run =
          CliRun.of(
              "build",
              spec.toString(),
              "--corpus",
              corpus.toString(),
              "-f",
              format,
              "-o",
              tmp.resolve("out").toString());

      assertThat(run.status()).as(run.toString()).isEqualTo(2);
      assertThat(run.err())
          .as(run.toString())
          .contains(
              figures
                  + ":"
                  + line
                  + ":12: error: cannot write "
                  + format
                  + ": the picture of figure 'test-map' (images/bad.svg) could not be drawn:"
                  + " the attribute \"d\" of the element <path> is invalid\n  hint: ")
          .doesNotContain(spec + ":1:1:")
          .doesNotContain("null:-1");
      assertThat(tmp.resolve("out")).doesNotExist();
    }
  }

  @Test
  void aSpecThatIsNotUtf8IsBadInput(@TempDir Path tmp) throws IOException {
    Path spec = tmp.resolve("latin2.yaml");
    Files.write(spec, "title: Pa\u0144stwo\nsections: [key-points]\n".getBytes("ISO-8859-2"));

    CliRun run =
        CliRun.of("build", spec.toString(), "-f", "md", "-o", tmp.resolve("out").toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .contains(spec + ":1:10: error: byte 0xF1 is not UTF-8")
        .contains("iconv -f WINDOWS-1250 -t UTF-8 (or -f ISO-8859-2)")
        .doesNotContain("Exception");
  }

  @Test
  void aFormatThisBuildCannotMakeIsAClearErrorAndNothingIsWritten(@TempDir Path tmp) {
    String spec = CliRun.repo().resolve("briefings/summary-table.yaml").toString();

    CliRun run = CliRun.of("build", spec, "-f", "md,rtf", "-o", tmp.resolve("out").toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("format 'rtf' is not available in this build");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void docxOfEveryExampleSpec(@TempDir Path tmp) throws IOException {
    Path out = tmp.resolve("out");
    CliRun run =
        CliRun.of(
            "build",
            CliRun.repo().resolve("briefings").toString(),
            "-f",
            "docx",
            "-o",
            out.toString());
    assertThat(run.status()).as(run.toString()).isZero();
    assertThat(run.err()).doesNotContain("Log4j").doesNotContain("StatusLogger");
    long specs = BuildCommand.specsIn(CliRun.repo().resolve("briefings")).size();
    assertThat(specs).isGreaterThan(8);
    try (var files = Files.list(out)) {
      List<Path> docx = files.sorted().toList();
      assertThat(docx).hasSize((int) specs).allMatch(p -> p.toString().endsWith(".docx"));
      for (Path p : docx) {
        byte[] head = Arrays.copyOf(Files.readAllBytes(p), 2);
        assertThat(new String(head, StandardCharsets.US_ASCII)).as(p.toString()).isEqualTo("PK");
      }
    }
  }

  @Test
  void tableInEveryFormatAndLanguage(@TempDir Path tmp) throws IOException {
    for (String lang : List.of("en", "pl")) {
      for (String format : List.of("md", "csv", "latex", "html", "pdf")) {
        Path out = tmp.resolve(lang + "." + format);
        CliRun run = CliRun.of("table", "-l", lang, "-f", format, "-o", out.toString());
        assertThat(run.status()).as(lang + " " + format + "\n" + run).isZero();
        assertThat(out).isNotEmptyFile();
      }
    }
    String csv = Files.readString(tmp.resolve("en.csv"), StandardCharsets.UTF_8);
    // The title, an empty record, the table, an empty record, its note and source line.
    assertThat(csv)
        .startsWith(
            "Table 1. Summary of achievements in Lithuania’s multi-vector foreign policy in"
                + " 2022,,\r\n\"\",,\r\nCountry/organisation,Priorities,Effects\r\n")
        .contains("December: Joe Biden’s announcement of $26.5 billion 30th military aid package")
        .contains("\r\n\"\",,\r\n\"* Cf. Statista Research Department (2022), https://")
        .endsWith("\r\nSource: Author’s own study.,,\r\n");
    // Drafts are marked in the CSV too, as in every other format.
    String plCsv = Files.readString(tmp.resolve("pl.csv"), StandardCharsets.UTF_8);
    assertThat(plCsv.lines().findFirst().orElseThrow()).endsWith("[projekt tłumaczenia],,");
    assertThat(plCsv).contains("Tekst tej tabeli to projekt tłumaczenia").contains("Źródło:");
    String pl = Files.readString(tmp.resolve("pl.md"), StandardCharsets.UTF_8);
    assertThat(pl).contains("Tabela 1.").contains("projekt tłumaczenia");

    CliRun stdout = CliRun.of("table", "-f", "md");
    assertThat(stdout.status()).isZero();
    assertThat(stdout.out()).contains("Source: Author’s own study.");
  }

  @Test
  void theLatexTableCompiles(@TempDir Path tmp) throws Exception {
    String engine = texEngine();
    Path tex = tmp.resolve("table.tex");
    assertThat(CliRun.of("table", "-f", "latex", "-o", tex.toString()).status()).isZero();
    compile(engine, tmp, "table");
  }

  @Test
  void theRichestExampleBriefingsCompileAsLatex(@TempDir Path tmp) throws Exception {
    String engine = texEngine();
    Path briefings = CliRun.repo().resolve("briefings");
    CliRun run =
        CliRun.of(
            "build",
            briefings.resolve("full-article.yaml").toString(),
            briefings.resolve("bilingual-summary.yaml").toString(),
            "-f",
            "latex",
            "-o",
            tmp.toString());
    assertThat(run.status()).as(run.toString()).isZero();
    compile(engine, tmp, "full-article");
    compile(engine, tmp, "bilingual-summary");
  }

  /** xelatex or pdflatex; skips outside CI when neither is installed, fails in CI. */
  private static String texEngine() {
    String engine =
        Stream.of("xelatex", "pdflatex").filter(BuildTest::onPath).findFirst().orElse(null);
    if (engine == null && System.getenv("CI") == null) {
      Assumptions.abort("no xelatex or pdflatex on PATH: install texlive-xetex (CI does)");
    }
    assertThat(engine).as("CI must have a TeX engine (see .ci/run)").isNotNull();
    return engine;
  }

  private static void compile(String engine, Path dir, String name) throws Exception {
    Path log = dir.resolve(name + "-run.txt");
    Process p =
        new ProcessBuilder(engine, "-interaction=nonstopmode", "-halt-on-error", name + ".tex")
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).as(name + " finished").isTrue();
    assertThat(p.exitValue()).as(name + "\n" + Files.readString(log)).isZero();
    assertThat(dir.resolve(name + ".pdf")).isNotEmptyFile();
    assertThat(Files.readString(dir.resolve(name + ".log"), StandardCharsets.ISO_8859_1))
        .as(name + ": every letter has a glyph")
        .doesNotContain("Missing character");
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    return path != null
        && Stream.of(path.split(java.io.File.pathSeparator))
            .anyMatch(d -> Files.isExecutable(Path.of(d, program)));
  }
}
