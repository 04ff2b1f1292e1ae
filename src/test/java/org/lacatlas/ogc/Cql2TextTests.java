package org.lacatlas.ogc;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Basic CQL2 text to SQL: structure kept, every value a parameter, mistakes located. */
class Cql2TextTests {

	private static final FeatureCollections.Collection AREAS = FeatureCollections.SMALL_AREAS;

	@Test
	void valuesBecomeParametersNeverText() {
		Condition c = Cql2Text.parse(AREAS, "name = 'x''; DROP TABLE small_area; --' AND residents > 10");
		assertThat(c.sql()).isEqualTo("((src.\"name\" = :c1) AND (src.\"residents\" > :c2))").doesNotContain("DROP");
		assertThat(c.params()).containsEntry("c1", "x'; DROP TABLE small_area; --")
			.containsEntry("c2", new BigDecimal("10"));
	}

	@Test
	void precedenceIsNotThenAndThenOrAndKeywordsIgnoreCase() {
		Condition c = Cql2Text.parse(AREAS, "imdDecile = 1 or not imdDecile = 2 and residents < 5");
		assertThat(c.sql()).isEqualTo(
				"((src.\"imdDecile\" = :c1) OR ((NOT (src.\"imdDecile\" = :c2)) AND (src.\"residents\" < :c3)))");
	}

	@Test
	void mistakesSayWhere() {
		assertThatThrownBy(() -> Cql2Text.parse(AREAS, "residents >> 5")).hasMessageContaining("character 12");
		assertThatThrownBy(() -> Cql2Text.parse(AREAS, "wardCode = 5")).hasMessageContaining("string with a number");
		assertThatThrownBy(() -> Cql2Text.parse(AREAS, "(".repeat(100) + "residents > 1" + ")".repeat(100)))
			.hasMessageContaining("nests deeper");
		assertThatThrownBy(() -> Cql2Text.parse(AREAS, "residents > DATE('2024-13-01')"))
			.hasMessageContaining("is not a date");
	}

}
