package org.lacatlas.introduction;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link CoarseLocation}: nothing finer than a postcode sector or a 250 m cell can exist.
 */
class IntroductionCoarseLocationTests {

	@ParameterizedTest(name = "\"{0}\" is sector {1}")
	@CsvSource({ "RM17 6, RM17 6", "rm17 6, RM17 6", "' RM17  6 ', RM17 6", "SS17 0, SS17 0", "E1 6, E1 6",
			"EC1A 1, EC1A 1", "CM13 3, CM13 3" })
	void sectorsAreWrittenOneWay(String given, String code) {
		assertThat(CoarseLocation.of(given).code()).isEqualTo(code);
	}

	@ParameterizedTest(name = "full postcode \"{0}\" is refused")
	@ValueSource(strings = { "RM17 6NB", "rm17 6nb", "RM176NB", "SS17 0AB", "EC1A 1BB" })
	void aFullPostcodeIsRefusedWithoutRepeatingIt(String postcode) {
		assertThatIllegalArgumentException().isThrownBy(() -> CoarseLocation.of(postcode))
			.withMessageContaining("full postcode is too precise")
			.withMessageNotContaining(postcode.substring(postcode.length() - 2));
	}

	@ParameterizedTest(name = "\"{0}\" is not a sector")
	@ValueSource(strings = { "", "RM17", "RM176", "RM17 66", "Grays", "17 6", "RM17-6" })
	void anythingElseIsNotASector(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> CoarseLocation.of(text));
	}

	@ParameterizedTest(name = "{0} m cell at {1}, {2}")
	@CsvSource({ "250, 561250, 178000", "500, 561000, 178500", "1000, 561000, 178000", "10000, 560000, 170000" })
	void gridCellsOfAtLeast250mAlignedToTheirSize(int size, int easting, int northing) {
		var cell = CoarseLocation.of(size, easting, northing);
		assertThat(cell.size()).isEqualTo(size);
	}

	@ParameterizedTest(name = "{0} m cell at {1}, {2} is refused")
	@CsvSource({ "100, 561200, 178000", "249, 561250, 178000", "300, 561300, 178200", "250, 561251, 178000",
			"250, 561250, 178010", "500, 561250, 178000", "20000, 560000, 160000", "250, -250, 178000" })
	void smallerOrMisalignedCellsAreRefused(int size, int easting, int northing) {
		assertThatIllegalArgumentException().isThrownBy(() -> CoarseLocation.of(size, easting, northing));
	}

}
