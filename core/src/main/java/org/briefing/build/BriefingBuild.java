package org.briefing.build;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.briefing.assemble.Assembler;
import org.briefing.assemble.Assembly;
import org.briefing.diagnostics.Diagnostic;
import org.briefing.diagnostics.InvalidInputException;
import org.briefing.diagnostics.SourcePosition;
import org.briefing.document.Branding;
import org.briefing.document.Document;
import org.briefing.files.ImageHeader;
import org.briefing.i18n.Language;
import org.briefing.model.Corpus;
import org.briefing.render.Formats;
import org.briefing.render.RenderReport;
import org.briefing.render.Renderer;
import org.briefing.render.RendererProvider;
import org.briefing.render.UnsupportedContentException;
import org.briefing.spec.BriefingSpec;
import org.briefing.spec.SpecReader;

/**
 * Builds one briefing: reads its spec (files it names confined to a root), assembles it, and
 * renders every format into memory. Nothing is written here; the caller writes the set whole.
 *
 * <pre>{@code
 * BriefingBuild.Output o =
 *     BriefingBuild.of(corpus, Formats.installed()).withRoot(dir).build(spec, warnings::add);
 * o.files(); // {"md" -> bytes, "html" -> bytes}
 * }</pre>
 *
 * <p>Instances are immutable.
 */
public final class BriefingBuild {
  /** Formats built when neither the spec nor the caller names any. */
  public static final List<String> DEFAULT_FORMATS = List.of("md", "html", "pdf");

  private final Corpus corpus;
  private final Formats installed;
  private final Path root;
  private final List<String> formats;
  private final boolean strict;
  private final boolean ahead;

  private BriefingBuild(
      Corpus corpus,
      Formats installed,
      Path root,
      List<String> formats,
      boolean strict,
      boolean ahead) {
    this.corpus = corpus;
    this.installed = installed;
    this.root = root;
    this.formats = formats;
    this.strict = strict;
    this.ahead = ahead;
  }

  /** A build against {@code corpus} with the renderers {@code installed}. */
  public static BriefingBuild of(Corpus corpus, Formats installed) {
    return new BriefingBuild(corpus, installed, null, List.of(), false, false);
  }

  /** Confines the files a spec names to {@code dir} (default: the spec's folder). */
  public BriefingBuild withRoot(Path dir) {
    return new BriefingBuild(corpus, installed, dir, formats, strict, ahead);
  }

  /** Builds these formats instead of the spec's own (which are then not checked). */
  public BriefingBuild withFormats(List<String> chosen) {
    return new BriefingBuild(corpus, installed, root, List.copyOf(chosen), strict, ahead);
  }

  /** Whether a briefing's warnings are errors. */
  public BriefingBuild strict(boolean on) {
    return new BriefingBuild(corpus, installed, root, formats, on, ahead);
  }

  /**
   * Whether the first build of the process prepares its citation processor and renderers on another
   * core while it assembles ({@link Ahead}); off by default. For a command line's builds: the
   * outputs are the same either way.
   */
  public BriefingBuild ahead(boolean on) {
    return new BriefingBuild(corpus, installed, root, formats, strict, on);
  }

  /**
   * Starts preparing the renderers of these formats on another core (see {@link Ahead}), before the
   * corpus is read: the formats a command line names are known before any spec is. A format that is
   * not installed is left for the build to report.
   */
  public static void prepareAhead(Formats installed, List<String> formats) {
    List<RendererProvider> providers = new ArrayList<>();
    for (String f : formats) {
      installed.provider(f.strip().toLowerCase(Locale.ROOT)).ifPresent(providers::add);
    }
    Map<String, Runnable> tasks = new LinkedHashMap<>();
    // English first: the source language, and the commonest briefing language.
    tasks.put("text:" + Language.EN.code(), () -> Assembler.prepareText(Language.EN));
    tasks.putAll(preparations(providers));
    Ahead.once(tasks);
  }

  private static Map<String, Runnable> preparations(
      java.util.Collection<RendererProvider> providers) {
    Map<String, Runnable> tasks = new LinkedHashMap<>();
    providers.forEach(p -> tasks.put("render:" + p.format(), p::prepare));
    return tasks;
  }

  /**
   * One built briefing.
   *
   * @param name the output's base name, such as {@code gas-note}
   * @param files each format's extension to its bytes, in the order asked for
   */
  public record Output(String name, Map<String, byte[]> files) {}

  /**
   * Builds a spec file into memory.
   *
   * @param warnings receives the briefing's warnings (none when strict: they are errors then)
   * @throws InvalidInputException for anything wrong with the spec, its files or its content
   */
  public Output build(Path specFile, Consumer<Diagnostic> warnings) {
    SpecReader reader = SpecReader.of(corpus);
    if (root != null) {
      reader = reader.withRoot(root);
    }
    BriefingSpec spec = (formats.isEmpty() ? reader : reader.withFormats(List.of())).read(specFile);
    SourcePosition at = SourcePosition.file(specFile.toString());
    List<String> wanted =
        !formats.isEmpty() ? formats : !spec.formats().isEmpty() ? spec.formats() : DEFAULT_FORMATS;
    Map<String, RendererProvider> providers = new LinkedHashMap<>();
    List<Diagnostic> problems = new ArrayList<>();
    for (String f : wanted) {
      String name = f.strip().toLowerCase(Locale.ROOT);
      installed
          .provider(name)
          .ifPresentOrElse(
              p -> providers.put(name, p),
              () ->
                  problems.add(
                      Diagnostic.error(
                          at,
                          "format '" + name + "' is not available in this build",
                          "available formats: " + String.join(", ", installed.names()))));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Assembler assembler = Assembler.of(corpus);
    if (ahead) {
      Map<String, Runnable> tasks = new LinkedHashMap<>();
      for (Language l : spec.languages()) {
        tasks.put("text:" + l.code(), () -> Assembler.prepareText(l));
      }
      tasks.put("citations", () -> assembler.prepare(spec));
      tasks.putAll(preparations(providers.values()));
      Ahead.once(tasks);
    }
    Assembly assembly = assembler.assemble(spec);
    // A PDF counts its real pages after layout (checked below): the estimate from words is dropped.
    boolean paged = providers.containsKey("pdf");
    for (Diagnostic w : assembly.warnings()) {
      if (paged && w.message().startsWith(Assembler.ESTIMATED_PAGES)) {
        continue;
      }
      if (strict) {
        problems.add(Diagnostic.error(w.position(), w.message(), w.hint()));
      } else {
        warnings.accept(w);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Document document = assembly.document();
    if (spec.organisation().flatMap(o -> o.logo()).isPresent()) {
      Path logo = spec.organisation().get().logo().get();
      // Problems with the logo are reported at the spec's 'logo:', as the spec reader does.
      SourcePosition logoAt = spec.organisation().get().logoPositionOr(at);
      byte[] bytes = SpecReader.readLogo(logo, logoAt);
      String type = ImageHeader.of(bytes).map(ImageHeader::mediaType).orElseThrow();
      document = Assembler.withLogo(document, new Branding.Logo(bytes, type, Optional.of(logoAt)));
    }
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (Map.Entry<String, RendererProvider> e : providers.entrySet()) {
      Renderer r = e.getValue().create();
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try {
        RenderReport report = r.renderReporting(document, bytes);
        List<Diagnostic> found = new ArrayList<>();
        report.warnings().forEach(w -> found.add(Diagnostic.warning(at, w, null)));
        // A paged format knows its real page count: the budget is checked against it, at the
        // spec that was built (not the file it extends).
        if (report.pages().isPresent() && spec.maxPages().isPresent()) {
          int pages = report.pages().getAsInt();
          int budget = spec.maxPages().get().value();
          if (pages > budget) {
            found.add(
                Diagnostic.warning(
                    at,
                    "the " + e.getKey() + " has " + pages + " pages, over the budget of " + budget,
                    "narrow the filters, lower a section's 'limit', or drop sections"));
          }
        }
        for (Diagnostic w : found) {
          if (strict) {
            problems.add(Diagnostic.error(at, w.message(), w.hint()));
          } else {
            warnings.accept(w);
          }
        }
      } catch (UnsupportedContentException | IllegalArgumentException ex) {
        // What the spec asks for cannot be written in this format (a logo type the PDF cannot
        // embed, a briefing with no table as CSV): the spec's problem, not a crash.
        throw new InvalidInputException(cannotWrite(e.getKey(), ex, at));
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
      if (files.containsKey(r.extension())) {
        throw new InvalidInputException(
            Diagnostic.error(
                at,
                "two formats write the same file " + spec.name() + "." + r.extension(),
                "build one of them only"));
      }
      files.put(r.extension(), bytes.toByteArray());
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new Output(spec.name(), files);
  }

  /**
   * The error for a format that cannot write what a briefing holds ({@link
   * UnsupportedContentException} or a renderer's {@link IllegalArgumentException}): at the place
   * the input names it when the renderer knows it (a spec's {@code logo:}, a figure's {@code
   * image:}), else at {@code at}; with the renderer's hint, if any.
   */
  public static Diagnostic cannotWrite(String format, RuntimeException failure, SourcePosition at) {
    String message = "cannot write " + format + ": " + failure.getMessage();
    if (failure instanceof UnsupportedContentException u) {
      return Diagnostic.error(u.position().orElse(at), message, u.hint().orElse(null));
    }
    return Diagnostic.error(at, message);
  }
}
