/**
 * Internals of the HTML renderer (escaping writer, body visitor, SVG charts, page template); not an
 * API, may change without notice.
 */
package org.briefing.render.html.internal;
