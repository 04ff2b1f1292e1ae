package org.lacatlas.coverage;

import java.util.HashSet;
import java.util.Set;

import org.lacatlas.disclosure.DisclosureControl;
import org.lacatlas.disclosure.SuppressedCount;

/**
 * Introductions counted into one published cell (a ward, a neighbourhood, the borough, or
 * the covered part of one): the apportioned count and the cell key — the sum of the
 * record keys of the distinct introductions with a share in it — that disclosure control
 * rounds by.
 */
final class CellTally {

	private final Set<Long> introductions = new HashSet<>();

	private double count;

	private long key;

	void add(long introduction, int recordKey, double share) {
		count += share;
		if (introductions.add(introduction)) {
			key += recordKey;
		}
	}

	SuppressedCount publish(DisclosureControl disclosure) {
		return disclosure.count(count, key);
	}

}
