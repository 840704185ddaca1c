/**
 * The PDF renderer: {@link org.briefing.render.pdf.PdfRenderer} (format "pdf") lays out the HTML
 * renderer's XHTML with openhtmltopdf and writes PDF/A-2b, PDF/UA-1 files.
 */
package org.briefing.render.pdf;
