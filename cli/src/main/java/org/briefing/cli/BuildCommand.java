package org.briefing.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.briefing.assemble.Assembler;
import org.briefing.assemble.Assembly;
import org.briefing.diagnostics.Diagnostic;
import org.briefing.diagnostics.InvalidInputException;
import org.briefing.diagnostics.SourcePosition;
import org.briefing.document.Branding;
import org.briefing.document.Document;
import org.briefing.render.Formats;
import org.briefing.render.RenderReport;
import org.briefing.render.Renderer;
import org.briefing.render.RendererProvider;
import org.briefing.render.UnsupportedContentException;
import org.briefing.spec.BriefingSpec;
import org.briefing.spec.SpecReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code briefing build}: assembles briefings from specs and writes them in each format. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
      "Build briefings from specs. A DIR builds every spec (*.yaml) directly inside it.",
      "One bad spec does not stop the others; the exit status is 2 if any failed.",
      "Files are written whole or not at all, as OUT/<name>.<format extension>."
    })
final class BuildCommand implements Callable<Integer> {
  /** Formats built when neither the spec nor {@code -f} names any. */
  static final List<String> DEFAULT_FORMATS = List.of("md", "html", "pdf");

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      paramLabel = "SPEC|DIR",
      arity = "1..*",
      description = "Spec files or folders of specs.")
  List<Path> inputs;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      description = "Output folder (default: ${DEFAULT-VALUE}).",
      defaultValue = "out")
  Path output;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      split = ",",
      description = "Formats to write, overriding the spec's (e.g. md,html,pdf).")
  List<String> formats = new ArrayList<>();

  @Option(
      names = "--strict",
      description =
          "Treat a briefing's warnings (over its length budget, no finding matching its filters)"
              + " as errors.")
  boolean strict;

  @Mixin CorpusOption corpusOption;

  /** The specs directly inside a folder, sorted by name. */
  static List<Path> specsIn(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".yaml"))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    }
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> specs = new ArrayList<>();
    List<Diagnostic> inputProblems = new ArrayList<>();
    for (Path p : inputs) {
      if (Files.isDirectory(p)) {
        List<Path> found = specsIn(p);
        if (found.isEmpty()) {
          inputProblems.add(
              Diagnostic.error(
                  SourcePosition.file(p.toString()), "no specs (*.yaml) in this folder"));
        }
        specs.addAll(found);
      } else if (Files.isRegularFile(p)) {
        specs.add(p);
      } else {
        inputProblems.add(
            Diagnostic.error(
                SourcePosition.file(p.toString()),
                "no such file or folder",
                "give a spec such as briefings/nato-madrid.yaml, or a folder of specs"));
      }
    }
    OutputFolder folder = new OutputFolder(output);
    Corpora corpora = new Corpora(corpusOption.dir);
    Formats installed = Formats.installed();
    Progress progress = Progress.forTerminal(err, specs.size());
    int failed = inputProblems.size();
    int files = 0;
    inputProblems.forEach(d -> err.println(d.format()));
    for (int i = 0; i < specs.size(); i++) {
      Path s = specs.get(i);
      progress.step(i + 1, s.getFileName().toString());
      try {
        List<Path> written = buildOne(s, corpora, installed, folder, err);
        files += written.size();
        progress.done(s + " → " + String.join(", ", written.stream().map(Path::toString).toList()));
      } catch (InvalidInputException e) {
        failed++;
        progress.clear();
        e.diagnostics().forEach(d -> err.println(d.format()));
      }
    }
    progress.clear();
    String summary =
        "built "
            + (specs.size() - (failed - inputProblems.size()))
            + " of "
            + ValidateCommand.plural(specs.size(), "briefing", "briefings")
            + " ("
            + ValidateCommand.plural(files, "file", "files")
            + ") in "
            + display(folder.root());
    if (failed > 0) {
      err.println(summary + "; " + failed + " failed");
      return Main.INVALID;
    }
    out.println(summary);
    return Main.OK;
  }

  private List<Path> buildOne(
      Path specFile, Corpora corpora, Formats installed, OutputFolder folder, PrintWriter err)
      throws IOException {
    Corpora.Loaded corpus = corpora.forSpec(specFile);
    // With -f the spec's own formats are not used, so they are not checked either.
    SpecReader reader = SpecReader.of(corpus.corpus());
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
    Assembly assembly = Assembler.of(corpus.corpus()).assemble(spec);
    for (Diagnostic w : assembly.warnings()) {
      if (strict) {
        problems.add(
            Diagnostic.error(w.position(), w.message(), "--strict turns this into an error"));
      } else {
        err.println(w.format());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Document document = assembly.document();
    if (spec.organisation().flatMap(o -> o.logo()).isPresent()) {
      Path logo = spec.organisation().get().logo().get();
      document =
          Assembler.withLogo(
              document, new Branding.Logo(Files.readAllBytes(logo), mediaType(logo)));
    }
    // Render every format first, then write: a failure leaves no partial set of files.
    Map<Path, byte[]> outputs = new LinkedHashMap<>();
    for (Map.Entry<String, RendererProvider> e : providers.entrySet()) {
      Renderer r = e.getValue().create();
      Path target;
      try {
        target = folder.resolve(spec.name(), r.extension());
      } catch (IllegalArgumentException ex) {
        throw new InvalidInputException(Diagnostic.error(at, ex.getMessage()));
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try {
        RenderReport report = r.renderReporting(document, bytes);
        List<Diagnostic> found = new ArrayList<>();
        report.warnings().forEach(w -> found.add(Diagnostic.warning(at, w, null)));
        report
            .pages()
            .ifPresent(
                n ->
                    spec.maxPages()
                        .filter(l -> n > l.value())
                        .ifPresent(
                            l ->
                                found.add(
                                    Diagnostic.warning(
                                        at,
                                        "the "
                                            + e.getKey()
                                            + " has "
                                            + n
                                            + " pages, over the"
                                            + " budget of "
                                            + l.value(),
                                        "narrow the filters, lower a section's 'limit', or drop"
                                            + " sections"))));
        for (Diagnostic w : found) {
          if (strict) {
            problems.add(Diagnostic.error(at, w.message(), "--strict turns this into an error"));
          } else {
            err.println(w.format());
          }
        }
      } catch (UnsupportedContentException | IllegalArgumentException ex) {
        // What the spec asks for cannot be written in this format (a logo type the PDF cannot
        // embed, a briefing with no table as CSV): the spec's problem, not a crash.
        throw new InvalidInputException(
            Diagnostic.error(at, "cannot write " + e.getKey() + ": " + ex.getMessage()));
      }
      outputs.put(target, bytes.toByteArray());
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    List<Path> written = new ArrayList<>();
    for (Map.Entry<Path, byte[]> o : outputs.entrySet()) {
      try {
        AtomicFiles.write(o.getKey(), o.getValue());
      } catch (IOException ex) {
        throw new InvalidInputException(
            Diagnostic.error(
                SourcePosition.file(display(o.getKey())),
                "cannot write: " + ex.getMessage(),
                "check that the output folder is writable"));
      }
      written.add(Path.of(display(o.getKey())));
    }
    return written;
  }

  static String mediaType(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".png")) {
      return "image/png";
    }
    if (n.endsWith(".jpg") || n.endsWith(".jpeg")) {
      return "image/jpeg";
    }
    if (n.endsWith(".svg")) {
      return "image/svg+xml";
    }
    if (n.endsWith(".gif")) {
      return "image/gif";
    }
    if (n.endsWith(".webp")) {
      return "image/webp";
    }
    return "application/octet-stream";
  }

  /** A path as the user would write it: relative to the working folder when inside it. */
  static String display(Path p) {
    Path cwd = Path.of("").toAbsolutePath();
    Path abs = p.toAbsolutePath().normalize();
    return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
  }
}
