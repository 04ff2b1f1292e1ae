package org.lacatlas.security;

import java.time.OffsetDateTime;

/** A user as the admin API shows it: never the password or its hash. */
public record UserAccount(String username, Role role, boolean enabled, OffsetDateTime createdAt) {
}
