package org.lacatlas.neighbourhood;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lacatlas.geography.SmallAreaGraph;
import org.lacatlas.neighbourhood.partition.AreaGraph;
import org.lacatlas.neighbourhood.partition.Band;
import org.lacatlas.neighbourhood.partition.BandDiagnosis;
import org.lacatlas.neighbourhood.partition.LeastChange;
import org.lacatlas.neighbourhood.partition.Proof;

import org.springframework.stereotype.Service;

/**
 * Re-planning with least change: after new population figures or boundaries make the
 * saved plan invalid, a plan that is valid again with the fewest small areas moved. Every
 * neighbourhood keeps its id, so posts stay with their patches ({@link LeastChange}). The
 * churn is reported against a proved lower bound: each neighbourhood that is invalid must
 * gain or lose an area, a move touches two, and every new small area must be placed.
 */
@Service
public class PlanRepair {

	private final NeighbourhoodPlans plans;

	private final Proposals proposals;

	PlanRepair(NeighbourhoodPlans plans, Proposals proposals) {
		this.plans = plans;
		this.proposals = proposals;
	}

	public Proposal repair(String authority, long seed, Integer minResidents, Integer maxResidents) {
		PlanView plan = plans.current(authority)
			.orElseThrow(() -> new NeighbourhoodProblem.NoPlanYet(
					"This council has no neighbourhood plan to repair: generate one first."));
		Band band = new Band(minResidents == null ? plan.minResidents() : minResidents,
				maxResidents == null ? plan.maxResidents() : maxResidents);
		SmallAreaGraph graph = plans.graph(authority);
		AreaGraph areas = FreeAreas.graph(graph, graph.areas());
		List<String> codes = FreeAreas.codes(graph.areas());
		BandDiagnosis.Verdict verdict = BandDiagnosis.of(areas, band);
		if (!verdict.passes()) {
			throw ImpossibleBandException.of("No plan of " + band.min() + "–" + band.max() + " fits:", verdict, codes);
		}
		List<NeighbourhoodSummary> before = plan.neighbourhoods();
		int[] current = assignment(before, codes);
		int[] after = new LeastChange(band, seed).repair(areas, current, before.size());
		List<NeighbourhoodPlans.Proposed> kept = new ArrayList<>();
		for (int n = 0; n < before.size(); n++) {
			List<String> members = new ArrayList<>();
			for (int i = 0; i < codes.size(); i++) {
				if (after[i] == n) {
					members.add(codes.get(i));
				}
			}
			kept.add(new NeighbourhoodPlans.Proposed(before.get(n).id(), before.get(n).name(), members));
		}
		List<String> loose = new ArrayList<>();
		for (int i = 0; i < codes.size(); i++) {
			if (after[i] < 0) {
				loose.add(codes.get(i));
			}
		}
		Proposal.Churn churn = churn(before, codes, current, after);
		long lower = lowerBound(plan, band, current);
		Proof proof = new Proof(churn.moved(), Math.min(lower, churn.moved()), churn.moved() == lower,
				"each invalid neighbourhood needs a change");
		return proposals.of(graph, band, kept, loose.isEmpty() ? List.of() : List.of(loose),
				new Proposal.Solution("small areas moved", proof.objective(), proof.bound(),
						Math.round(proof.gap() * 10000) / 10000.0, proof.optimal(), proof.solver()),
				churn);
	}

	private static int[] assignment(List<NeighbourhoodSummary> neighbourhoods, List<String> codes) {
		Map<String, Integer> in = new HashMap<>();
		for (int n = 0; n < neighbourhoods.size(); n++) {
			for (String code : neighbourhoods.get(n).smallAreas()) {
				in.put(code, n);
			}
		}
		return codes.stream().mapToInt(c -> in.getOrDefault(c, -1)).toArray();
	}

	private static Proposal.Churn churn(List<NeighbourhoodSummary> n, List<String> codes, int[] from, int[] to) {
		List<Proposal.Moved> moved = new ArrayList<>();
		for (int i = 0; i < codes.size(); i++) {
			if (from[i] != to[i]) {
				moved.add(new Proposal.Moved(codes.get(i), from[i] < 0 ? null : n.get(from[i]).id(),
						to[i] < 0 ? null : n.get(to[i]).id()));
			}
		}
		return new Proposal.Churn(moved.size(), moved);
	}

	/**
	 * New areas + ⌈(neighbourhoods outside the band − new areas) ÷ 2⌉, at least the new
	 * areas.
	 */
	private static long lowerBound(PlanView plan, Band band, int[] current) {
		long fresh = java.util.Arrays.stream(current).filter(n -> n < 0).count();
		long invalid = plan.neighbourhoods().stream().filter(s -> !band.contains(s.residents())).count();
		return fresh + Math.max(0, (invalid - fresh + 1) / 2);
	}

}
