package org.lacatlas.coverage;

import java.util.ArrayList;
import java.util.List;

/**
 * A ward's coverage in plain English, one sentence a line, as a council officer writes.
 */
final class WardSentences {

	private WardSentences() {
	}

	static List<String> of(String ward, CoverageLine line, List<WardCoverage.PostShare> posts,
			List<WardCoverage.AssetCount> assets, List<WardCoverage.WardGap> gaps) {
		List<String> out = new ArrayList<>();
		String residents = WardReports.count(line.residents());
		for (WardCoverage.PostShare p : posts) {
			String part = percent(p.share()) + " of " + ward + "'s " + residents + " residents";
			switch (p.status()) {
				case "IN_POST" -> out.add(p.name() + "'s coordinator covers " + part + ".");
				case "VACANT" -> out.add("The post for " + p.name() + " is vacant; its patch takes in " + part + "."
						+ (p.supportedBy() == null ? ""
								: " " + p.supportedBy() + "'s coordinator supports it in the meantime."));
				default -> out.add("A proposed post for " + p.name() + " would cover " + part + ".");
			}
		}
		if (posts.isEmpty()) {
			out.add("No coordinator's patch takes in any part of " + ward + " yet.");
		}
		if (line.residents() > 0 && !posts.isEmpty()) {
			out.add("In all, " + WardReports.count(line.residentsCovered()) + " residents ("
					+ percent(line.share() == null ? 0 : line.share()) + ") and "
					+ WardReports.count(line.residents65PlusCovered()) + " residents aged 65 and over ("
					+ percent(line.share65Plus() == null ? 0 : line.share65Plus())
					+ ") live where a coordinator is in post.");
		}
		long uncovered = gaps.stream().mapToLong(WardCoverage.WardGap::residentsInWard).sum();
		if (uncovered > 0) {
			int neediest = gaps.stream().mapToInt(WardCoverage.WardGap::rank).min().orElse(0);
			String of = " of the borough's " + gaps.get(0).outOf() + " gaps for need.";
			out.add(WardReports.count(uncovered) + " residents live in parts of " + ward
					+ " that no coordinator covers; they are in "
					+ (gaps.size() == 1 ? "one gap, ranked " + neediest + of
							: gaps.size() + " gaps, the neediest ranked " + neediest + of));
		}
		long total = assets.stream().mapToLong(WardCoverage.AssetCount::count).sum();
		out.add(total == 0 ? "No community assets are published in " + ward + " yet."
				: WardReports.count(total) + " community " + (total == 1 ? "asset is" : "assets are") + " published in "
						+ ward + "; the most common kind is " + assets.get(0).label().toLowerCase() + " ("
						+ assets.get(0).count() + ").");
		return out;
	}

	private static String percent(double share) {
		return Math.round(share * 100) + " %";
	}

}
