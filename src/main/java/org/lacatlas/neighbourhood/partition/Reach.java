package org.lacatlas.neighbourhood.partition;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * Where a patch grown from a root can reach: the areas joined to the root by a path whose
 * residents (both ends included) add up to at most the band's maximum. A contiguous patch
 * inside the band holds, from any member, a path inside the patch to every other member
 * whose residents are at most the patch's own, so every patch containing the root lies
 * inside this set. It is what keeps the exact models small: a council patch of
 * 8,000–12,000 residents reaches only a few dozen small areas.
 */
public final class Reach {

	private Reach() {
	}

	/**
	 * @param allowed which areas may be members
	 * @param fromRootUp when true, only areas whose index is at least the root's (the
	 * root is then the lowest-numbered member of its patch, which breaks the patches'
	 * symmetry)
	 * @return the reachable areas (root first, then in index order), or an empty array
	 * when the root itself is not allowed or has more residents than the maximum
	 */
	public static int[] from(int root, int[] residents, int[][] neighbours, boolean[] allowed, long max,
			boolean fromRootUp) {
		if (!allowed[root] || residents[root] > max) {
			return new int[0];
		}
		long[] best = new long[residents.length];
		Arrays.fill(best, Long.MAX_VALUE);
		best[root] = residents[root];
		PriorityQueue<long[]> queue = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
		queue.add(new long[] { best[root], root });
		int[] found = new int[residents.length];
		int count = 0;
		while (!queue.isEmpty()) {
			long[] top = queue.poll();
			int i = (int) top[1];
			if (top[0] > best[i]) {
				continue;
			}
			found[count++] = i;
			for (int j : neighbours[i]) {
				long through = top[0] + residents[j];
				if (allowed[j] && (!fromRootUp || j > root) && through <= max && through < best[j]) {
					best[j] = through;
					queue.add(new long[] { through, j });
				}
			}
		}
		int[] members = Arrays.copyOf(found, count);
		Arrays.sort(members, 1, count);
		return members;
	}

}
