package org.lacatlas.introduction;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.lacatlas.disclosure.DisclosureControl;
import org.lacatlas.disclosure.SuppressedCount;
import org.lacatlas.introduction.IntroductionCsv.Line;
import org.lacatlas.introduction.IntroductionRepository.Kind;
import org.lacatlas.introduction.StatisticsRepository.Cell;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anonymised introductions: record them (one from the form, or a CSV file all or nothing)
 * and publish their aggregates. Every published count goes through
 * {@link DisclosureControl} here, and only here; no method returns an introduction.
 */
@Service
public class Introductions {

	/** What a coordinator gets back on recording: the id and where it is counted. */
	public record Recorded(long id, Allocation allocation) {
	}

	public record Imported(int imported, List<Long> ids) {
	}

	/**
	 * A postcode sector to choose from, with the town in it or the ward holding most of
	 * it.
	 */
	public record SectorChoice(String code, String label) {
	}

	private final IntroductionRepository introductions;

	private final IntroductionStore store;

	private final StatisticsRepository statistics;

	private final DensityPublication densityPublication;

	private final SectorRepository sectors;

	private final DisclosureControl disclosure;

	private final IntroductionReader reader;

	private final DensityGeoJson geoJson;

	private final Clock clock = Clock.systemDefaultZone();

	Introductions(IntroductionRepository introductions, IntroductionStore store, StatisticsRepository statistics,
			DensityPublication densityPublication, SectorRepository sectors, DisclosureControl disclosure,
			ObjectMapper json) {
		this.introductions = introductions;
		this.store = store;
		this.statistics = statistics;
		this.densityPublication = densityPublication;
		this.sectors = sectors;
		this.disclosure = disclosure;
		this.reader = new IntroductionReader(json);
		this.geoJson = new DensityGeoJson(json);
	}

	@Transactional
	public Recorded record(String authority, String json, String user) {
		NewIntroduction introduction = reader.fromJson(json, LocalDate.now(clock));
		long id = store
			.save(authority, List.of(new Line(null, introduction)), Kind.FORM, "Recorded with the form", user, false,
					disclosure::newRecordKey)
			.get(0);
		return new Recorded(id, introductions.allocation(id));
	}

	@Transactional
	public Imported importCsv(String authority, String csv, String user) {
		List<Line> lines = IntroductionCsv.read(csv, LocalDate.now(clock));
		List<Long> ids = store.save(authority, lines, Kind.IMPORT, "CSV import of " + lines.size() + " introductions",
				user, false, disclosure::newRecordKey);
		return new Imported(ids.size(), ids);
	}

	/**
	 * Synthetic introductions (the demo's), keyed by {@code keys} so they publish the
	 * same every run.
	 */
	@Transactional
	List<Long> recordSynthetic(String authority, List<NewIntroduction> rows, String note, IntSupplier keys) {
		return store.save(authority, rows.stream().map(r -> new Line(null, r)).toList(), Kind.DEMO, note, "demo", true,
				keys);
	}

	public List<SectorChoice> sectors(String authority) {
		return sectors.choices(authority);
	}

	@Transactional(readOnly = true)
	public Summary summary(String authority, String by, String from, String to) {
		Period period = Period.parse(from, to, YearMonth.now(clock));
		Breakdown breakdown = Breakdown.parse(by);
		List<Cell> cells = switch (breakdown) {
			case WARD -> statistics.wards(authority, period);
			case NEIGHBOURHOOD -> statistics.neighbourhoods(authority, period);
			case PATCH -> statistics.patches(authority, period);
			case SOURCE -> categories(Source.values(), Source::label, statistics.byColumn("source", authority, period));
			case LEVEL -> categories(new Integer[] { 1, 2 }, level -> "Level " + level,
					statistics.byColumn("support_level", authority, period));
			case AGE_BAND ->
				categories(AgeBand.values(), AgeBand::code, statistics.byColumn("age_band", authority, period));
			case NEED -> categories(Need.values(), Need::label, statistics.byColumn("needs", authority, period));
		};
		return new Summary(breakdown.parameter(), period.from(), period.to(),
				statistics.anySynthetic(authority, period), disclosureNote(),
				cells.stream().map(this::publish).toList(), publish(statistics.total(authority, period)));
	}

	/**
	 * A hexagon grid of introductions per 1,000 residents as GeoJSON (WGS84).
	 * @param centres each hexagon as its centre (a point), for a map that draws the
	 * hexagons from {@link DensityTiles} and needs only their figures and label points
	 */
	@Transactional(readOnly = true)
	public ObjectNode density(String authority, int cellSize, String from, String to, boolean centres) {
		DensityPublication.checkCellSize(cellSize);
		Period period = Period.parse(from, to, YearMonth.now(clock));
		return geoJson.collection(densityPublication.hexagons(authority, period, cellSize, centres), cellSize, period,
				statistics.anySynthetic(authority, period), disclosureNote());
	}

	private Summary.Disclosure disclosureNote() {
		return new Summary.Disclosure(disclosure.k(), disclosure.k(), disclosure.method());
	}

	private Summary.Row publish(Cell cell) {
		SuppressedCount n = disclosure.count(cell.count(), cell.cellKey());
		Double rate = cell.residents() == null ? null : disclosure.ratePer1000(n, cell.residents());
		return new Summary.Row(cell.key(), cell.label(), cell.status(), n, n.isSuppressed(), cell.residents(), rate);
	}

	/** One cell per category, in the category's order, zeros included. */
	private static <T> List<Cell> categories(T[] all, Function<T, String> label, List<Cell> present) {
		Map<String, Cell> byKey = present.stream().collect(Collectors.toMap(Cell::key, c -> c));
		return Arrays.stream(all).map(value -> {
			String key = value instanceof AgeBand band ? band.code()
					: value instanceof Enum<?> e ? e.name() : value.toString();
			Cell cell = byKey.get(key);
			return new Cell(key, label.apply(value), null, cell == null ? 0 : cell.count(),
					cell == null ? 0 : cell.cellKey(), null);
		}).toList();
	}

}
