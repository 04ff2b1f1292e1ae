package org.lacatlas.planning;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.lacatlas.coordinator.CoordinatorPosts;
import org.lacatlas.coordinator.PostStatus;
import org.lacatlas.council.Council;
import org.lacatlas.council.Councils;
import org.lacatlas.coverage.AreaCoverage;
import org.lacatlas.coverage.CoverageReports;
import org.lacatlas.coverage.NeedModel;
import org.lacatlas.coverage.NeedWeights;
import org.lacatlas.geography.SmallAreaGraphs;
import org.lacatlas.neighbourhood.SolverLimits;
import org.lacatlas.neighbourhood.partition.SolverSettings;
import org.lacatlas.planning.optimiser.PlanningProblem;
import org.lacatlas.planning.optimiser.PlanningResult;
import org.lacatlas.planning.optimiser.ProvenExpansion;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cost against coverage for 0 to N more coordinators, as "plan N more" with the default
 * band and weights would answer each, worked out in one request: the council's areas,
 * need and adjacency are read once, then each point is planned with a short time of its
 * own (the heuristic, then CP-SAT from its answer), so every point still carries the
 * bound the solver proved and its gap. Points are handed on as each is done, so a page
 * can draw the first while the rest are worked out.
 */
@Service
public class CostCurve {

	/** The curve's default end: 0–8 more, as the planning panel shows it. */
	static final int DEFAULT_MOST = 8;

	static final int MAX_MOST = 20;

	/**
	 * Each point's time: the heuristic's share, then CP-SAT's (from the heuristic's
	 * answer). Nine points then take under 2 s on two cores for Thurrock (BENCHMARKS.md).
	 */
	private static final long HEURISTIC_MILLIS = 40;

	private static final double SOLVER_SECONDS = 0.12;

	private final CoverageReports coverage;

	private final SmallAreaGraphs graphs;

	private final CoordinatorPosts posts;

	private final Councils councils;

	private final SolverLimits limits;

	CostCurve(CoverageReports coverage, SmallAreaGraphs graphs, CoordinatorPosts posts, Councils councils,
			SolverLimits limits) {
		this.coverage = coverage;
		this.graphs = graphs;
		this.posts = posts;
		this.councils = councils;
		this.limits = limits;
	}

	/**
	 * One point: {@code more} asked, {@code placed} of them placed, the need they cover
	 * ({@code objective}), the proved bound, objective ÷ bound, the gap, whether the
	 * solver proved no choice covers more, coverage and cost after, and the milliseconds
	 * this point took.
	 */
	public record Point(int more, int placed, double objective, double upperBound, double ratio, double gap,
			boolean optimal, String boundBy, ExpansionPlan.Coverage after, ExpansionPlan.Cost cost, long millis) {
	}

	/** Where each point goes as soon as it is worked out (a response, a list). */
	@FunctionalInterface
	public interface Sink {

		void accept(Point point) throws IOException;

	}

	/** The curve's inputs, read from the database; {@link #each} plans without it. */
	public final class Work {

		private final Council council;

		private final List<AreaCoverage> areas;

		private final PlanningProblem problem;

		private final int most;

		private final int inPost;

		private Work(Council council, List<AreaCoverage> areas, PlanningProblem problem, int most, int inPost) {
			this.council = council;
			this.areas = areas;
			this.problem = problem;
			this.most = most;
			this.inPost = inPost;
		}

		/**
		 * Works out the points for 0, 1, … {@code most} more in turn, each handed on when
		 * done.
		 */
		public void each(Sink sink) throws IOException {
			SolverSettings settings = limits.settings(null).capped(SOLVER_SECONDS);
			for (int more = 0; more <= most; more++) {
				long start = System.nanoTime();
				PlanningResult result = more == 0 ? null : new ProvenExpansion(1, HEURISTIC_MILLIS, settings)
					.solve(ExpansionProblems.withPatches(problem, more));
				sink.accept(point(more, result, (System.nanoTime() - start) / 1_000_000));
			}
		}

		private Point point(int more, PlanningResult result, long millis) {
			long residents = 0;
			long older = 0;
			long covered = 0;
			long olderCovered = 0;
			for (AreaCoverage a : areas) {
				residents += a.residents();
				older += a.residents65Plus();
				covered += a.covered() ? a.residents() : 0;
				olderCovered += a.covered() ? a.residents65Plus() : 0;
			}
			int placed = result == null ? 0 : result.patches().size();
			for (int i = 0; i < placed; i++) {
				for (int area : result.patches().get(i)) {
					covered += areas.get(area).residents();
					olderCovered += areas.get(area).residents65Plus();
				}
			}
			ExpansionPlan.Coverage after = ExpansionPlanner.coverage(covered, residents, olderCovered, older);
			ExpansionPlan.Cost cost = ExpansionPlanner.cost(council, inPost, placed, covered);
			if (result == null) {
				return new Point(0, 0, 0, 0, 1, 0, true, "nothing to place", after, cost, millis);
			}
			return new Point(more, placed, round(result.objective()), round(result.upperBound()),
					Math.round(1000 * result.ratio()) / 1000.0, Math.round(10000 * result.gap()) / 10000.0,
					result.optimal(), result.boundBy(), after, cost, millis);
		}

	}

	/**
	 * Reads what the curve needs for 0 to {@code most} (null: 8) more coordinators.
	 * @throws IllegalArgumentException when {@code most} is outside 1–20 or the council
	 * has not stated what a coordinator costs
	 */
	@Transactional(readOnly = true)
	public Work prepare(String authority, Integer most) {
		int upTo = most == null ? DEFAULT_MOST : most;
		if (upTo < 1 || upTo > MAX_MOST) {
			throw new IllegalArgumentException(
					"most must be 1 to " + MAX_MOST + " new coordinators; got " + upTo + ".");
		}
		Council council = councils.get(authority);
		if (council.coordinatorCost() == null) {
			throw new IllegalArgumentException("Cost against coverage needs the cost of a coordinator: "
					+ "the council's administrator sets it in the council's settings.");
		}
		List<AreaCoverage> areas = coverage.areas(authority);
		Map<String, Double> need = NeedModel.needs(areas, new NeedWeights(1, 1, 1, 0));
		PlanningProblem problem = ExpansionProblems.of(graphs.of(authority), areas, need, council.minResidents(),
				council.maxResidents(), upTo);
		int inPost = (int) posts.list(authority).stream().filter(p -> p.status() == PostStatus.IN_POST).count();
		return new Work(council, areas, problem, upTo, inPost);
	}

	private static double round(double v) {
		return Math.round(v * 1000) / 1000.0;
	}

}
