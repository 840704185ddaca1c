/** The Markdown renderer: CommonMark with GFM tables and footnotes (format {@code md}). */
package org.briefing.render.markdown;
