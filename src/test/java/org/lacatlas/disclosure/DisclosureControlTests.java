package org.lacatlas.disclosure;

import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link DisclosureControl}: small counts suppressed, and counts one person's records
 * would decide; the rest rounded to a multiple of k the same way every time for the same
 * records, without bias; tables whose small parts could be counted shown whole.
 */
class DisclosureControlTests {

	private final DisclosureControl five = new DisclosureControl(new DisclosureProperties(5));

	@ParameterizedTest(name = "{0} is suppressed")
	@CsvSource({ "1", "2", "3", "4" })
	void aCountAboveZeroAndBelowKIsSuppressed(long count) {
		for (long key = 0; key < 1000; key += 37) {
			assertThat(five.count(count, key, count).text()).isEqualTo("<5");
		}
	}

	@Test
	void zeroIsPublishedAsZero() {
		assertThat(five.count(0, 123, 0).value()).isZero();
		assertThat(five.count(0, 0, 0).isSuppressed()).isFalse();
	}

	@ParameterizedTest(name = "{0} rounds to {1} or {2}")
	@CsvSource({ "5, 5, 5", "6, 5, 10", "9, 5, 10", "13, 10, 15", "17, 15, 20", "15, 15, 15", "12, 10, 15",
			"100, 100, 100" })
	void everyOtherCountIsRoundedToANeighbouringMultipleOfK(long count, long down, long up) {
		Random keys = new Random(1);
		for (int i = 0; i < 200; i++) {
			long published = five.count(count, keys.nextInt(DisclosureControl.RECORD_KEY_SPACE), count).value();
			assertThat(published).isIn(down, up);
			assertThat(published % 5).isZero();
		}
	}

	/**
	 * One person recorded 1 to 4 and everyone else 1 to 4, together 5 or more: that
	 * person would learn from the figure crossing 5 how many the others hold.
	 */
	@ParameterizedTest(name = "{0} of which one person recorded {1} is suppressed")
	@CsvSource({ "5, 4", "6, 3", "7, 3", "8, 4", "5, 1", "6, 2" })
	void aCountOnePersonsFewRecordsWouldLiftOverKIsSuppressed(long count, long byOne) {
		for (long key = 0; key < 5000; key += 113) {
			assertThat(five.count(count, key, byOne).text()).isEqualTo("<5");
		}
	}

	@ParameterizedTest(name = "{0} of which one person recorded {1} is published")
	@CsvSource({ "13, 13", "10, 5", "9, 5", "20, 15", "9, 4", "15, 13", "104, 100", "6, 1", "53, 53" })
	void aCountNoOnePersonCouldLiftOverKIsRounded(long count, long byOne) {
		assertThat(five.count(count, 4321, byOne).isSuppressed()).isFalse();
	}

	/**
	 * Whatever a recorder adds to a cell (1 to 12 of their own, the others being another
	 * person's), no published figure singles out how many others there are when they are
	 * 1 to 4: every figure that 1 to 4 others can give, another number of others can give
	 * too. With fewer than 5 of their own, the figure is "&lt;5" for any others up to 4.
	 */
	@Test
	void whatARecorderAddsNeverSinglesOutOthersFromOneToFour() {
		Random keys = new Random(11);
		for (int own = 1; own <= 12; own++) {
			java.util.Map<String, java.util.Set<Integer>> othersGiving = new java.util.HashMap<>();
			for (int others = 0; others <= 15; others++) {
				for (int i = 0; i < 400; i++) {
					int key = keys.nextInt(DisclosureControl.RECORD_KEY_SPACE);
					String published = five.count(own + others, key, Math.max(own, others)).text();
					othersGiving.computeIfAbsent(published, p -> new java.util.TreeSet<>()).add(others);
					if (own < 5 && others < 5) {
						assertThat(published).as(own + " + " + others).isEqualTo("<5");
					}
				}
			}
			for (var given : othersGiving.entrySet()) {
				Set<Integer> others = given.getValue();
				assertThat(others.size() == 1 && others.iterator().next() >= 1 && others.iterator().next() <= 4)
					.as("%d of their own and %s published: others %s", own, given.getKey(), others)
					.isFalse();
			}
		}
	}

	@Test
	void theSameRecordsRoundTheSameWayEveryTime() {
		for (long key = 0; key < 5000; key += 113) {
			assertThat(five.count(13, key, 13)).isEqualTo(five.count(13, key, 13));
		}
	}

	@Test
	void roundingIsUnbiasedOverRecordKeys() {
		Random keys = new Random(7);
		double sum = 0;
		int n = 20_000;
		for (int i = 0; i < n; i++) {
			sum += five.count(13, keys.nextInt(DisclosureControl.RECORD_KEY_SPACE), 13).value();
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

	/**
	 * Four parts "&lt;5" beside a total "&lt;5" would say the total is 4 and each part 1:
	 * such a table shows every small part, zeros too, as "&lt;5".
	 */
	@Test
	void aTableWhoseSmallPartsCouldBeCountedAgainstItsTotalShowsThemAllAsSuppressed() {
		SuppressedCount small = SuppressedCount.suppressed(5);
		SuppressedCount none = SuppressedCount.of(0, 5);
		assertThat(five.protect(small, java.util.List.of(small, small, none, small, small)))
			.allMatch(SuppressedCount::isSuppressed);
		// 25 stands for 21 to 29: fourteen parts of 1 or more and two of 10 (6 or more)
		// leave too little room
		var parts = new java.util.ArrayList<SuppressedCount>(java.util.Collections.nCopies(14, small));
		parts.add(SuppressedCount.of(10, 5));
		parts.add(SuppressedCount.of(10, 5));
		parts.add(none);
		assertThat(five.protect(SuppressedCount.of(25, 5), parts)).extracting(SuppressedCount::text)
			.containsOnly("<5", "10");
		// the same parts beside 50 (46 to 54) leave room: shown as they are
		assertThat(five.protect(SuppressedCount.of(50, 5), parts)).isEqualTo(parts);
	}

	/**
	 * Needs overlap (an introduction may have two) but cover every introduction: beside a
	 * whole of 10 (6 to 14), two "&lt;5" needs and zeros elsewhere would each hold at
	 * least 2, so every need below 5 is "&lt;5"; beside 5 (5 to 9) with a need of 10 (6
	 * or more) there is room, and the zeros stay 0.
	 */
	@Test
	void overlappingPartsThatCouldBeNarrowedFromBelowShowAsSuppressed() {
		SuppressedCount small = SuppressedCount.suppressed(5);
		SuppressedCount none = SuppressedCount.of(0, 5);
		assertThat(five.protectCovering(SuppressedCount.of(10, 5), java.util.List.of(small, small, none, none)))
			.allMatch(SuppressedCount::isSuppressed);
		var roomy = java.util.List.of(SuppressedCount.of(10, 5), small, none);
		assertThat(five.protectCovering(SuppressedCount.of(5, 5), roomy)).isEqualTo(roomy);
		// parts adding up to more than the whole are what needs do: nothing is withheld
		// for that
		var many = java.util.List.of(SuppressedCount.of(35, 5), SuppressedCount.of(10, 5), small, none);
		assertThat(five.protectCovering(SuppressedCount.of(20, 5), many)).isEqualTo(many);
		// where protect, which takes parts as disjoint, would withhold them all
		assertThat(five.protect(SuppressedCount.of(20, 5), many)).extracting(SuppressedCount::text)
			.containsExactly("35", "10", "<5", "<5");
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
			.run(context -> assertThat(context.getBean(DisclosureControl.class).count(7, 0, 7).text())
				.isEqualTo("<10"));
	}

	private long publishedNumber(int count, long key) {
		SuppressedCount published = five.count(count, key, count);
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
