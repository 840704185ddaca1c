package org.briefing.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code briefing watch SPEC}: rebuilds a briefing on every change to its spec or corpus in one
 * warm JVM, serves the HTML on 127.0.0.1 with live reload and rewrites the other formats beside it.
 */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    description = {
      "Rebuild a briefing whenever its spec or corpus changes, in one running process.",
      "The HTML is served on 127.0.0.1 and reloads itself in the browser after each rebuild;"
          + " the files are rewritten in the output folder as by 'build'.",
      "A bad spec or corpus is reported in the terminal and on the page; the last good files"
          + " stay. Stop with Ctrl-C."
    })
final class WatchCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "SPEC", description = "The spec file to watch.")
  Path specFile;

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
      description = "Formats to write (default: html,pdf). The page is served only with html.")
  List<String> formats = new ArrayList<>(List.of("html", "pdf"));

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "Port on 127.0.0.1 for the live page; 0 picks a free one (default: 8040).",
      defaultValue = "8040")
  int port;

  @Option(names = "--no-serve", description = "Only rebuild the files; serve no page.")
  boolean noServe;

  @Mixin CorpusOption corpusOption;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Cli.paths(java.util.List.of(specFile), "SPEC");
    Cli.output(output, "-o");
    Cli.formatNames(spec.findOption("--format").originalStringValues());
    Cli.port(port);
    Watcher watcher =
        Watcher.start(specFile, corpusOption.dir(), output, formats, noServe ? -1 : port, out, err);
    Runtime.getRuntime().addShutdownHook(new Thread(watcher::close));
    watcher.warmUpInBackground();
    watcher.loop();
    return Main.OK;
  }
}
