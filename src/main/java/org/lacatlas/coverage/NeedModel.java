package org.lacatlas.coverage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Need of each small area in resident-equivalents, from {@link NeedWeights}. Terms:
 * residents; residents 65+ scaled by the borough's residents/65+ ratio; residents
 * weighted by deprivation (decile 1 counts fully, decile 10 not at all, unknown half)
 * scaled to the borough's residents. A borough-average area scores its residents whatever
 * the weights.
 */
public final class NeedModel {

	private NeedModel() {
	}

	public static Map<String, Double> needs(List<AreaCoverage> areas, NeedWeights weights) {
		double residents = areas.stream().mapToLong(AreaCoverage::residents).sum();
		double older = areas.stream().mapToLong(AreaCoverage::residents65Plus).sum();
		double deprived = areas.stream().mapToDouble(a -> a.residents() * deprivation(a.imdDecile())).sum();
		double scarce = areas.stream().mapToDouble(a -> a.residents() / (1.0 + a.assets())).sum();
		double total = weights.residents() + weights.olderPeople() + weights.deprivation() + weights.assetScarcity();
		Map<String, Double> need = new HashMap<>();
		for (AreaCoverage a : areas) {
			double olderTerm = older == 0 ? 0 : a.residents65Plus() * residents / older;
			double deprivationTerm = deprived == 0 ? 0
					: a.residents() * deprivation(a.imdDecile()) * residents / deprived;
			double scarcityTerm = scarce == 0 ? 0 : a.residents() / (1.0 + a.assets()) * residents / scarce;
			need.put(a.code(),
					(weights.residents() * a.residents() + weights.olderPeople() * olderTerm
							+ weights.deprivation() * deprivationTerm + weights.assetScarcity() * scarcityTerm)
							/ total);
		}
		return need;
	}

	private static double deprivation(Integer decile) {
		return decile == null ? 0.5 : (10 - decile) / 9.0;
	}

}
