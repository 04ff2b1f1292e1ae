package org.lacatlas.introduction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lacatlas.disclosure.DisclosureControl;
import org.lacatlas.disclosure.SuppressedCount;

/**
 * A council's released introductions of every month, by small area, ready to publish for
 * any set of small areas: the one way other modules (coverage, gaps, ward pages,
 * scenarios) get an introduction figure. The exact counts stay inside; only published
 * figures come out, each through {@link DisclosureControl} with its cell key and the most
 * recorded by any one person.
 */
public final class AreaIntroductions {

	/** One small area's released introductions recorded by one person. */
	record Row(String smallArea, String recordedBy, long count, long keySum) {
	}

	/**
	 * A small area's introductions, by recorder (an index into this object's recorders).
	 */
	private record Area(int[] recorders, long[] counts, long keySum) {
	}

	private static final Area NONE = new Area(new int[0], new long[0], 0);

	private final Map<String, Area> areas = new HashMap<>();

	private final int recorders;

	private final DisclosureControl disclosure;

	AreaIntroductions(List<Row> rows, DisclosureControl disclosure) {
		this.disclosure = disclosure;
		Map<String, Integer> recorderIndex = new HashMap<>();
		Map<String, List<Row>> byArea = new HashMap<>();
		for (Row row : rows) {
			recorderIndex.putIfAbsent(row.recordedBy(), recorderIndex.size());
			byArea.computeIfAbsent(row.smallArea(), a -> new ArrayList<>()).add(row);
		}
		this.recorders = recorderIndex.size();
		byArea.forEach((code, list) -> {
			int[] who = new int[list.size()];
			long[] counts = new long[list.size()];
			long key = 0;
			for (int i = 0; i < list.size(); i++) {
				who[i] = recorderIndex.get(list.get(i).recordedBy());
				counts[i] = list.get(i).count();
				key += list.get(i).keySum();
			}
			areas.put(code, new Area(who, counts, key));
		});
	}

	/**
	 * Introductions located in these small areas (each listed once), all released months,
	 * as published.
	 */
	public SuppressedCount count(Iterable<String> smallAreas) {
		long[] byRecorder = new long[recorders];
		long count = 0;
		long key = 0;
		for (String code : smallAreas) {
			Area area = areas.getOrDefault(code, NONE);
			for (int i = 0; i < area.recorders().length; i++) {
				byRecorder[area.recorders()[i]] += area.counts()[i];
				count += area.counts()[i];
			}
			key += area.keySum();
		}
		long byOne = 0;
		for (long n : byRecorder) {
			byOne = Math.max(byOne, n);
		}
		return disclosure.count(count, key, byOne);
	}

	/**
	 * Published parts of a table beside its published whole: see
	 * {@link DisclosureControl#protect(SuppressedCount, List)}.
	 */
	public List<SuppressedCount> protect(SuppressedCount whole, List<SuppressedCount> parts) {
		return disclosure.protect(whole, parts);
	}

	/**
	 * As {@link #protect(SuppressedCount, List)} when the whole is known only as a
	 * difference: {@code whole} less {@code part} (the uncovered part of a borough, say).
	 */
	public List<SuppressedCount> protectRemainder(SuppressedCount whole, SuppressedCount part,
			List<SuppressedCount> parts) {
		return disclosure.protect(disclosure.most(whole) - disclosure.least(part), parts);
	}

}
