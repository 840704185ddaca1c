package org.briefing.spec;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The organisation a briefing is made for.
 *
 * @param logo the logo file, resolved against the spec's folder and checked to stay inside it; the
 *     CLI reads its bytes
 * @param accent a colour written {@code #rrggbb}
 */
public record Organisation(String name, Optional<Path> logo, Optional<String> accent) {}
