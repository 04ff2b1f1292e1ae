package org.lacatlas.neighbourhood.partition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.LinearExpr;

/**
 * The shared core of the exact models: every allowed area may root one patch; a used
 * root's patch is made of areas of its {@link Reach}, has residents inside the band and
 * is contiguous ({@link FlowContiguity}). Which areas may share a patch, and the
 * objective, are left to the model that uses it. Every patch of areas that is contiguous
 * and inside the band is one choice of these variables (rooted at any member, or at its
 * lowest numbered one when roots are taken from the lowest index up), so the models are
 * exact.
 */
public final class RootedPatches {

	private final int[][] members;

	private final BoolVar[][] in;

	private final int[][][] local;

	private final FlowContiguity[] flows;

	private final List<List<int[]>> byArea = new ArrayList<>();

	public RootedPatches(CpModel model, int[] residents, int[][] neighbours, boolean[] allowed, Band band,
			boolean fromRootUp) {
		int n = residents.length;
		members = new int[n][];
		in = new BoolVar[n][];
		local = new int[n][][];
		flows = new FlowContiguity[n];
		for (int i = 0; i < n; i++) {
			byArea.add(new ArrayList<>());
		}
		for (int j = 0; j < n; j++) {
			members[j] = Reach.from(j, residents, neighbours, allowed, band.max(), fromRootUp);
			if (members[j].length == 0 || reachResidents(residents, members[j]) < band.min()) {
				members[j] = new int[0];
			}
			build(model, j, residents, neighbours, band);
		}
	}

	private void build(CpModel model, int j, int[] residents, int[][] neighbours, Band band) {
		int[] m = members[j];
		in[j] = new BoolVar[m.length];
		if (m.length == 0) {
			return;
		}
		Map<Integer, Integer> position = new HashMap<>();
		for (int k = 0; k < m.length; k++) {
			position.put(m[k], k);
			in[j][k] = k == 0 ? model.newBoolVar("root" + j) : model.newBoolVar("");
			byArea.get(m[k]).add(new int[] { j, k });
		}
		local[j] = new int[m.length][];
		for (int k = 0; k < m.length; k++) {
			local[j][k] = Arrays.stream(neighbours[m[k]]).filter(position::containsKey).map(position::get).toArray();
			if (k > 0) {
				model.addImplication(in[j][k], in[j][0]);
			}
		}
		long[] weights = Arrays.stream(m).mapToLong(i -> residents[i]).toArray();
		LinearExpr total = LinearExpr.weightedSum(in[j], weights);
		model.addLessOrEqual(total, LinearExpr.term(in[j][0], band.max()));
		model.addGreaterOrEqual(total, LinearExpr.term(in[j][0], band.min()));
		flows[j] = new FlowContiguity(model, m, in[j], local[j], most(weights, band.max()));
	}

	/** How many areas, smallest first, fit under the maximum. */
	private static int most(long[] weights, long max) {
		long[] sorted = weights.clone();
		Arrays.sort(sorted);
		long sum = 0;
		int count = 0;
		for (long w : sorted) {
			if (sum + w > max) {
				break;
			}
			sum += w;
			count++;
		}
		return Math.max(1, count);
	}

	private static long reachResidents(int[] residents, int[] members) {
		return Arrays.stream(members).mapToLong(i -> residents[i]).sum();
	}

	public int size() {
		return members.length;
	}

	/** Whether area {@code j} can root a patch at all. */
	public boolean canRoot(int j) {
		return members[j].length > 0;
	}

	/** The literal "area j roots a patch". */
	public BoolVar root(int j) {
		return in[j][0];
	}

	/** The areas of j's reach, root first, and their literals. */
	public int[] reach(int j) {
		return members[j];
	}

	public BoolVar member(int j, int k) {
		return in[j][k];
	}

	/** Every literal that puts area i in some patch, as (root, position) pairs. */
	public List<int[]> placements(int i) {
		return byArea.get(i);
	}

	/** The literals that put area i in some patch. */
	public BoolVar[] covering(int i) {
		return byArea.get(i).stream().map(p -> in[p[0]][p[1]]).toArray(BoolVar[]::new);
	}

	/** The roots in use and their patches, read from a solved model. */
	public List<int[]> patches(java.util.function.Predicate<BoolVar> isTrue) {
		List<int[]> patches = new ArrayList<>();
		for (int j = 0; j < members.length; j++) {
			if (members[j].length > 0 && isTrue.test(in[j][0])) {
				int jj = j;
				patches.add(java.util.stream.IntStream.range(0, members[j].length)
					.filter(k -> isTrue.test(in[jj][k]))
					.map(k -> members[jj][k])
					.sorted()
					.toArray());
			}
		}
		return patches;
	}

	/**
	 * Hints a whole answer: each patch rooted at the area given for it (which must be
	 * able to reach all its members), every other literal false.
	 * @return false when some patch does not fit its root's reach (nothing is hinted
	 * then)
	 */
	public boolean hint(CpModel model, List<int[]> patches, int[] roots) {
		Map<Integer, boolean[]> chosen = new HashMap<>();
		for (int p = 0; p < patches.size(); p++) {
			int j = roots[p];
			if (members[j].length == 0) {
				return false;
			}
			boolean[] inPatch = new boolean[members[j].length];
			for (int a : patches.get(p)) {
				int k = indexOf(members[j], a);
				if (k < 0) {
					return false;
				}
				inPatch[k] = true;
			}
			chosen.put(j, inPatch);
		}
		for (int j = 0; j < members.length; j++) {
			if (members[j].length == 0) {
				continue;
			}
			boolean[] inPatch = chosen.getOrDefault(j, new boolean[members[j].length]);
			for (int k = 0; k < members[j].length; k++) {
				model.addHint(in[j][k], inPatch[k]);
			}
			flows[j].hint(model, inPatch, local[j]);
		}
		return true;
	}

	private static int indexOf(int[] array, int value) {
		for (int k = 0; k < array.length; k++) {
			if (array[k] == value) {
				return k;
			}
		}
		return -1;
	}

}
