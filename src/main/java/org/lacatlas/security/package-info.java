/**
 * Security: sign-in and roles. Browsers sign in with a form and a session cookie
 * (CSRF-protected); API clients use HTTP Basic. Roles:
 * {@link org.lacatlas.security.Role}. Boundaries are public; every other endpoint needs
 * sign-in. Admins create and disable users through {@code /api/admin/users}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package org.lacatlas.security;
