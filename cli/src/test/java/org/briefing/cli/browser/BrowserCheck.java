package org.briefing.cli.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Opens self-contained HTML pages in headless Chromium and reports what a reader's browser would
 * get wrong: console errors, requests that leave the file, page-wide horizontal scroll on a phone
 * (390 CSS px) or a desktop (1280 CSS px), and serious or critical accessibility violations found
 * by axe-core.
 *
 * <pre>{@code
 * try (BrowserCheck browser = BrowserCheck.start()) {
 *   browser.check(Path.of("out/nato-madrid.html")).assertClean();
 * }
 * }</pre>
 *
 * <p>One browser serves many pages, so start it once per test class. {@link #start()} skips the
 * calling test (a JUnit assumption) when Chromium or chromedriver is missing, except when the
 * environment variable {@code CI=true} is set, where it fails instead.
 *
 * <p>Requests are read from chromedriver's performance log ({@code Network.requestWillBeSent}), and
 * the viewport is set with {@code Emulation.setDeviceMetricsOverride} through chromedriver's
 * generic CDP command, so neither depends on a Selenium DevTools module matching the Chromium
 * version. The browser is also pointed at a dead proxy and resolves no host names, so a page that
 * tries to reach out is seen doing so but never gets anywhere.
 */
public final class BrowserCheck implements AutoCloseable {
  /** Width of the phone viewport in CSS pixels. */
  public static final int PHONE_WIDTH = 390;

  /** Width of the desktop viewport in CSS pixels. */
  public static final int DESKTOP_WIDTH = 1280;

  private static final int PHONE_HEIGHT = 844;
  private static final int DESKTOP_HEIGHT = 800;
  private static final Set<String> LOCAL_SCHEMES = Set.of("file", "data", "blob", "about");
  private static final Set<String> BROWSER_SCHEMES =
      Set.of("chrome", "chrome-untrusted", "devtools", "chrome-search");

  /**
   * axe-core reads each linked style sheet with an XMLHttpRequest, which Chromium refuses for a
   * page opened from a file and reports on the console; these two messages come from the checker,
   * not the page, so they are ignored while axe runs.
   */
  private static final Pattern AXE_STYLE_SHEET_READ =
      Pattern.compile(
          "(.*Access to XMLHttpRequest at 'file:[^']*' from origin 'null' has been blocked by CORS"
              + " policy.*|file:\\S+ - Failed to load resource: net::ERR_FAILED)",
          Pattern.DOTALL);

  private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

  /**
   * Selenium warns at every start that it has no DevTools module for this Chromium version; this
   * check uses none (see the class comment), so the warning would only mislead. The loggers are
   * held here so that their level is not lost when they are garbage collected.
   */
  private static final List<Logger> QUIET_LOGGERS =
      List.of(
          Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"),
          Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver"));

  static {
    QUIET_LOGGERS.forEach(logger -> logger.setLevel(Level.SEVERE));
  }

  /** What kind of defect a {@link Problem} is. */
  public enum Kind {
    CONSOLE_ERROR,
    OUTSIDE_REQUEST,
    PAGE_SCROLL,
    TABLE_SCROLL,
    NARROW_COLUMNS,
    ACCESSIBILITY
  }

  /** One defect found on a page, with a message for people. */
  public record Problem(Kind kind, String message) {
    @Override
    public String toString() {
      return kind + ": " + message;
    }
  }

  /** Everything found on one page. */
  public record Report(Path page, List<Problem> problems, Duration took) {
    public Report {
      problems = List.copyOf(problems);
    }

    /** The problems of one kind. */
    public List<Problem> of(Kind kind) {
      return problems.stream().filter(p -> p.kind() == kind).toList();
    }

    /** The kinds of problem found, in the order of {@link Kind}. */
    public Set<Kind> kinds() {
      return problems.stream()
          .map(Problem::kind)
          .sorted()
          .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Throws an {@link AssertionError} that lists every problem, if there is any. */
    public void assertClean() {
      if (problems.isEmpty()) {
        return;
      }
      StringBuilder message =
          new StringBuilder()
              .append(page)
              .append(": ")
              .append(problems.size())
              .append(" problem(s) in headless Chromium");
      for (Problem p : problems) {
        message.append(System.lineSeparator()).append("  - ").append(p);
      }
      throw new AssertionError(message.toString());
    }
  }

  private final ChromeDriver driver;
  private final Path profile;
  private final Json json = new Json();

  private BrowserCheck(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /**
   * Starts headless Chromium through chromedriver. Chromium is looked for in the system property
   * {@code browser.chromium}, the environment variable {@code CHROME_BIN}, then on the PATH;
   * chromedriver in {@code webdriver.chrome.driver}, {@code CHROMEDRIVER}, then on the PATH.
   */
  public static BrowserCheck start() {
    Optional<Path> chromium =
        configured("browser.chromium", "CHROME_BIN")
            .or(
                () ->
                    onPath(
                        "chromium", "chromium-browser", "google-chrome", "google-chrome-stable"));
    Optional<Path> chromedriver =
        configured("webdriver.chrome.driver", "CHROMEDRIVER").or(() -> onPath("chromedriver"));
    if (chromium.isEmpty() || chromedriver.isEmpty()) {
      String missing =
          Stream.of(
                  chromium.isEmpty() ? "Chromium (browser.chromium, CHROME_BIN or PATH)" : null,
                  chromedriver.isEmpty()
                      ? "chromedriver (webdriver.chrome.driver, CHROMEDRIVER or PATH)"
                      : null)
              .filter(Objects::nonNull)
              .collect(Collectors.joining(" and "));
      String message = "Browser tests need headless Chromium; not found: " + missing;
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException(message + " (CI=true: browser tests may not be skipped)");
      }
      // Surefire does not list a test class skipped in @BeforeAll, so say it on the console too.
      System.err.println("SKIPPED: " + message + "; browser tests are skipped outside CI.");
      Assumptions.abort(message + "; browser tests are skipped outside CI.");
    }
    return start(chromium.get(), chromedriver.get());
  }

  private static BrowserCheck start(Path chromium, Path chromedriver) {
    // Selenium Manager would download a driver; an explicit driver path means it is never asked.
    System.setProperty("webdriver.chrome.driver", chromedriver.toString());
    Path profile;
    try {
      profile = Files.createTempDirectory("briefing-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--mute-audio",
        "--user-data-dir=" + profile,
        // Whatever a page asks for outside the file goes to a dead port and resolves nowhere.
        "--proxy-server=127.0.0.1:9",
        "--host-resolver-rules=MAP * ~NOTFOUND",
        "--window-size=" + DESKTOP_WIDTH + "," + DESKTOP_HEIGHT);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    options.setExperimentalOption(
        "perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chromedriver.toFile())
            .usingAnyFreePort()
            .withSilent(true)
            .build();
    ChromeDriver driver = null;
    try {
      driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
      driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      // The first tab opens on Chromium's new-tab page, whose requests are no page's business.
      driver.get("about:blank");
      return new BrowserCheck(driver, profile);
    } catch (RuntimeException e) {
      if (driver != null) {
        driver.quit();
      }
      deleteQuietly(profile);
      throw e;
    }
  }

  /**
   * Opens the page at 1280 CSS px, checks the layout and runs axe-core, then narrows it to a 390
   * CSS px phone and checks the layout again; console errors and requests are gathered over both.
   */
  public Report check(Path page) {
    long started = System.nanoTime();
    driver.manage().logs().get(LogType.BROWSER);
    driver.manage().logs().get(LogType.PERFORMANCE);
    List<Problem> problems = new ArrayList<>();

    emulate(DESKTOP_WIDTH, DESKTOP_HEIGHT, false);
    driver.get(page.toAbsolutePath().toUri().toString());
    problems.addAll(consoleErrors(false));
    problems.addAll(pageScroll(DESKTOP_WIDTH));
    problems.addAll(tableScroll(DESKTOP_WIDTH));
    problems.addAll(parallelMeasure(DESKTOP_WIDTH));
    problems.addAll(accessibility());
    problems.addAll(consoleErrors(true));

    // mobile: true makes Chromium honour (or miss) <meta name="viewport"> as a phone would.
    emulate(PHONE_WIDTH, PHONE_HEIGHT, true);
    problems.addAll(pageScroll(PHONE_WIDTH));

    problems.addAll(consoleErrors(false));
    problems.addAll(outsideRequests());
    return new Report(page, problems, Duration.ofNanos(System.nanoTime() - started));
  }

  /**
   * Opens the page, runs a script on it (to arrange the page for a check; may be empty) and prints
   * it as a browser's "Save as PDF" does, on Letter paper without the browser's own header and
   * footer. The page is laid out for print, not for the emulated screen.
   */
  public Printed print(Path page, String script) {
    driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    driver.get(page.toAbsolutePath().toUri().toString());
    Object arranged = script.isEmpty() ? null : driver.executeScript(script);
    Map<String, Object> pdf =
        driver.executeCdpCommand(
            "Page.printToPDF", Map.of("displayHeaderFooter", false, "printBackground", false));
    return new Printed(Base64.getDecoder().decode(String.valueOf(pdf.get("data"))), arranged);
  }

  /** A printed page: the PDF's bytes and what the arranging script returned (or null). */
  public record Printed(byte[] pdf, Object arranged) {}

  private void emulate(int width, int height, boolean mobile) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
  }

  /**
   * The page may not scroll sideways as a whole; an element that scrolls inside its own container
   * (a wide table in an {@code overflow-x: auto} box) is fine, since it leaves the document's
   * scroll width alone. The limit is the emulated width itself, not only {@code innerWidth}: on a
   * phone Chromium widens the layout viewport to fit content that sticks out (or to 980 px when the
   * page has no {@code <meta name="viewport">}), which would hide the very scroll being looked for.
   * The document's client width leaves out a classic vertical scroll bar.
   */
  private List<Problem> pageScroll(int width) {
    @SuppressWarnings("unchecked")
    Map<String, Object> m =
        (Map<String, Object>)
            driver.executeScript(
                """
                const root = document.documentElement, body = document.body;
                const limit = Math.min(arguments[0], window.innerWidth, root.clientWidth);
                const wide = root.scrollWidth > limit || (body && body.scrollWidth > limit);
                const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                    + (typeof e.className === 'string' && e.className.trim()
                        ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
                const culprits = [];
                for (const e of wide && body ? body.querySelectorAll('*') : []) {
                  const r = e.getBoundingClientRect();
                  const p = e.parentElement.getBoundingClientRect();
                  if (r.right > limit + 0.5 && p.right <= limit + 0.5 && culprits.length < 5) {
                    culprits.push(name(e) + ' (right edge at ' + Math.round(r.right) + ' px)');
                  }
                }
                return {limit: limit, inner: window.innerWidth, root: root.scrollWidth,
                        body: body ? body.scrollWidth : 0, culprits: culprits};
                """,
                width);
    long limit = ((Number) m.get("limit")).longValue();
    long inner = ((Number) m.get("inner")).longValue();
    long root = ((Number) m.get("root")).longValue();
    long body = ((Number) m.get("body")).longValue();
    if (root <= limit && body <= limit) {
      return List.of();
    }
    List<?> culprits = (List<?>) m.get("culprits");
    String message =
        "at "
            + width
            + " px the whole page scrolls sideways: html is "
            + root
            + " px and body "
            + body
            + " px wide, the viewport "
            + limit
            + " px"
            + (inner != width
                ? " (the browser widened its layout viewport to " + inner + " px)"
                : "")
            + (culprits.isEmpty()
                ? "; nothing sticks out of its parent: is <meta name=\"viewport\""
                    + " content=\"width=device-width, initial-scale=1\"> missing?"
                : "; too wide: " + culprits);
    return List.of(new Problem(Kind.PAGE_SCROLL, message));
  }

  /**
   * On a desktop every table is seen whole: none scrolls sideways inside its box, where its caption
   * and right-hand columns would be cut off at the box's edge. (On a phone a table may scroll, or
   * stacks its cells.)
   */
  private List<Problem> tableScroll(int width) {
    @SuppressWarnings("unchecked")
    List<String> scrolling =
        (List<String>)
            driver.executeScript(
                """
                const found = [];
                for (const wrap of document.querySelectorAll('.table-wrap')) {
                  if (wrap.scrollWidth > wrap.clientWidth + 1) {
                    const caption = wrap.querySelector('caption');
                    found.push((caption ? caption.textContent.trim().slice(0, 60) : wrap.innerHTML.slice(0, 60))
                        + ' (' + wrap.scrollWidth + ' px in a box of ' + wrap.clientWidth + ' px)');
                  }
                }
                return found;
                """);
    return scrolling.stream()
        .map(
            t ->
                new Problem(
                    Kind.TABLE_SCROLL, "at " + width + " px a table scrolls sideways: " + t))
        .toList();
  }

  /**
   * On a desktop each language of parallel text keeps a readable line: every column of a parallel
   * row is at least 26 em wide (about 55 characters), not the half of a single column's measure.
   */
  private List<Problem> parallelMeasure(int width) {
    @SuppressWarnings("unchecked")
    List<String> narrow =
        (List<String>)
            driver.executeScript(
                """
                const found = [];
                const cells = document.querySelectorAll(
                    '.parallel-row:not(.parallel-wide):not(.parallel-head) > .parallel-cell');
                for (const cell of cells) {
                  const em = cell.clientWidth / parseFloat(getComputedStyle(cell).fontSize);
                  if (em < 26) {
                    found.push(cell.textContent.trim().slice(0, 40) + ' (' + em.toFixed(1) + ' em)');
                  }
                }
                return found.slice(0, 3);
                """);
    return narrow.stream()
        .map(
            t ->
                new Problem(
                    Kind.NARROW_COLUMNS,
                    "at " + width + " px a column of parallel text is under 26 em: " + t))
        .toList();
  }

  private List<Problem> accessibility() {
    Results results = new AxeBuilder().analyze(driver);
    List<Problem> problems = new ArrayList<>();
    if (results.isErrored()) {
      problems.add(
          new Problem(Kind.ACCESSIBILITY, "axe-core failed: " + results.getErrorMessage()));
    }
    for (Rule rule : results.getViolations()) {
      if (!BLOCKING_IMPACTS.contains(String.valueOf(rule.getImpact()).toLowerCase(Locale.ROOT))) {
        continue;
      }
      String nodes =
          rule.getNodes().stream()
              .map(CheckedNode::getTarget)
              .map(String::valueOf)
              .collect(Collectors.joining(", "));
      problems.add(
          new Problem(
              Kind.ACCESSIBILITY,
              rule.getId()
                  + " ("
                  + rule.getImpact()
                  + "): "
                  + rule.getHelp()
                  + " <"
                  + rule.getHelpUrl()
                  + "> at "
                  + nodes));
    }
    return problems;
  }

  private List<Problem> consoleErrors(boolean axeRan) {
    List<Problem> problems = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      if (axeRan && AXE_STYLE_SHEET_READ.matcher(entry.getMessage()).matches()) {
        continue;
      }
      if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
        problems.add(new Problem(Kind.CONSOLE_ERROR, entry.getMessage()));
      }
    }
    return problems;
  }

  /**
   * Every request the page made to something other than files and data: no http(s), no web sockets.
   * Requests made by the browser's own pages (the new-tab page) are not the page's.
   */
  private List<Problem> outsideRequests() {
    Set<String> urls = new LinkedHashSet<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
      Map<String, Object> message = map(json.toType(entry.getMessage(), Json.MAP_TYPE), "message");
      Object method = message.get("method");
      Map<String, Object> params = map(message, "params");
      if (BROWSER_SCHEMES.contains(scheme(String.valueOf(params.get("documentURL"))))) {
        continue;
      }
      if ("Network.requestWillBeSent".equals(method)) {
        urls.add(String.valueOf(map(params, "request").get("url")));
      } else if ("Network.webSocketCreated".equals(method)) {
        urls.add(String.valueOf(params.get("url")));
      }
    }
    return urls.stream()
        .filter(url -> !LOCAL_SCHEMES.contains(scheme(url)))
        .map(url -> new Problem(Kind.OUTSIDE_REQUEST, "the page requested " + url))
        .toList();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Map<String, Object> object, String key) {
    Object value = object.get(key);
    return value instanceof Map ? (Map<String, Object>) value : Map.of();
  }

  private static String scheme(String url) {
    try {
      String scheme = URI.create(url).getScheme();
      return scheme == null ? "" : scheme.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      int colon = url.indexOf(':');
      return colon < 0 ? "" : url.substring(0, colon).toLowerCase(Locale.ROOT);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteQuietly(profile);
    }
  }

  private static Optional<Path> configured(String property, String variable) {
    return Optional.ofNullable(System.getProperty(property))
        .or(() -> Optional.ofNullable(System.getenv(variable)))
        .filter(s -> !s.isBlank())
        .map(Path::of)
        .filter(Files::isExecutable);
  }

  private static Optional<Path> onPath(String... names) {
    String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
    for (String name : names) {
      for (String dir : path.split(File.pathSeparator)) {
        if (dir.isEmpty()) {
          continue;
        }
        Path candidate = Path.of(dir, name);
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // A leftover temporary profile is harmless; the check's result is what matters.
    }
  }
}
