package org.briefing.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.briefing.i18n.Language;
import org.briefing.i18n.TranslationReport;
import org.briefing.i18n.TranslationReport.Counts;
import org.briefing.i18n.TranslationReport.State;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code briefing translations status}: where the translation of the corpus stands. */
@Command(
    name = "translations",
    mixinStandardHelpOptions = true,
    description = "Where the translations of the corpus stand.",
    subcommands = {TranslationsCommand.Status.class})
final class TranslationsCommand extends CommandGroup {

  /** {@code briefing translations status}. */
  @Command(
      name = "status",
      mixinStandardHelpOptions = true,
      description = {
        "Coverage per corpus file, in units and English words: from the article, reviewed, draft,"
            + " missing, stale; then each stale unit with its English before and now as a word diff"
            + " ([-removed-] {+added+}; 'before' is known when the translation keeps its 'source')."
      })
  static final class Status implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin TranslationOptions options;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
    String format = "text";

    @Option(names = "--strict", description = "Exit with status 2 when a unit is missing or stale.")
    boolean strict;

    @Override
    public Integer call() throws Exception {
      if (!format.equals("text") && !format.equals("json")) {
        throw Cli.usage("unknown format '" + format + "'", "write --format text or --format json");
      }
      Corpora.Loaded loaded = options.load();
      Language lang = options.language(loaded::corpus);
      TranslationReport report = TranslationReport.of(loaded.corpus(), lang);
      PrintWriter out = spec.commandLine().getOut();
      if (format.equals("json")) {
        out.println(json(report, loaded.label()));
      } else {
        text(out, report, loaded.label());
      }
      out.flush();
      if (strict && report.hasGaps()) {
        spec.commandLine()
            .getErr()
            .println(
                "briefing translations status: "
                    + ValidateCommand.plural(report.missing().size(), "unit", "units")
                    + " missing, "
                    + report.stale().size()
                    + " stale (--strict)");
        return Main.INVALID;
      }
      return Main.OK;
    }

    private static void text(PrintWriter out, TranslationReport r, String label) {
      out.println(
          r.language().code()
              + " translation of "
              + label
              + ": "
              + r.total().units()
              + " units, "
              + r.total().words()
              + " English words");
      String row = "%-16s %7s %16s %16s %16s %16s %16s%n";
      out.printf(row, "file", "units", "from the article", "reviewed", "draft", "missing", "stale");
      for (Map.Entry<String, Counts> f : r.files().entrySet()) {
        line(out, row, f.getKey(), f.getValue());
      }
      line(out, row, "total", r.total());
      out.println("(each cell: units/words)");
      if (!r.stale().isEmpty()) {
        out.println();
        out.println("stale (the English changed since it was translated):");
        for (TranslationReport.StaleUnit s : r.stale()) {
          out.println("  " + s.unitId() + " (" + s.status().key() + ", " + s.file() + ")");
          if (s.before().isPresent()) {
            out.println("    before: " + s.before().get());
            out.println("    now:    " + s.now());
            out.println("    diff:   " + s.diff().get());
          } else {
            out.println("    before: not kept (the translation file has no 'source' for it)");
            out.println("    now:    " + s.now());
          }
          out.println("    translation: " + s.translation());
        }
      }
    }

    private static void line(PrintWriter out, String row, String name, Counts c) {
      Object[] cells = new Object[7];
      cells[0] = name;
      cells[1] = c.units();
      int i = 2;
      for (State s : State.values()) {
        cells[i++] = c.units(s) + "/" + c.words(s);
      }
      out.printf(row, cells);
    }

    private static String json(TranslationReport r, String label) throws Exception {
      ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      ObjectNode root = m.createObjectNode();
      root.put("corpus", label);
      root.put("language", r.language().code());
      root.set("total", counts(m, r.total()));
      ObjectNode files = root.putObject("files");
      r.files().forEach((f, c) -> files.set(f, counts(m, c)));
      ArrayNode stale = root.putArray("stale");
      for (TranslationReport.StaleUnit s : r.stale()) {
        ObjectNode n = stale.addObject();
        n.put("unit", s.unitId());
        n.put("file", s.file());
        n.put("status", s.status().key());
        n.put("before", s.before().orElse(null));
        n.put("now", s.now());
        n.put("diff", s.diff().orElse(null));
        n.put("translation", s.translation());
      }
      ArrayNode missing = root.putArray("missing");
      r.missing().forEach(missing::add);
      return m.writeValueAsString(root);
    }

    private static ObjectNode counts(ObjectMapper m, Counts c) {
      ObjectNode n = m.createObjectNode();
      n.put("units", c.units());
      n.put("words", c.words());
      for (State s : State.values()) {
        ObjectNode k = n.putObject(s.key());
        k.put("units", c.units(s));
        k.put("words", c.words(s));
      }
      return n;
    }
  }
}
