/** Internals of the PDF renderer (fonts, metadata, engine logging); not an API. */
package org.briefing.render.pdf.internal;
