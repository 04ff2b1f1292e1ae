/**
 * Security: sign-in and roles. Browsers sign in with a form and a session cookie
 * (CSRF-protected); API clients use HTTP Basic. Roles:
 * {@link org.lacatlas.security.Role}. Boundaries are public; every other endpoint needs
 * sign-in. Admins create and disable users through {@code /api/admin/users}.
 * <p>
 * Its SQL also reads geography's {@code ward} (a councillor's wards must be their
 * council's).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security", allowedDependencies = { "council", "system" })
package org.lacatlas.security;
