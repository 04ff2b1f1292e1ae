package org.lacatlas.coverage;

import java.util.List;

/**
 * How a ward is covered, for its councillors. Residents are counted by best-fit ward,
 * like {@link CoverageReports#report}.
 *
 * @param coverage residents and residents 65+ in the patch of a post in post
 * @param posts every post whose patch takes in part of the ward
 * @param gaps gaps touching the ward, with the residents of each that live in the ward
 * @param summary the same in plain English, one sentence each
 */
public record WardCoverage(String code, String name, CoverageLine coverage, List<PostShare> posts,
		List<AssetCount> assets, List<WardGap> gaps, List<String> summary) {

	/**
	 * A post's part of the ward.
	 *
	 * @param share residentsInWard / the ward's residents, 0–1
	 * @param supportedBy the post in post that supports this patch while its own post is
	 * vacant, or null
	 */
	public record PostShare(String name, String status, String neighbourhood, long residentsInWard,
			long residents65PlusInWard, double share, String supportedBy) {
	}

	/** Published community assets of one category inside the ward's boundary. */
	public record AssetCount(String category, String label, long count) {
	}

	/**
	 * A gap (see {@link Gap}) and the part of it in this ward; {@code outOf} is how many
	 * gaps the borough has, so a rank reads "3rd of 14".
	 */
	public record WardGap(int rank, int outOf, String name, long residents, long residentsInWard,
			long residents65PlusInWard, List<String> smallAreasInWard) {
	}

}
