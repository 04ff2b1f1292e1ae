package org.lacatlas.introduction;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.lacatlas.disclosure.DisclosureControl;
import org.springframework.beans.factory.annotation.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code demo} profile's introductions, all synthetic and marked so: the Thurrock
 * evaluation's first 16 weeks (June to September 2013) category by category, then a
 * history to September 2026 for the density map. Runs after the demo programme's posts
 * exist, once.
 *
 * <p>
 * The report counts 54 introductions, but its categories (13 + 17 + 15 + 0 + 3 + 5) add
 * up to 53; the demo keeps the categories, so it holds 53. No postcode sector lies even
 * 55 % inside one of the three 2013 patches, so the in-patch introductions are recorded
 * as 250 m grid cells lying wholly inside the patch, and the out-of-area ones as sectors
 * lying wholly outside every patch.
 */
@Component
@Profile("demo")
@Order(20)
class DemoIntroductions implements ApplicationRunner {

	static final long SEED = 2013;

	static final String EVALUATION_NOTE = "Synthetic, not real people: reproduces the categories reported by the "
			+ "Thurrock Local Area Coordination evaluation for June to September 2013.";

	static final String HISTORY_NOTE = "Synthetic, not real people: a history from October 2013 to September 2026 "
			+ "for the demo's density map, denser where more residents are older or deprived.";

	/** The evaluation's patches, by the demo programme's post names, and their counts. */
	static final Map<String, Integer> EVALUATION_PATCHES = Map.of("Stanford-le-Hope and Corringham", 13,
			"Grays Riverside", 17, "South Ockendon", 15);

	static final int WORKED_WITH = 5;

	private static final Logger log = LoggerFactory.getLogger(DemoIntroductions.class);

	private final DemoRepository demo;

	private final Introductions introductions;

	private final String council;

	DemoIntroductions(DemoRepository demo, Introductions introductions,
			@Value("${lacatlas.demo.council}") String council) {
		this.demo = demo;
		this.introductions = introductions;
		this.council = council;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!"E06000034".equals(council) || demo.hasDemoIntroductions(council)) {
			return;
		}
		List<DemoRepository.Post> posts = demo.posts(council)
			.stream()
			.filter(p -> EVALUATION_PATCHES.containsKey(p.name()))
			.toList();
		List<String> outOfArea = demo.sectorsOutOfArea(council);
		if (posts.size() != EVALUATION_PATCHES.size() || outOfArea.size() < 2) {
			log.warn("Demo introductions skipped: the 2013 posts or out-of-area sectors are not there");
			return;
		}
		Random random = new Random(SEED);
		var synthetic = new SyntheticIntroductions(random);
		var places = new SyntheticIntroductions.Places(
				posts.stream().map(p -> demo.cellsWhollyIn(council, p.neighbourhoodId())).toList(),
				posts.stream().map(p -> EVALUATION_PATCHES.get(p.name())).toList(),
				outOfArea.subList(0, Math.min(WORKED_WITH, outOfArea.size() - 1)),
				outOfArea.subList(Math.min(WORKED_WITH, outOfArea.size() - 1), outOfArea.size()));
		int evaluation = introductions
			.recordSynthetic(council, synthetic.evaluation(places), EVALUATION_NOTE, keys(random))
			.size();
		List<NewIntroduction> history = synthetic.history(YearMonth.of(2013, 10), YearMonth.of(2026, 9),
				demo.areas(council), byArea(demo.populatedCells(council), DemoRepository.Cell::smallArea),
				byArea(demo.sectorShares(council), DemoRepository.SectorShare::smallArea));
		introductions.recordSynthetic(council, history, HISTORY_NOTE, keys(random));
		log.info("Demo introductions (synthetic): {} for June to September 2013 and {} from October 2013", evaluation,
				history.size());
	}

	private static java.util.function.IntSupplier keys(Random random) {
		return () -> random.nextInt(DisclosureControl.RECORD_KEY_SPACE);
	}

	private static <T> Map<String, List<T>> byArea(List<T> items, java.util.function.Function<T, String> area) {
		return items.stream().collect(Collectors.groupingBy(area, Collectors.toCollection(ArrayList::new)));
	}

}
