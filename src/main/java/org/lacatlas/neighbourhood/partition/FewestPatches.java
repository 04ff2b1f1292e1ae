package org.lacatlas.neighbourhood.partition;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.LinearExpr;

/**
 * The fewest contiguous patches inside the band that together hold every area: what
 * covering every resident takes. A group of connected areas with R residents needs at
 * least ⌈R ÷ max⌉ patches, so their sum is a proved lower bound; the annealing heuristic
 * tries each group at that count first, then one more, and so on. When it needs more than
 * the bound, CP-SAT (patches rooted at their lowest-numbered area, minimising how many
 * are used) starts from it to close the difference.
 */
public final class FewestPatches {

	private static final int RESTARTS = 3;

	private final Band band;

	private final long seed;

	public FewestPatches(Band band, long seed) {
		this.band = band;
		this.seed = seed;
	}

	/**
	 * @return the patches as region numbers per area, with the count's proof; null region
	 * when the band fails {@link BandDiagnosis}
	 */
	public CompactPartition.Result solve(AreaGraph g, SolverSettings settings) {
		int[] region = new int[g.size()];
		int regions = 0;
		long lower = 0;
		boolean split = true;
		for (int[] component : Components.of(g)) {
			long total = Arrays.stream(component).mapToLong(i -> g.residents()[i]).sum();
			long kMin = BandDiagnosis.ceilDiv(total, band.max());
			lower += kMin;
			int[] parts = split(Components.subgraph(g, component), kMin, total);
			split &= parts != null;
			int k = parts == null ? 0 : Arrays.stream(parts).max().orElse(-1) + 1;
			for (int c = 0; parts != null && c < component.length; c++) {
				region[component[c]] = regions + parts[c];
			}
			regions += k;
		}
		if (!split && g.size() > settings.maxAreas()) {
			return new CompactPartition.Result(null, 0, new Proof(0, lower, false, "no split found"));
		}
		if (!split) {
			return exact(g, null, 0, lower, settings);
		}
		if (regions == lower || g.size() > settings.maxAreas()) {
			return new CompactPartition.Result(region, regions,
					new Proof(regions, lower, regions == lower, "⌈residents ÷ maximum⌉ per connected group"));
		}
		return exact(g, region, regions, lower, settings);
	}

	/**
	 * The first count from kMin up at which annealing puts every region inside the band.
	 */
	private int[] split(AreaGraph sub, long kMin, long total) {
		SplittableRandom random = new SplittableRandom(seed);
		for (long k = kMin; k <= Math.min(total / band.min(), sub.size()); k++) {
			for (int attempt = 0; attempt < RESTARTS; attempt++) {
				Regions state = Annealing.run(sub, band, (int) k, random.split());
				boolean inBand = true;
				for (int r = 0; r < k; r++) {
					inBand &= band.contains(state.residents[r]);
				}
				if (inBand) {
					return state.region.clone();
				}
			}
		}
		return null;
	}

	private CompactPartition.Result exact(AreaGraph g, int[] warm, int regions, long lower, SolverSettings settings) {
		CpModel model = CpSat.model();
		boolean[] all = new boolean[g.size()];
		Arrays.fill(all, true);
		RootedPatches patches = new RootedPatches(model, g.residents(), g.neighbours(), all, band, true);
		for (int i = 0; i < g.size(); i++) {
			model.addExactlyOne(patches.covering(i));
		}
		BoolVar[] roots = java.util.stream.IntStream.range(0, g.size())
			.filter(patches::canRoot)
			.mapToObj(patches::root)
			.toArray(BoolVar[]::new);
		model.minimize(LinearExpr.sum(roots));
		if (warm != null) {
			List<int[]> groups = Compactness.members(warm, regions);
			patches.hint(model, groups, groups.stream().mapToInt(q -> Arrays.stream(q).min().orElseThrow()).toArray());
		}
		CpSat.Run run = CpSat.solve(model, settings);
		double bound = Math.max(lower, Math.ceil(run.bound() - 1e-6));
		if (warm == null && !run.hasSolution()) {
			return new CompactPartition.Result(null, 0, new Proof(0, bound, false, "CP-SAT found no split"));
		}
		if (run.hasSolution() && (warm == null || run.solver().objectiveValue() < regions)) {
			List<int[]> found = patches.patches(v -> run.solver().booleanValue(v));
			int[] region = new int[g.size()];
			for (int r = 0; r < found.size(); r++) {
				for (int i : found.get(r)) {
					region[i] = r;
				}
			}
			return new CompactPartition.Result(region, found.size(),
					new Proof(found.size(), bound, found.size() <= bound, "CP-SAT"));
		}
		return new CompactPartition.Result(warm, regions,
				new Proof(regions, Math.min(bound, regions), run.optimal() || regions <= bound, "CP-SAT"));
	}

}
