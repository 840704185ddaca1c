/**
 * The LaTeX renderer: a complete xelatex/pdflatex document or a table alone (format {@code latex}).
 */
package org.briefing.render.latex;
