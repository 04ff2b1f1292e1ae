/**
 * Coordinators: the posts of a Local Area Coordination programme — in post, vacant or
 * proposed — and the neighbourhood each covers (its patch), plus any neighbourhood it
 * supports. Posts are named after areas, never people. Public face:
 * {@link CoordinatorPosts}; it tells the neighbourhood module who covers what through
 * {@link org.lacatlas.neighbourhood.PatchDirectory}.
 * <p>
 * Its SQL also reads neighbourhood's {@code neighbourhood} and {@code neighbourhood_plan}
 * and geography's {@code place} (the demo programme's patches), and security's
 * {@code app_user} (only a coordinator of the council may hold its posts).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Coordinators",
		allowedDependencies = { "council", "neighbourhood", "system" })
package org.lacatlas.coordinator;
