/**
 * Disclosure control: what every module that publishes counts of people must pass them
 * through. A count from 1 to k−1 ({@code lacatlas.disclosure.k}, default 5, never below
 * 3) is published as the string {@code "<k"}; every other count is rounded to a multiple
 * of k by consistent random rounding keyed by the records in the cell, so no sum or
 * difference of published figures can be 1..k−1. Public face: {@link DisclosureControl}
 * and the value it publishes, {@link SuppressedCount}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Disclosure control", allowedDependencies = {})
package org.lacatlas.disclosure;
