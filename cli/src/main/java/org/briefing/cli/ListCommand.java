package org.briefing.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.briefing.diagnostics.Diagnostic;
import org.briefing.diagnostics.InvalidInputException;
import org.briefing.diagnostics.SourcePosition;
import org.briefing.diagnostics.Suggestions;
import org.briefing.i18n.Language;
import org.briefing.listing.CorpusListing;
import org.briefing.model.Corpus;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code briefing list KIND}: lists what the corpus holds, with filters. Its command-line model is
 * made by hand ({@link #commandSpec}), as {@code build}'s is.
 */
final class ListCommand implements Callable<Integer> {
  private static final String[] DESCRIPTION = {
    "List the findings, hypotheses, events, references, topics, actors, tables, figures or"
        + " glossary terms of a corpus."
  };

  CommandSpec spec;
  String kind;
  List<String> topics = new ArrayList<>();
  List<String> actors = new ArrayList<>();
  String from;
  String to;
  String language = "en";
  private Path corpusDir;

  /** The command's model, bound to {@code command}. */
  static CommandSpec commandSpec(ListCommand command) {
    CommandSpec s = Main.handMade(command, "list", DESCRIPTION);
    s.addPositional(
        Main.word(
            "KIND",
            "1",
            "One of: findings, hypotheses, events, references, topics, actors, tables, figures,"
                + " terms."));
    s.addOption(
        OptionSpec.builder("--topic")
            .paramLabel("ID")
            .type(List.class)
            .auxiliaryTypes(String.class)
            .description("Only items filed under this topic.")
            .build());
    s.addOption(
        OptionSpec.builder("--actor")
            .paramLabel("ID")
            .type(List.class)
            .auxiliaryTypes(String.class)
            .description("Only items naming this actor.")
            .build());
    s.addOption(
        Main.option(
            String.class,
            "DATE",
            "Only dated items that may fall on or after DATE, such as 'March 2022'.",
            "--from"));
    s.addOption(
        Main.option(
            String.class,
            "DATE",
            "Only dated items that may fall on or before DATE, such as 'May 2022'.",
            "--to"));
    s.addOption(
        Main.option(
            String.class,
            "LANG",
            "The language of the texts and of the details (verdicts, kinds): en (default) or a"
                + " translation language. The ids stay as the corpus writes them.",
            "-l",
            "--language"));
    s.addOption(CorpusOption.spec());
    command.spec = s;
    return s;
  }

  /** Takes the parsed values out of the model. */
  private void takeValues() {
    kind = spec.positionalParameters().get(0).getValue();
    List<String> t = spec.findOption("--topic").getValue();
    topics = t == null ? new ArrayList<>() : t;
    List<String> a = spec.findOption("--actor").getValue();
    actors = a == null ? new ArrayList<>() : a;
    from = spec.findOption("--from").getValue();
    to = spec.findOption("--to").getValue();
    String l = spec.findOption("--language").getValue();
    language = l == null ? "en" : l;
    corpusDir =
        CorpusOption.folder(spec.findOption(CorpusOption.NAME).getValue(), CorpusOption.NAME);
  }

  @Override
  public Integer call() {
    takeValues();
    CorpusListing.Kind k =
        CorpusListing.Kind.fromKey(kind)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        Diagnostic.error(
                            SourcePosition.file("<command line>"),
                            "cannot list '" + kind + "'",
                            Optional.ofNullable(
                                    Suggestions.didYouMean(
                                        kind,
                                        Arrays.stream(CorpusListing.Kind.values())
                                            .map(CorpusListing.Kind::key)
                                            .toList()))
                                .orElse(
                                    "one of: findings, hypotheses, events, references, topics,"
                                        + " actors, tables, figures, terms"))));
    Corpus corpus = Corpora.load(corpusDir).corpus();
    Language lang = Cli.language(language, corpus);
    PrintWriter out = spec.commandLine().getOut();
    CorpusListing.of(corpus, lang)
        .topics(topics)
        .actors(actors)
        .period(from, to)
        .rows(k)
        .forEach(r -> out.println(r.format()));
    return Main.OK;
  }
}
