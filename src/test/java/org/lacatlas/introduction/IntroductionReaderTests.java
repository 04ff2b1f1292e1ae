package org.lacatlas.introduction;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What a coordinator sends: unknown fields refused by name with a reason, values checked,
 * and no message ever repeats a value sent.
 */
class IntroductionReaderTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

	static final String VALID = """
			{"date": "2013-06-12", "source": "GP_PRACTICE_MDT", "level": 2, "ageBand": "75-84",
			 "needs": ["OLDER_PERSON", "SENSORY_IMPAIRMENT"], "sector": "rm17 6", "workedWithOutOfArea": false}""";

	private final IntroductionReader reader = new IntroductionReader(new ObjectMapper());

	@Test
	void readsAValidIntroduction() {
		NewIntroduction introduction = reader.fromJson(VALID, TODAY);
		assertThat(introduction.location()).isEqualTo(CoarseLocation.of("RM17 6"));
		assertThat(introduction.needs()).containsExactly(Need.OLDER_PERSON, Need.SENSORY_IMPAIRMENT);
		assertThat(introduction.ageBand()).isEqualTo(AgeBand.AGE_75_84);
		assertThat(introduction.level()).isEqualTo(2);
	}

	@Test
	void readsAGridCell() {
		NewIntroduction introduction = reader.fromJson(VALID.replace("\"sector\": \"rm17 6\"",
				"\"gridCell\": {\"size\": 250, \"easting\": 561250, \"northing\": 178000}"), TODAY);
		assertThat(introduction.location()).isEqualTo(CoarseLocation.of(250, 561250, 178000));
	}

	@ParameterizedTest(name = "{0} is refused: {2}")
	@CsvSource(delimiter = '|', value = { "\"name\": \"Jane Doe\"|name|name is never recorded",
			"\"firstName\": \"Jane\"|firstName|name is never recorded",
			"\"address\": \"12 Orsett Road\"|address|address is never recorded",
			"\"postcode\": \"RM17 6NB\"|postcode|full postcode is never recorded",
			"\"dateOfBirth\": \"1931-02-03\"|dateOfBirth|date of birth",
			"\"lat\": 51.47|lat|coordinates are never recorded", "\"lon\": 0.32|lon|coordinates are never recorded",
			"\"easting\": 561234|easting|coordinates are never recorded",
			"\"notes\": \"lives alone, daughter visits\"|notes|Free text about a person",
			"\"gender\": \"F\"|gender|not recorded", "\"favouriteColour\": \"blue\"|favouriteColour|not a field" })
	void unknownFieldsAreRefusedByNameWithAReason(String field, String name, String reason) {
		String body = VALID.replace("}", ", " + field + "}").replace("}, \"sector", "}, \"sector");
		IntroductionRefused refused = catchThrowableOfType(IntroductionRefused.class,
				() -> reader.fromJson(VALID.substring(0, VALID.length() - 1) + ", " + field + "}", TODAY));
		assertThat(refused.problems().get(0).field()).isEqualTo(name);
		assertThat(refused.getMessage()).contains(reason);
		String value = field.substring(field.indexOf(':') + 1).replace("\"", "").strip();
		assertThat(refused.getMessage()).doesNotContain(value);
		assertThat(body).isNotNull();
	}

	@Test
	void aFullPostcodeInTheSectorFieldIsRefusedWithoutRepeatingIt() {
		IntroductionRefused refused = catchThrowableOfType(IntroductionRefused.class,
				() -> reader.fromJson(VALID.replace("rm17 6", "RM17 6NB"), TODAY));
		assertThat(refused.problems().get(0).field()).isEqualTo("sector");
		assertThat(refused.getMessage()).contains("full postcode is too precise").doesNotContain("6NB");
	}

	@Test
	void coordinatesInsteadOfAGridCellAreRefused() {
		IntroductionRefused refused = catchThrowableOfType(IntroductionRefused.class,
				() -> reader.fromJson(VALID.replace("\"sector\": \"rm17 6\"",
						"\"gridCell\": {\"size\": 250, \"easting\": 561250, \"northing\": 178000, \"lat\": 51.4}"),
						TODAY));
		assertThat(refused.problems().get(0).field()).isEqualTo("gridCell.lat");
	}

	@Test
	void everyBadValueIsNamedAndNoneIsRepeated() {
		String body = """
				{"date": "12/06/2013", "source": "Mrs Smith's daughter", "level": 3, "ageBand": "82",
				 "needs": ["OLDER_PERSON", "lonely"], "gridCell": {"size": 100, "easting": 561234, "northing": 178000}}""";
		IntroductionRefused refused = catchThrowableOfType(IntroductionRefused.class,
				() -> reader.fromJson(body, TODAY));
		assertThat(refused.problems()).extracting(IntroductionRefused.Problem::field)
			.containsExactlyInAnyOrder("date", "source", "ageBand", "needs", "level", "gridCell");
		String all = refused.problems().toString();
		for (String sent : List.of("12/06/2013", "Smith", "82", "lonely", "561234")) {
			assertThat(all).doesNotContain(sent);
		}
	}

	@Test
	void theLocationIsExactlyOneOfSectorAndGridCell() {
		IntroductionRefused both = catchThrowableOfType(IntroductionRefused.class,
				() -> reader.fromJson(
						VALID.replace("}",
								", \"gridCell\": {\"size\": 250, \"easting\": 561250, " + "\"northing\": 178000}}"),
						TODAY));
		assertThat(both.problems().get(0).field()).isEqualTo("sector");
		IntroductionRefused neither = catchThrowableOfType(IntroductionRefused.class,
				() -> reader.fromJson(VALID.replace("\"sector\": \"rm17 6\",", ""), TODAY));
		assertThat(neither.problems().get(0).field()).isEqualTo("sector");
	}

	@Test
	void futureDatesRepeatedNeedsAndDuplicateFieldsAreRefused() {
		assertThat(catchThrowableOfType(IntroductionRefused.class,
				() -> reader.fromJson(VALID.replace("2013-06-12", "2027-01-01"), TODAY))
			.getMessage()).contains("future");
		assertThat(catchThrowableOfType(IntroductionRefused.class,
				() -> reader.fromJson(VALID.replace("SENSORY_IMPAIRMENT", "OLDER_PERSON"), TODAY))
			.problems()
			.get(0)
			.field()).isEqualTo("needs");
		assertThat(catchThrowableOfType(IntroductionRefused.class,
				() -> reader.fromJson(VALID.replace("\"level\": 2,", "\"level\": 2, \"level\": 1,"), TODAY)))
			.isNotNull();
	}

	@Test
	void notJsonIsRefusedWithoutQuotingIt() {
		IntroductionRefused refused = catchThrowableOfType(IntroductionRefused.class,
				() -> reader.fromJson("name=Jane Doe&postcode=RM17 6NB", TODAY));
		assertThat(refused.getMessage()).startsWith("The body is not a JSON object").doesNotContain("Jane");
	}

}
