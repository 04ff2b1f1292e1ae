package org.lacatlas.disclosure;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link DisclosureControl}: small counts suppressed, the rest rounded to a multiple of k
 * the same way every time for the same records, without bias.
 */
class DisclosureControlTests {

	private final DisclosureControl five = new DisclosureControl(new DisclosureProperties(5));

	@ParameterizedTest(name = "{0} is suppressed")
	@CsvSource({ "1", "2", "3", "4", "4.99", "0.5", "0.7" })
	void aCountAboveZeroAndBelowKIsSuppressed(double count) {
		for (long key = 0; key < 1000; key += 37) {
			assertThat(five.count(count, key).text()).isEqualTo("<5");
		}
	}

	@Test
	void zeroAndCrumbsOfApportionedAreasArePublishedAsZero() {
		assertThat(five.count(0, 123).value()).isZero();
		assertThat(five.count(0.004, 123).value()).isZero();
		assertThat(five.count(0.49, 123).value()).isZero();
	}

	@ParameterizedTest(name = "{0} rounds to {1} or {2}")
	@CsvSource({ "5, 5, 5", "6, 5, 10", "9, 5, 10", "13, 10, 15", "17, 15, 20", "15, 15, 15", "12.4, 10, 15",
			"100, 100, 100" })
	void everyOtherCountIsRoundedToANeighbouringMultipleOfK(double count, long down, long up) {
		Random keys = new Random(1);
		for (int i = 0; i < 200; i++) {
			long published = five.count(count, keys.nextInt(DisclosureControl.RECORD_KEY_SPACE)).value();
			assertThat(published).isIn(down, up);
			assertThat(published % 5).isZero();
		}
	}

	@Test
	void theSameRecordsRoundTheSameWayEveryTime() {
		for (long key = 0; key < 5000; key += 113) {
			assertThat(five.count(13, key)).isEqualTo(five.count(13, key));
		}
	}

	@Test
	void roundingIsUnbiasedOverRecordKeys() {
		Random keys = new Random(7);
		double sum = 0;
		int n = 20_000;
		for (int i = 0; i < n; i++) {
			sum += five.count(13, keys.nextInt(DisclosureControl.RECORD_KEY_SPACE)).value();
		}
		assertThat(sum / n).isBetween(12.8, 13.2);
	}

	@Test
	void anySumOrDifferenceOfPublishedCountsIsAMultipleOfKSoNeverOneToKMinusOne() {
		Random random = new Random(3);
		for (int i = 0; i < 2000; i++) {
			long a = publishedNumber(random.nextInt(60), random.nextInt());
			long b = publishedNumber(random.nextInt(60), random.nextInt());
			assertThat(Math.abs(a - b) % 5).isZero();
			assertThat((a + b) % 5).isZero();
		}
	}

	@Test
	void ratesComeFromThePublishedCountAndAreSuppressedWithIt() {
		assertThat(five.ratePer1000(SuppressedCount.of(15, 5), 9217)).isEqualTo(1.63);
		assertThat(five.ratePer1000(SuppressedCount.suppressed(5), 9217)).isNull();
		assertThat(five.ratePer1000(SuppressedCount.of(0, 5), 9217)).isZero();
		assertThat(five.ratePer1000(SuppressedCount.of(10, 5), 0)).isNull();
	}

	@Test
	void recordKeysFallInTheKeySpace() {
		for (int i = 0; i < 1000; i++) {
			assertThat(five.newRecordKey()).isBetween(0, DisclosureControl.RECORD_KEY_SPACE - 1);
		}
	}

	@Test
	void kBelowThreeIsRefusedAndTheAppDoesNotStart() {
		assertThatIllegalArgumentException().isThrownBy(() -> new DisclosureProperties(2));
		new ApplicationContextRunner().withUserConfiguration(WithDisclosure.class)
			.withPropertyValues("lacatlas.disclosure.k=2")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("lacatlas.disclosure.k is 2, but it must be at least 3"));
		new ApplicationContextRunner().withUserConfiguration(WithDisclosure.class)
			.run(context -> assertThat(context.getBean(DisclosureControl.class).k()).isEqualTo(5));
		new ApplicationContextRunner().withUserConfiguration(WithDisclosure.class)
			.withPropertyValues("lacatlas.disclosure.k=10")
			.run(context -> assertThat(context.getBean(DisclosureControl.class).count(7, 0).text()).isEqualTo("<10"));
	}

	private long publishedNumber(int count, long key) {
		SuppressedCount published = five.count(count, key);
		return published.isSuppressed() ? 0 : published.value();
	}

	@Configuration
	@EnableConfigurationProperties(DisclosureProperties.class)
	static class WithDisclosure {

		@org.springframework.context.annotation.Bean
		DisclosureControl disclosureControl(DisclosureProperties properties) {
			return new DisclosureControl(properties);
		}

	}

}
