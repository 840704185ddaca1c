/** The DOCX renderer's internals: the document writer, chart pictures and the package's bytes. */
package org.briefing.render.docx.internal;
