package org.lacatlas.coverage;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class NeedModelTests {

	static AreaCoverage area(String code, long residents, long older, Integer decile, long assets) {
		return new AreaCoverage(code, "W", "Ward", null, null, residents, older, decile, false, false, assets);
	}

	static final List<AreaCoverage> AREAS = List.of(area("A", 1000, 100, 1, 0), area("B", 1000, 300, 10, 4),
			area("C", 2000, 200, 5, 1));

	@Test
	void everyTermSumsToTheBoroughsResidents() {
		for (NeedWeights w : List.of(new NeedWeights(1, 0, 0, 0), new NeedWeights(0, 1, 0, 0),
				new NeedWeights(0, 0, 1, 0), new NeedWeights(0, 0, 0, 1), NeedWeights.defaults())) {
			double total = NeedModel.needs(AREAS, w).values().stream().mapToDouble(Double::doubleValue).sum();
			assertThat(total).as("%s", w).isCloseTo(4000, within(1e-6));
		}
	}

	@Test
	void olderDeprivedAndAssetPoorAreasScoreHigherOnTheirOwnTerm() {
		Map<String, Double> older = NeedModel.needs(AREAS, new NeedWeights(0, 1, 0, 0));
		assertThat(older.get("B")).isGreaterThan(older.get("A"));
		Map<String, Double> deprived = NeedModel.needs(AREAS, new NeedWeights(0, 0, 1, 0));
		assertThat(deprived.get("A")).isGreaterThan(deprived.get("B"));
		assertThat(deprived.get("B")).isZero();
		Map<String, Double> scarce = NeedModel.needs(AREAS, new NeedWeights(0, 0, 0, 1));
		assertThat(scarce.get("A")).isGreaterThan(scarce.get("B") * 4);
	}

	@Test
	void weightsMustBeNonNegativeAndNotAllZero() {
		assertThatThrownBy(() -> new NeedWeights(0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new NeedWeights(1, -1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
	}

}
