/**
 * Councils using LAC Atlas and their settings (name, kind, patch band, costs, social
 * value, cost equivalents, attribution), and the one place a request's council is
 * resolved: from the signed-in user, or for public data from the {@code council}
 * parameter. Controllers take a {@link org.lacatlas.council.Council} argument and hand
 * its code to their services.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Councils", allowedDependencies = {})
package org.lacatlas.council;
