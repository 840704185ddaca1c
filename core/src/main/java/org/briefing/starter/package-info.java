/** Starting points: a new corpus for a paper, and a starter briefing spec for a corpus. */
package org.briefing.starter;
