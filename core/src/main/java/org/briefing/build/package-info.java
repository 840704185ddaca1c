/** Building one briefing from its spec: read, assemble and render every format, in memory. */
package org.briefing.build;
