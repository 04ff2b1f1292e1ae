package org.lacatlas.introduction;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.ToDoubleFunction;

import org.lacatlas.introduction.DemoRepository.Area;
import org.lacatlas.introduction.DemoRepository.Cell;
import org.lacatlas.introduction.DemoRepository.SectorShare;

import static org.lacatlas.introduction.AgeBand.AGE_25_44;
import static org.lacatlas.introduction.AgeBand.AGE_45_64;
import static org.lacatlas.introduction.AgeBand.AGE_65_74;
import static org.lacatlas.introduction.AgeBand.AGE_75_84;
import static org.lacatlas.introduction.AgeBand.AGE_85_PLUS;
import static org.lacatlas.introduction.Need.LEARNING_DISABILITY;
import static org.lacatlas.introduction.Need.MENTAL_HEALTH;
import static org.lacatlas.introduction.Need.OLDER_PERSON;
import static org.lacatlas.introduction.Need.OTHER;
import static org.lacatlas.introduction.Need.PHYSICAL_DISABILITY;
import static org.lacatlas.introduction.Need.SENSORY_IMPAIRMENT;

/**
 * Synthetic introductions, all from one seeded {@link Random}, so the demo is the same
 * every run. No real person is behind any of them.
 */
final class SyntheticIntroductions {

	/** Someone's recorded attributes, before a place and a day are chosen. */
	record Person(AgeBand age, List<Need> needs, int level) {
	}

	/**
	 * Where the 2013 evaluation's introductions went (Stanford-le-Hope, Grays, South
	 * Ockendon).
	 */
	record Places(List<List<Cell>> patchCells, List<Integer> patchCounts, List<String> workedWithSectors,
			List<String> notAllocatedSectors) {
	}

	static final LocalDate EVALUATION_START = LocalDate.of(2013, 6, 3);

	static final int EVALUATION_DAYS = 16 * 7;

	/** The evaluation's sources: 53 in all. */
	private static final int[] SOURCE_COUNTS = { 14, 10, 5, 8, 3, 6, 6, 1 };

	private final Random random;

	SyntheticIntroductions(Random random) {
		this.random = random;
	}

	/**
	 * The 50 people supported in 2013: ages 27 to 94, 15 on Level 2, and 62 needs
	 * recorded (12 people have two) in the report's shares: 8 % learning disability, 10 %
	 * mental health, 53 % older people, 18 % physical disability, 8 % sensory impairment,
	 * 3 % other.
	 */
	static List<Person> supported2013() {
		List<Person> people = new ArrayList<>();
		add(people, 3, AGE_85_PLUS, 2, OLDER_PERSON);
		add(people, 6, AGE_85_PLUS, 1, OLDER_PERSON);
		add(people, 10, AGE_75_84, 1, OLDER_PERSON);
		add(people, 3, AGE_65_74, 1, OLDER_PERSON);
		add(people, 3, AGE_75_84, 1, OLDER_PERSON, SENSORY_IMPAIRMENT);
		add(people, 2, AGE_65_74, 1, OLDER_PERSON, SENSORY_IMPAIRMENT);
		add(people, 3, AGE_65_74, 2, OLDER_PERSON, PHYSICAL_DISABILITY);
		add(people, 1, AGE_75_84, 1, OLDER_PERSON, PHYSICAL_DISABILITY);
		add(people, 2, AGE_65_74, 1, OLDER_PERSON, PHYSICAL_DISABILITY);
		add(people, 3, AGE_45_64, 1, PHYSICAL_DISABILITY);
		add(people, 1, AGE_65_74, 1, PHYSICAL_DISABILITY);
		add(people, 1, AGE_75_84, 1, PHYSICAL_DISABILITY);
		add(people, 3, AGE_25_44, 2, LEARNING_DISABILITY);
		add(people, 2, AGE_45_64, 2, LEARNING_DISABILITY);
		add(people, 1, AGE_25_44, 2, MENTAL_HEALTH);
		add(people, 3, AGE_45_64, 2, MENTAL_HEALTH);
		add(people, 1, AGE_45_64, 1, MENTAL_HEALTH);
		add(people, 1, AGE_25_44, 1, MENTAL_HEALTH, OTHER);
		add(people, 1, AGE_25_44, 1, OTHER);
		return people;
	}

	/** The three out of area and not allocated, so not supported: Level 1. */
	static List<Person> notAllocated2013() {
		return List.of(new Person(AGE_65_74, List.of(OLDER_PERSON), 1),
				new Person(AGE_45_64, List.of(MENTAL_HEALTH), 1), new Person(AGE_45_64, List.of(OTHER), 1));
	}

	/**
	 * The evaluation's first 16 weeks as far as its categories go: so many in each patch,
	 * 5 out of area but worked with, 3 out of area and not allocated.
	 */
	List<NewIntroduction> evaluation(Places places) {
		List<Person> people = new ArrayList<>(supported2013());
		Collections.shuffle(people, random);
		List<Source> sources = new ArrayList<>();
		for (int s = 0; s < SOURCE_COUNTS.length; s++) {
			sources.addAll(Collections.nCopies(SOURCE_COUNTS[s], Source.values()[s]));
		}
		Collections.shuffle(sources, random);
		List<NewIntroduction> rows = new ArrayList<>();
		int next = 0;
		for (int p = 0; p < places.patchCells().size(); p++) {
			List<Cell> cells = places.patchCells().get(p);
			for (int n = 0; n < places.patchCounts().get(p); n++) {
				Cell cell = cells.get(random.nextInt(cells.size()));
				rows.add(introduction(people.get(next++), sources.get(rows.size()),
						CoarseLocation.of(DemoRepository.CELL, cell.easting(), cell.northing()), false, day2013()));
			}
		}
		for (int n = 0; next < people.size(); n++) {
			String sector = places.workedWithSectors().get(n % places.workedWithSectors().size());
			rows.add(introduction(people.get(next++), sources.get(rows.size()), CoarseLocation.of(sector), true,
					day2013()));
		}
		List<Person> unallocated = notAllocated2013();
		for (int n = 0; n < unallocated.size(); n++) {
			String sector = places.notAllocatedSectors().get(n % places.notAllocatedSectors().size());
			rows.add(introduction(unallocated.get(n), sources.get(rows.size()), CoarseLocation.of(sector), false,
					day2013()));
		}
		return rows;
	}

	/**
	 * A history from {@code from} to {@code to}: 12 a month at first, growing to about
	 * 28, placed by small area in proportion to residents, more where more are 65 or over
	 * and where deprivation is higher; 60 % as a 250 m cell, the rest as the sector.
	 */
	List<NewIntroduction> history(YearMonth from, YearMonth to, List<Area> areas, Map<String, List<Cell>> cells,
			Map<String, List<SectorShare>> sectors) {
		List<NewIntroduction> rows = new ArrayList<>();
		long months = from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1;
		for (int m = 0; m < months; m++) {
			YearMonth month = from.plusMonths(m);
			int count = (int) Math.round(12 + 16.0 * m / months + random.nextGaussian() * 3);
			for (int n = 0; n < count; n++) {
				Area area = pick(areas, SyntheticIntroductions::weight);
				Person person = person(area);
				CoarseLocation location = location(cells.getOrDefault(area.code(), List.of()),
						sectors.getOrDefault(area.code(), List.of()));
				LocalDate day = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
				rows.add(introduction(person, pick(List.of(Source.values()), s -> sourceWeight(s)), location, false,
						day));
			}
		}
		return rows;
	}

	/**
	 * Likelier with more residents, more of them 65+, and deeper deprivation (decile 1).
	 */
	static double weight(Area area) {
		double older = area.residents() == 0 ? 0 : (double) area.residents65Plus() / area.residents();
		int decile = area.imdDecile() == null ? 5 : area.imdDecile();
		return area.residents() * (1 + 4 * older) * (0.3 + (11 - decile) / 5.0);
	}

	private Person person(Area area) {
		double older = area.residents() == 0 ? 0.15 : (double) area.residents65Plus() / area.residents();
		boolean over65 = random.nextDouble() < 0.3 + 1.5 * older;
		AgeBand age = over65 ? List.of(AGE_65_74, AGE_75_84, AGE_85_PLUS).get(random.nextInt(3))
				: List.of(AgeBand.AGE_18_24, AGE_25_44, AGE_45_64).get(random.nextInt(3));
		List<Need> needs = new ArrayList<>();
		needs.add(over65 && random.nextDouble() < 0.85 ? OLDER_PERSON
				: pick(List.of(Need.values()), n -> n == OLDER_PERSON ? 0 : n == Need.CARER ? 1 : 2));
		if (random.nextDouble() < 0.25) {
			Need second = pick(List.of(Need.values()), n -> n == OLDER_PERSON ? 0 : 1);
			if (!needs.contains(second)) {
				needs.add(second);
			}
		}
		return new Person(age, needs, random.nextDouble() < 0.3 ? 2 : 1);
	}

	private CoarseLocation location(List<Cell> cells, List<SectorShare> sectors) {
		if (!cells.isEmpty() && (sectors.isEmpty() || random.nextDouble() < 0.6)) {
			Cell cell = cells.get(random.nextInt(cells.size()));
			return CoarseLocation.of(DemoRepository.CELL, cell.easting(), cell.northing());
		}
		return CoarseLocation.of(pick(sectors, SectorShare::postcodes).sector());
	}

	private static double sourceWeight(Source source) {
		return SOURCE_COUNTS[source.ordinal()];
	}

	private LocalDate day2013() {
		return EVALUATION_START.plusDays(random.nextInt(EVALUATION_DAYS));
	}

	private <T> T pick(List<T> items, ToDoubleFunction<T> weight) {
		double total = items.stream().mapToDouble(weight).sum();
		double target = random.nextDouble() * total;
		for (T item : items) {
			target -= weight.applyAsDouble(item);
			if (target < 0) {
				return item;
			}
		}
		return items.get(items.size() - 1);
	}

	private static NewIntroduction introduction(Person person, Source source, CoarseLocation location,
			boolean workedWith, LocalDate day) {
		return new NewIntroduction(day, source, person.level(), person.age(), person.needs(), location, workedWith);
	}

	private static void add(List<Person> people, int count, AgeBand age, int level, Need... needs) {
		for (int i = 0; i < count; i++) {
			people.add(new Person(age, List.of(needs), level));
		}
	}

}
