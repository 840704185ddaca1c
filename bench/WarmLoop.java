import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.briefing.assemble.Assembler;
import org.briefing.corpus.CorpusReader;
import org.briefing.document.Document;
import org.briefing.model.Corpus;
import org.briefing.render.Formats;
import org.briefing.render.Renderer;
import org.briefing.spec.BriefingSpec;
import org.briefing.spec.SpecReader;

/**
 * A warm rebuild loop in one JVM, for profiling what {@code briefing watch} does on each save:
 * reads the spec, assembles it over the built-in corpus and renders it, N times; prints the median
 * and the best of the second half, and the average per stage.
 *
 * <pre>
 * java -cp cli/target/briefing.jar bench/WarmLoop.java SPEC N [FORMAT]
 * java -XX:StartFlightRecording=settings=profile,filename=warm.jfr \
 *     -cp cli/target/briefing.jar bench/WarmLoop.java briefings/full-article.yaml 80 pdf
 * </pre>
 */
public class WarmLoop {
  public static void main(String[] args) throws Exception {
    Path spec = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    String format = args.length > 2 ? args[2] : "pdf";
    Corpus corpus = CorpusReader.readDefault().corpus();
    Renderer renderer = Formats.installed().provider(format).orElseThrow().create();
    long[] total = new long[n];
    long read = 0;
    long assemble = 0;
    long render = 0;
    for (int i = 0; i < n; i++) {
      long t0 = System.nanoTime();
      BriefingSpec s = SpecReader.of(corpus).withFormats(List.of()).read(spec);
      long t1 = System.nanoTime();
      Document d = Assembler.of(corpus).assemble(s).document();
      long t2 = System.nanoTime();
      renderer.render(d, new ByteArrayOutputStream());
      long t3 = System.nanoTime();
      total[i] = t3 - t0;
      if (i >= n / 2) {
        read += t1 - t0;
        assemble += t2 - t1;
        render += t3 - t2;
      }
    }
    long[] last = Arrays.copyOfRange(total, n / 2, n);
    Arrays.sort(last);
    int m = last.length;
    System.out.printf(
        "second half of %d builds: median %.1f ms, best %.1f ms; average read %.2f, assemble %.2f,"
            + " render %.2f ms%n",
        n, last[m / 2] / 1e6, last[0] / 1e6, read / 1e6 / m, assemble / 1e6 / m, render / 1e6 / m);
  }
}
