package org.lacatlas.disclosure;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** {@link SuppressedCount}: a count from 1 to k−1 cannot be published, in any form. */
class DisclosureCountTests {

	private final ObjectMapper json = new ObjectMapper();

	@ParameterizedTest(name = "{0} under k = {1} is published as {2}")
	@CsvSource({ "0, 5, 0", "1, 5, \"<5\"", "4, 5, \"<5\"", "5, 5, 5", "6, 5, 6", "2, 3, \"<3\"", "3, 3, 3",
			"9, 10, \"<10\"", "10, 10, 10", "1234, 5, 1234" })
	void countsFromOneToKMinusOneAreSuppressedInJson(long n, int k, String expected) throws Exception {
		assertThat(json.writeValueAsString(SuppressedCount.of(n, k))).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} under k = {1} reads {2}")
	@CsvSource({ "0, 5, 0", "3, 5, <5", "5, 5, 5", "2, 4, <4" })
	void textIsWhatCsvAndPagesShow(long n, int k, String expected) {
		assertThat(SuppressedCount.of(n, k).text()).isEqualTo(expected);
		assertThat(SuppressedCount.of(n, k).isSuppressed()).isEqualTo(n > 0 && n < k);
	}

	@ParameterizedTest(name = "{0} cannot be held under k = {1}")
	@CsvSource({ "1, 5", "4, 5", "2, 3", "-1, 5" })
	void aSmallOrNegativeNumberCannotBeHeldAtAll(long value, int k) {
		assertThatIllegalArgumentException().isThrownBy(() -> new SuppressedCount(value, k));
	}

	@Test
	void kBelowThreeIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> SuppressedCount.of(10, 2));
		assertThatIllegalArgumentException().isThrownBy(() -> SuppressedCount.suppressed(1));
	}

	@Test
	void negativeCountsAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> SuppressedCount.of(-3, 5));
	}

}
