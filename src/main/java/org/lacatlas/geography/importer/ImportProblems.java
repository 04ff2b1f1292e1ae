package org.lacatlas.geography.importer;

import java.util.ArrayList;
import java.util.List;

import org.lacatlas.geography.GeographyImportException;

/**
 * Collects everything wrong with an import so the council sees every fault in one go, not
 * one per attempt. Stops collecting after {@value #LIMIT} problems.
 */
public final class ImportProblems {

	static final int LIMIT = 100;

	private final List<String> problems = new ArrayList<>();

	private int dropped;

	public void add(String problem) {
		if (problems.size() < LIMIT) {
			problems.add(problem);
		}
		else {
			dropped++;
		}
	}

	public boolean isEmpty() {
		return problems.isEmpty();
	}

	/** How many problems were found, including those no longer collected. */
	public int count() {
		return problems.size() + dropped;
	}

	/** Throws {@link GeographyImportException} listing the problems, if there are any. */
	public void throwIfAny() {
		if (!problems.isEmpty()) {
			List<String> all = new ArrayList<>(problems);
			if (dropped > 0) {
				all.add("… and " + dropped + " more problems");
			}
			throw new GeographyImportException(all);
		}
	}

}
