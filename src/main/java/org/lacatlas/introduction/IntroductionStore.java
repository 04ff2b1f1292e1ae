package org.lacatlas.introduction;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

import org.lacatlas.introduction.IntroductionCsv.Line;
import org.lacatlas.introduction.IntroductionRefused.Problem;
import org.lacatlas.introduction.IntroductionRepository.Kind;

import org.springframework.stereotype.Component;

/**
 * Stores checked introductions for {@link Introductions}, inside its transaction: the
 * sectors must be the council's, and every introduction must be placed somewhere, or
 * {@link IntroductionRefused} names each line and the transaction stores nothing.
 */
@Component
class IntroductionStore {

	/** What was stored: the batch and its introductions, in the order given. */
	record Saved(IntroductionRepository.Batch batch, List<IntroductionRepository.Stored> introductions) {
	}

	private final IntroductionRepository introductions;

	private final ReleaseRepository releases;

	IntroductionStore(IntroductionRepository introductions, ReleaseRepository releases) {
		this.introductions = introductions;
		this.releases = releases;
	}

	/**
	 * Checks the sectors, stores the introductions in a new batch, each counted under a
	 * month not yet released, and places each in one small area; any problem refuses them
	 * all (the transaction rolls back).
	 * @param keys record keys (rounding); placeKeys the keys drawing each one's small
	 * area
	 */
	Saved save(String authority, List<Line> lines, Kind kind, String note, String user, boolean synthetic,
			IntSupplier keys, IntSupplier placeKeys) {
		List<Problem> problems = new ArrayList<>();
		List<String> unknown = introductions.unknownSectors(authority,
				lines.stream()
					.map(l -> l.introduction().location())
					.filter(CoarseLocation.Sector.class::isInstance)
					.map(l -> ((CoarseLocation.Sector) l).code())
					.distinct()
					.toList());
		for (Line line : lines) {
			if (line.introduction().location() instanceof CoarseLocation.Sector s && unknown.contains(s.code())) {
				problems.add(new Problem(line.number(), "sector", "There is no postcode sector " + s.code()
						+ " in this council; choose one from /api/introductions/sectors."));
			}
		}
		if (!problems.isEmpty()) {
			throw new IntroductionRefused(problems);
		}
		releases.lockShared(authority);
		var batch = introductions.newBatch(authority, kind, synthetic, note, user);
		var stored = introductions.insert(batch.id(), authority, lines.stream().map(Line::introduction).toList(),
				synthetic, keys, placeKeys);
		List<Long> ids = stored.stream().map(IntroductionRepository.Stored::id).toList();
		List<Long> unallocated = introductions.place(ids);
		for (Long id : unallocated) {
			Line line = lines.get(ids.indexOf(id));
			problems.add(unallocated(authority, line));
		}
		if (!problems.isEmpty()) {
			throw new IntroductionRefused(problems);
		}
		return new Saved(batch, stored);
	}

	private Problem unallocated(String authority, Line line) {
		CoarseLocation location = line.introduction().location();
		boolean inside = !(location instanceof CoarseLocation.GridCell cell)
				|| introductions.inAuthority(authority, cell);
		String field = location instanceof CoarseLocation.Sector ? "sector" : "gridCell";
		return inside
				? new Problem(line.number(), "workedWithOutOfArea",
						"This location lies wholly in coordinators' "
								+ "patches, so the person cannot be out of area: leave workedWithOutOfArea unticked.")
				: new Problem(line.number(), field, "This grid cell lies outside the council's area.");
	}

}
