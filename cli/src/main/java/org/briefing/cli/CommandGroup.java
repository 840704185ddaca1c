package org.briefing.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that only groups subcommands ({@code xliff}, {@code glossary}, {@code tm}, {@code
 * translations}): run alone, it names its subcommands, shows its usage and exits with status 2.
 */
abstract class CommandGroup implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    String names =
        spec.subcommands().keySet().stream()
            .map(n -> "'" + n + "'")
            .collect(Collectors.joining(" or "));
    err.println("briefing " + spec.name() + ": say " + names);
    spec.commandLine().usage(err);
    return Main.INVALID;
  }
}
