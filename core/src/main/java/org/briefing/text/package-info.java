/** Text rules that are not data: Polish typography, and free Markdown turned into blocks. */
package org.briefing.text;
