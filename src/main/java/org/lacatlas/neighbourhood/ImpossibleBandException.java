package org.lacatlas.neighbourhood;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.lacatlas.neighbourhood.partition.BandDiagnosis;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A band no answer can meet, with which small areas make it so and the nearest band that
 * passes the same checks; answered as 422 problem+json by the module that throws it.
 */
public class ImpossibleBandException extends RuntimeException {

	/** One reason, in a planner's words, for the small areas it concerns. */
	public record Cause(String kind, List<String> smallAreas, long residents, String explanation) {
	}

	/** A band, as the requests name it. */
	public record BandSuggestion(int minResidents, int maxResidents) {
	}

	private final List<Cause> causes;

	private final BandSuggestion nearestBand;

	public ImpossibleBandException(String detail, List<Cause> causes, BandSuggestion nearestBand) {
		super(detail);
		this.causes = causes;
		this.nearestBand = nearestBand;
	}

	/**
	 * From a diagnosis of areas numbered as in {@code codes}.
	 */
	public static ImpossibleBandException of(String what, BandDiagnosis.Verdict verdict, List<String> codes) {
		List<Cause> causes = verdict.causes()
			.stream()
			.map(c -> new Cause(c.kind(), Arrays.stream(c.areas()).mapToObj(codes::get).toList(), c.residents(),
					c.explanation()))
			.toList();
		BandSuggestion nearest = verdict.nearest() == null ? null
				: new BandSuggestion(verdict.nearest().min(), verdict.nearest().max());
		String hint = nearest == null ? "" : " The nearest band that passes these checks is " + nearest.minResidents()
				+ "–" + nearest.maxResidents() + ".";
		return new ImpossibleBandException(what + " " + causes.get(0).explanation() + "." + hint, causes, nearest);
	}

	public List<Cause> causes() {
		return causes;
	}

	public BandSuggestion nearestBand() {
		return nearestBand;
	}

	/** The 422 problem+json answer: detail, causes, nearestBand, and unplaced areas. */
	public ProblemDetail problem() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, getMessage());
		problem.setTitle("No answer fits this band");
		problem.setProperty("feasible", false);
		problem.setProperty("causes", causes);
		problem.setProperty("nearestBand", nearestBand);
		problem.setProperty("unplaced",
				causes.stream().map(c -> Map.of("smallAreas", c.smallAreas(), "reason", c.explanation())).toList());
		return problem;
	}

}
