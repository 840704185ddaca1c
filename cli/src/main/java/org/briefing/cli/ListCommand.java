package org.briefing.cli;

import java.io.PrintWriter;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code briefing list KIND}: lists what the corpus holds, with filters. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description =
        "List the findings, hypotheses, events, references, topics, actors, tables, figures or"
            + " glossary terms of a corpus.")
final class ListCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      paramLabel = "KIND",
      description =
          "One of: findings, hypotheses, events, references, topics, actors, tables, figures,"
              + " terms.")
  String kind;

  @Option(names = "--topic", paramLabel = "ID", description = "Only items filed under this topic.")
  List<String> topics = new ArrayList<>();

  @Option(names = "--actor", paramLabel = "ID", description = "Only items naming this actor.")
  List<String> actors = new ArrayList<>();

  @Option(
      names = "--from",
      paramLabel = "DATE",
      description = "Only dated items that may fall on or after DATE, such as 'March 2022'.")
  String from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      description = "Only dated items that may fall on or before DATE, such as 'May 2022'.")
  String to;

  @Option(
      names = {"-l", "--language"},
      paramLabel = "LANG",
      description =
          "The language of the texts and of the details (verdicts, kinds): en (default) or a"
              + " translation language. The ids stay as the corpus writes them.")
  String language = "en";

  @Mixin CorpusOption corpusOption;

  @Override
  public Integer call() {
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
    Corpus corpus = Corpora.load(corpusOption.dir()).corpus();
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
