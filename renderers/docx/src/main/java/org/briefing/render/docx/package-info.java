/** The Word renderer: DOCX with Word styles, made with Apache POI XWPF (format {@code docx}). */
package org.briefing.render.docx;
