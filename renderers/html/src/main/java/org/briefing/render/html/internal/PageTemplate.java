package org.briefing.render.html.internal;

import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.StringOutput;
import org.briefing.render.html.internal.template.JtepageGenerated;

/**
 * The page template ({@code src/main/jte/page.jte}), compiled to Java by jte when the module is
 * built: writing a page parses no template and looks nothing up by reflection. jte escapes every
 * {@code ${...}} for where it stands (text, attribute value), refuses at build time an output where
 * it could not escape safely (an unquoted attribute, a script), and writes unescaped only a {@link
 * Page.Markup}, HTML this module's writers produced. A template is code of this module, never read
 * from a spec or a corpus.
 *
 * <pre>{@code
 * String html = PageTemplate.render(new Page(false, "en", "A & B", ...));
 * }</pre>
 */
public final class PageTemplate {
  private PageTemplate() {}

  /** Markup that the template writes as it is; only for HTML this module's writers produced. */
  public static Page.Markup markup(String html) {
    return new Page.Markup(html);
  }

  /** The page around a briefing's body. */
  public static String render(Page page) {
    StringOutput out = new StringOutput(16384);
    JtepageGenerated.render(new OwaspHtmlTemplateOutput(out), null, page);
    return out.toString();
  }
}
