package org.lacatlas.neighbourhood.partition;

/**
 * How good an answer is known to be: its objective, a bound no answer can beat (an upper
 * bound when more is better, a lower bound when less is better), and whether the solver
 * proved that no better answer exists.
 *
 * @param solver which method proved the bound, e.g. "CP-SAT" or "fractional knapsack"
 */
public record Proof(double objective, double bound, boolean optimal, String solver) {

	/**
	 * The relative distance between objective and bound: 0 when they meet, |objective −
	 * bound| ÷ max(|objective|, |bound|) otherwise.
	 */
	public double gap() {
		double scale = Math.max(Math.abs(objective), Math.abs(bound));
		return optimal || scale == 0 ? 0 : Math.abs(objective - bound) / scale;
	}

}
