package org.lacatlas.introduction;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.lacatlas.disclosure.DisclosureControl;
import org.lacatlas.disclosure.SuppressedCount;
import org.lacatlas.introduction.StatisticsRepository.Cell;

import org.springframework.stereotype.Component;

/**
 * A summary of released months as it may be published: each cell through
 * {@link DisclosureControl} (cell key and the most recorded by one person), then the rows
 * as a table beside the total, and rates from published counts only.
 */
@Component
class SummaryPublication {

	private final StatisticsRepository statistics;

	private final DisclosureControl disclosure;

	SummaryPublication(StatisticsRepository statistics, DisclosureControl disclosure) {
		this.statistics = statistics;
		this.disclosure = disclosure;
	}

	/** Call within a transaction, with a period of released months. */
	Summary summary(String authority, Breakdown breakdown, Period period) {
		List<Cell> cells = switch (breakdown) {
			case WARD -> statistics.wards(authority, period);
			case NEIGHBOURHOOD -> statistics.neighbourhoods(authority, period);
			case PATCH -> statistics.patches(authority, period);
			case SOURCE -> categories(Source.values(), Source::label, "source", authority, period);
			case LEVEL -> categories(new Integer[] { 1, 2 }, level -> "Level " + level, "level", authority, period);
			case AGE_BAND -> categories(AgeBand.values(), AgeBand::code, "ageBand", authority, period);
			case NEED -> categories(Need.values(), Need::label, "need", authority, period);
		};
		Cell totalCell = statistics.total(authority, period);
		SuppressedCount total = publish(totalCell);
		List<SuppressedCount> counts = cells.stream().map(this::publish).toList();
		// every other breakdown splits the total (an introduction in one row); needs
		// cover it, overlapping (an introduction may have two)
		counts = breakdown == Breakdown.NEED ? disclosure.protectCovering(total, counts)
				: disclosure.protect(total, counts);
		List<Summary.Row> rows = new java.util.ArrayList<>();
		for (int n = 0; n < cells.size(); n++) {
			rows.add(row(cells.get(n), counts.get(n)));
		}
		return new Summary(breakdown.parameter(), period.from(), period.to(),
				statistics.anySynthetic(authority, period), note(), rows, row(totalCell, total));
	}

	Summary.Disclosure note() {
		return new Summary.Disclosure(disclosure.k(), disclosure.k(), disclosure.method());
	}

	private SuppressedCount publish(Cell cell) {
		return disclosure.count(cell.count(), cell.cellKey(), cell.byOnePerson());
	}

	private Summary.Row row(Cell cell, SuppressedCount n) {
		Double rate = cell.residents() == null ? null : disclosure.ratePer1000(n, cell.residents());
		return new Summary.Row(cell.key(), cell.label(), cell.status(), n, n.isSuppressed(), cell.residents(), rate);
	}

	/** One cell per category, in the category's order, zeros included. */
	private <T> List<Cell> categories(T[] all, Function<T, String> label, String category, String authority,
			Period period) {
		Map<String, Cell> byKey = statistics.byCategory(category, authority, period)
			.stream()
			.collect(Collectors.toMap(Cell::key, c -> c));
		return Arrays.stream(all).map(value -> {
			String key = value instanceof AgeBand band ? band.code()
					: value instanceof Enum<?> e ? e.name() : value.toString();
			Cell cell = byKey.get(key);
			return cell == null ? new Cell(key, label.apply(value), null, 0, 0, 0, null)
					: new Cell(key, label.apply(value), null, cell.count(), cell.cellKey(), cell.byOnePerson(), null);
		}).toList();
	}

}
