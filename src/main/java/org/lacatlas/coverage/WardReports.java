package org.lacatlas.coverage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.lacatlas.coordinator.CoordinatorPost;
import org.lacatlas.coordinator.CoordinatorPosts;
import org.lacatlas.coordinator.PostStatus;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A ward's coverage for its councillors: posts, residents covered, assets and gaps. */
@Service
public class WardReports {

	private final CoverageRepository repository;

	private final CoverageReports reports;

	private final CoordinatorPosts posts;

	private final CoverageLines lines;

	WardReports(CoverageRepository repository, CoverageReports reports, CoordinatorPosts posts, CoverageLines lines) {
		this.lines = lines;
		this.repository = repository;
		this.reports = reports;
		this.posts = posts;
	}

	@Transactional(readOnly = true)
	public WardCoverage ward(String authority, String ward) {
		String name = repository.wardName(authority, ward).orElseThrow(() -> new CoverageProblem.WardNotFound(ward));
		List<AreaCoverage> areas = repository.areas(authority).stream().filter(a -> ward.equals(a.wardCode())).toList();
		long residents = areas.stream().mapToLong(AreaCoverage::residents).sum();
		// the report's own line, so the ward's figures are those the coverage table
		// publishes
		CoverageLine line = reports.report(authority)
			.wards()
			.stream()
			.filter(w -> ward.equals(w.code()))
			.findFirst()
			.orElseGet(() -> lines.line(ward, name, areas, AreaCoverage::covered, lines.introductions(authority)));
		List<WardCoverage.PostShare> shares = shares(authority, areas, residents);
		Set<String> codes = areas.stream().map(AreaCoverage::code).collect(Collectors.toSet());
		List<WardCoverage.WardGap> gaps = new ArrayList<>();
		List<Gap> all = reports.gaps(authority, NeedWeights.defaults());
		for (Gap gap : all) {
			List<AreaCoverage> inWard = areas.stream().filter(a -> gap.smallAreas().contains(a.code())).toList();
			if (!inWard.isEmpty() || gap.wards().contains(ward)) {
				gaps.add(new WardCoverage.WardGap(gap.rank(), all.size(), gap.name(), gap.residents(),
						inWard.stream().mapToLong(AreaCoverage::residents).sum(),
						inWard.stream().mapToLong(AreaCoverage::residents65Plus).sum(),
						inWard.stream().map(AreaCoverage::code).filter(codes::contains).toList()));
			}
		}
		List<WardCoverage.AssetCount> assets = repository.assetsIn(ward);
		return new WardCoverage(ward, name, line, shares, assets, gaps,
				WardSentences.of(name, line, shares, assets, gaps));
	}

	private List<WardCoverage.PostShare> shares(String authority, List<AreaCoverage> areas, long residents) {
		List<CoordinatorPost> all = posts.list(authority);
		Map<Long, String> supporters = new HashMap<>();
		all.stream()
			.filter(p -> p.supports() != null && p.status() == PostStatus.IN_POST)
			.forEach(p -> supporters.put(p.supports().id(), p.name()));
		List<WardCoverage.PostShare> shares = new ArrayList<>();
		for (CoordinatorPost post : all) {
			if (post.patch() == null) {
				continue;
			}
			long patch = post.patch().id();
			List<AreaCoverage> inPatch = areas.stream()
				.filter(a -> a.neighbourhoodId() != null && a.neighbourhoodId() == patch)
				.toList();
			if (inPatch.isEmpty()) {
				continue;
			}
			long r = inPatch.stream().mapToLong(AreaCoverage::residents).sum();
			shares.add(new WardCoverage.PostShare(post.name(), post.status().name(), post.patch().name(), r,
					inPatch.stream().mapToLong(AreaCoverage::residents65Plus).sum(),
					residents == 0 ? 0 : Math.round(1000.0 * r / residents) / 1000.0,
					post.status() == PostStatus.IN_POST ? null : supporters.get(patch)));
		}
		shares.sort((a, b) -> Long.compare(b.residentsInWard(), a.residentsInWard()));
		return shares;
	}

	static String count(long n) {
		return String.format(Locale.UK, "%,d", n);
	}

}
