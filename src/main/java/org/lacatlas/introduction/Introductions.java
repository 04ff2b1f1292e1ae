package org.lacatlas.introduction;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.function.IntSupplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.lacatlas.disclosure.DisclosureControl;
import org.lacatlas.introduction.IntroductionCsv.Line;
import org.lacatlas.introduction.IntroductionRepository.Kind;
import org.lacatlas.introduction.IntroductionRepository.Stored;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anonymised introductions: record them (one from the form, or a CSV file all or nothing)
 * and publish their aggregates. This module makes every published introduction figure,
 * through {@link DisclosureControl}, from released months only
 * ({@link IntroductionReleases}): its own summaries and density maps here, and the
 * figures of other modules' areas through {@link #inAreas}. No method returns an
 * introduction.
 */
@Service
public class Introductions {

	/**
	 * What a coordinator gets back on recording: an opaque id, the month whose release
	 * will count it, and where it is counted.
	 */
	public record Recorded(UUID id, YearMonth release, CountedIn countedIn) {
	}

	/**
	 * A CSV import: how many (the importer's own), the batch, and the months counting
	 * them.
	 */
	public record Imported(int imported, UUID batch, List<UUID> ids, List<YearMonth> releases) {
	}

	/**
	 * A postcode sector to choose from, with the town in it or the ward holding most of
	 * it.
	 */
	public record SectorChoice(String code, String label) {
	}

	private final IntroductionRepository introductions;

	private final IntroductionStore store;

	private final SummaryPublication summaries;

	private final StatisticsRepository statistics;

	private final DensityPublication densityPublication;

	private final IntroductionReleases releases;

	private final SectorRepository sectors;

	private final DisclosureControl disclosure;

	private final IntroductionReader reader;

	private final DensityGeoJson geoJson;

	private final Clock clock = Clock.systemDefaultZone();

	Introductions(IntroductionRepository introductions, IntroductionStore store, SummaryPublication summaries,
			StatisticsRepository statistics, DensityPublication densityPublication, IntroductionReleases releases,
			SectorRepository sectors, DisclosureControl disclosure, ObjectMapper json) {
		this.introductions = introductions;
		this.store = store;
		this.summaries = summaries;
		this.statistics = statistics;
		this.densityPublication = densityPublication;
		this.releases = releases;
		this.sectors = sectors;
		this.disclosure = disclosure;
		this.reader = new IntroductionReader(json);
		this.geoJson = new DensityGeoJson(json);
	}

	@Transactional
	public Recorded record(String authority, String json, String user) {
		NewIntroduction introduction = reader.fromJson(json, LocalDate.now(clock));
		Stored stored = store
			.save(authority, List.of(new Line(null, introduction)), Kind.FORM, "Recorded with the form", user, false,
					disclosure::newRecordKey, disclosure::newRecordKey)
			.introductions()
			.get(0);
		return new Recorded(stored.publicId(), YearMonth.from(stored.releaseMonth()),
				introductions.countedIn(stored.id()));
	}

	@Transactional
	public Imported importCsv(String authority, String csv, String user) {
		List<Line> lines = IntroductionCsv.read(csv, LocalDate.now(clock));
		var saved = store.save(authority, lines, Kind.IMPORT, "CSV import of " + lines.size() + " introductions", user,
				false, disclosure::newRecordKey, disclosure::newRecordKey);
		return new Imported(saved.introductions().size(), saved.batch().publicId(),
				saved.introductions().stream().map(Stored::publicId).toList(),
				saved.introductions().stream().map(s -> YearMonth.from(s.releaseMonth())).distinct().sorted().toList());
	}

	/**
	 * Synthetic introductions (the demo's), keyed by {@code keys} and placed by
	 * {@code placeKeys} so they publish the same every run.
	 */
	@Transactional
	void recordSynthetic(String authority, List<NewIntroduction> rows, String note, IntSupplier keys,
			IntSupplier placeKeys) {
		store.save(authority, rows.stream().map(r -> new Line(null, r)).toList(), Kind.DEMO, note, "demo", true, keys,
				placeKeys);
	}

	public List<SectorChoice> sectors(String authority) {
		return sectors.choices(authority);
	}

	/** What has been released, for pages to offer those months. */
	public IntroductionReleases.State releases(String authority) {
		return releases.state(authority)
			.orElseThrow(() -> new IllegalArgumentException("No month's introductions have been released yet."));
	}

	@Transactional(readOnly = true)
	public Summary summary(String authority, String by, String from, String to) {
		Breakdown breakdown = Breakdown.parse(by);
		return summaries.summary(authority, breakdown, releases.period(authority, from, to, false));
	}

	/**
	 * A hexagon grid of introductions per 1,000 residents as GeoJSON (WGS84), for
	 * released months whose introductions are still held.
	 * @param centres each hexagon as its centre (a point), for a map that draws the
	 * hexagons from {@link DensityTiles} and needs only their figures and label points
	 */
	@Transactional(readOnly = true)
	public ObjectNode density(String authority, int cellSize, String from, String to, boolean centres) {
		DensityPublication.checkCellSize(cellSize);
		Period period = releases.period(authority, from, to, true);
		return geoJson.collection(densityPublication.hexagons(authority, period, cellSize, centres), cellSize, period,
				statistics.anySynthetic(authority, period), summaries.note());
	}

	/**
	 * The council's released introductions of all months, by small area: how coverage,
	 * gaps, ward pages and scenarios get a figure for any set of small areas.
	 */
	@Transactional(readOnly = true)
	public AreaIntroductions inAreas(String authority) {
		return new AreaIntroductions(statistics.areaRows(authority), disclosure);
	}

}
