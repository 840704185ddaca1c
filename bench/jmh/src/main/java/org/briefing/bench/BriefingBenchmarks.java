package org.briefing.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.briefing.assemble.Assembler;
import org.briefing.assemble.Assembly;
import org.briefing.corpus.CorpusReader;
import org.briefing.document.Document;
import org.briefing.model.Corpus;
import org.briefing.model.Finding;
import org.briefing.render.Formats;
import org.briefing.render.Renderer;
import org.briefing.spec.BriefingSpec;
import org.briefing.spec.SpecReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The stages of a build, measured apart: reading the corpus, assembling a briefing, rendering it in
 * each format, and assembling over a corpus scaled up to show that cost grows linearly.
 *
 * <pre>{@code
 * ./mvnw -B -q package -pl bench/jmh -am -DskipTests
 * java -jar bench/jmh/target/benchmarks.jar -f 1 -wi 3 -i 5
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BriefingBenchmarks {

  private static final String FULL =
      "title: Benchmark\nlanguage: en\nsections:\n"
          + "  - abstract\n  - executive-summary\n  - {type: hypotheses, with-findings: true}\n"
          + "  - summary-table\n  - {type: figure, figure: figure-1}\n  - timeline\n"
          + "  - {type: findings, group-by: topic}\n  - methodology\n  - references\n"
          + "show-notes: true\n";

  /** The shipped corpus and the full-article briefing, read once. */
  @State(Scope.Benchmark)
  public static class Shipped {
    Corpus corpus;
    BriefingSpec spec;
    Document document;

    @Setup(Level.Trial)
    public void setUp() {
      corpus = CorpusReader.readDefault().corpus();
      spec = SpecReader.of(corpus).withFormats(List.of()).read("bench.yaml", FULL);
      document = Assembler.of(corpus).assemble(spec).document();
    }
  }

  /** One renderer. */
  @State(Scope.Benchmark)
  public static class Format {
    @Param({"md", "latex", "csv", "html", "pdf"})
    String format;

    Renderer renderer;

    @Setup(Level.Trial)
    public void setUp() {
      renderer =
          Formats.installed()
              .provider(format)
              .orElseThrow(() -> new IllegalStateException("format not installed: " + format))
              .create();
    }
  }

  /** The corpus with its findings repeated {@code copies} times, for the scaling benchmark. */
  @State(Scope.Benchmark)
  public static class Scaled {
    @Param({"1", "4", "16"})
    int copies;

    Assembler assembler;
    BriefingSpec spec;

    @Setup(Level.Trial)
    public void setUp() {
      Corpus c = CorpusReader.readDefault().corpus();
      List<Finding> findings = new ArrayList<>();
      for (int i = 0; i < copies; i++) {
        for (Finding f : c.findings()) {
          findings.add(
              i == 0
                  ? f
                  : new Finding(
                      f.id() + "-" + i,
                      f.statement(),
                      f.key(),
                      f.topics(),
                      f.actors(),
                      f.date(),
                      f.citations(),
                      f.source(),
                      f.notes()));
        }
      }
      Corpus scaled =
          new Corpus(
              c.article(),
              c.topics(),
              c.actors(),
              findings,
              c.argument(),
              c.tables(),
              c.events(),
              c.figures(),
              c.footnotes(),
              c.references(),
              c.glossary(),
              c.translations());
      assembler = Assembler.of(scaled);
      spec =
          SpecReader.of(scaled)
              .withFormats(List.of())
              .read(
                  "bench.yaml",
                  "language: en\nsections: [{type: findings, group-by: date}, references]\n");
    }
  }

  @Benchmark
  public Corpus readCorpus() {
    return CorpusReader.readDefault().corpus();
  }

  @Benchmark
  public Assembly assembleFullArticle(Shipped s) {
    return Assembler.of(s.corpus).assemble(s.spec);
  }

  @Benchmark
  public int render(Shipped s, Format f) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    f.renderer.render(s.document, out);
    return out.size();
  }

  @Benchmark
  public Assembly assembleScaledFindings(Scaled s) {
    return s.assembler.assemble(s.spec);
  }
}
