package org.lacatlas.security;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A user as the admin API shows it: never the password or its hash.
 *
 * @param council the council's code, null for a service administrator
 * @param wards the wards a councillor represents (codes), else empty
 */
public record UserAccount(String username, Role role, String council, List<String> wards, boolean enabled,
		OffsetDateTime createdAt) {
}
