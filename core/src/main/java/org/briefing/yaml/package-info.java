/** Bounded YAML reading with positions, and a binder that reports every problem. */
package org.briefing.yaml;
