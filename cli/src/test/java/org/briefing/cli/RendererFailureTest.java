package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.briefing.document.Document;
import org.briefing.render.Renderer;
import org.briefing.render.RendererProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spec whose renderer fails with an internal error is that spec's failure: the batch goes on, the
 * good specs after it are built, the failure names the spec's file, and the exit status says that
 * something failed. The failing renderer is a test-only format, registered for this test alone
 * through a service file on the thread's context class loader (which {@code ServiceLoader} reads),
 * so no user can reach it.
 */
class RendererFailureTest {

  /** A test-only format whose renderer fails on every document, in the way {@link #fail} does. */
  abstract static class PlantedProvider implements RendererProvider {
    private final String format;

    PlantedProvider(String format) {
      this.format = format;
    }

    /** Fails as the planted fault does, having written what it writes first. */
    abstract void fail(OutputStream out) throws IOException;

    @Override
    public String format() {
      return format;
    }

    @Override
    public String description() {
      return "fails on every document (test only)";
    }

    @Override
    public Renderer create() {
      return new Renderer() {
        @Override
        public String format() {
          return format;
        }

        @Override
        public String extension() {
          return format;
        }

        @Override
        public void render(Document document, OutputStream out) throws IOException {
          fail(out);
        }
      };
    }
  }

  /** A renderer that fails as a bug would: with an unchecked exception, halfway through. */
  public static final class BrokenProvider extends PlantedProvider {
    public BrokenProvider() {
      super("broken");
    }

    @Override
    void fail(OutputStream out) throws IOException {
      out.write("half a file".getBytes(StandardCharsets.UTF_8));
      throw new IllegalStateException("renderer bug planted by the test");
    }
  }

  /** A renderer that runs out of memory, as a briefing too large for the heap would. */
  public static final class ExhaustedProvider extends PlantedProvider {
    public ExhaustedProvider() {
      super("exhausted");
    }

    @Override
    void fail(OutputStream out) {
      throw new OutOfMemoryError("planted by the test");
    }
  }

  @Test
  void aSpecTooLargeForTheHeapIsItsOwnFailureWithExitStatus2(@TempDir Path tmp) throws Exception {
    Path specs = Files.createDirectories(tmp.resolve("specs"));
    Files.writeString(
        specs.resolve("a-first.yaml"), "title: First\nsections: [abstract]\nformats: [md]\n");
    Files.writeString(
        specs.resolve("b-large.yaml"),
        "title: Large\nsections: [abstract]\nformats: [md, exhausted]\n");
    Path out = tmp.resolve("out");

    CliRun r =
        withBrokenRenderer(tmp, () -> CliRun.of("build", specs.toString(), "-o", out.toString()));

    assertThat(r.status()).as(r.toString()).isEqualTo(2);
    assertThat(r.err())
        .as(r.toString())
        .contains(
            specs.resolve("b-large.yaml")
                + ":1:1: error: out of memory: this input needs more than the ")
        .contains("hint: give more with BRIEFING_HEAP")
        .contains("built 1 of 2 briefings")
        .doesNotContain("internal error");
    assertThat(out.resolve("a-first.md")).isRegularFile();
  }

  @Test
  void aSpecFailingInsideARendererDoesNotStopTheBatch(@TempDir Path tmp) throws Exception {
    Path specs = Files.createDirectories(tmp.resolve("specs"));
    Files.writeString(
        specs.resolve("a-first.yaml"), "title: First\nsections: [abstract]\nformats: [md]\n");
    Files.writeString(
        specs.resolve("b-broken.yaml"),
        "title: Broken\nsections: [abstract]\nformats: [md, broken]\n");
    Files.writeString(
        specs.resolve("c-third.yaml"), "title: Third\nsections: [abstract]\nformats: [md]\n");
    Files.writeString(
        specs.resolve("d-fourth.yaml"), "title: Fourth\nsections: [abstract]\nformats: [html]\n");
    Path out = tmp.resolve("out");

    CliRun r =
        withBrokenRenderer(tmp, () -> CliRun.of("build", specs.toString(), "-o", out.toString()));

    assertThat(r.status()).as(r.toString()).isNotZero();
    assertThat(r.err())
        .as(r.toString())
        .contains("b-broken.yaml")
        .contains("internal error")
        .contains("renderer bug planted by the test")
        .contains("built 3 of 4 briefings")
        .contains("1 failed");
    assertThat(out.resolve("a-first.md")).isRegularFile();
    assertThat(out.resolve("c-third.md")).isRegularFile();
    assertThat(out.resolve("d-fourth.html")).isRegularFile();
    assertThat(Files.readString(out.resolve("c-third.md"), StandardCharsets.UTF_8))
        .contains("Third");
    // The broken spec's set is written whole or not at all: not its Markdown, not half a file.
    try (var s = Files.list(out)) {
      assertThat(s.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("a-first.md", "c-third.md", "d-fourth.html");
    }
  }

  @Test
  void stacktraceBeforeOrAfterTheCommandPrintsTheTraceOfAnInternalError(@TempDir Path tmp)
      throws Exception {
    Path spec = tmp.resolve("broken.yaml");
    Files.writeString(spec, "title: Broken\nsections: [abstract]\nformats: [broken]\n");
    String out = tmp.resolve("out").toString();

    CliRun plain = withBrokenRenderer(tmp, () -> CliRun.of("build", spec.toString(), "-o", out));
    CliRun after =
        withBrokenRenderer(
            tmp, () -> CliRun.of("build", spec.toString(), "-o", out, "--stacktrace"));
    CliRun before =
        withBrokenRenderer(
            tmp, () -> CliRun.of("--stacktrace", "build", spec.toString(), "-o", out));

    assertThat(plain.status()).isEqualTo(1);
    assertThat(plain.err())
        .contains("(run again with --stacktrace for details)")
        .doesNotContain("\tat ");
    for (CliRun r : List.of(after, before)) {
      assertThat(r.status()).as(r.toString()).isEqualTo(1);
      assertThat(r.err())
          .as(r.toString())
          .contains("renderer bug planted by the test")
          .contains("\tat " + BrokenProvider.class.getName())
          .doesNotContain("run again with --stacktrace");
    }
  }

  @Test
  void withoutTheTestServiceFileTheFormatIsUnknown(@TempDir Path tmp) throws IOException {
    // The broken format exists only inside withBrokenRenderer: a user cannot name it.
    Path spec = tmp.resolve("b.yaml");
    Files.writeString(spec, "title: B\nsections: [abstract]\nformats: [broken]\n");
    CliRun r = CliRun.of("build", spec.toString(), "-o", tmp.resolve("out").toString());
    assertThat(r.status()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("broken");
  }

  private static CliRun withBrokenRenderer(Path tmp, java.util.function.Supplier<CliRun> run)
      throws IOException {
    Path services = Files.createDirectories(tmp.resolve("services/META-INF/services"));
    Files.writeString(
        services.resolve(RendererProvider.class.getName()),
        BrokenProvider.class.getName() + "\n" + ExhaustedProvider.class.getName() + "\n",
        StandardCharsets.UTF_8);
    Thread t = Thread.currentThread();
    ClassLoader before = t.getContextClassLoader();
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {tmp.resolve("services").toUri().toURL()},
            RendererFailureTest.class.getClassLoader())) {
      t.setContextClassLoader(loader);
      return run.get();
    } finally {
      t.setContextClassLoader(before);
    }
  }
}
