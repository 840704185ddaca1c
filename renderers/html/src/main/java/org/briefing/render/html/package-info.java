/**
 * The HTML renderer: {@link org.briefing.render.html.HtmlRenderer} writes a self-contained HTML5
 * page (format "html") and, for the PDF renderer, well-formed XHTML with paged-media CSS.
 */
package org.briefing.render.html;
