package org.lacatlas.introduction;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lacatlas.council.Council;
import org.lacatlas.disclosure.SuppressedCount;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each coordinator's caseload over time: introductions to each post's patch month by
 * month, against what the council says a coordinator can take on. Made only of the
 * published patch summaries (one per month and one for the whole period), so it shows
 * nothing those do not already show.
 */
@Service
public class Caseloads {

	/** The longest run of months one chart shows. */
	static final int MAX_MONTHS = 36;

	/** From this share of the capacity on, a patch is flagged as near it. */
	static final double NEAR = 0.8;

	private final Introductions introductions;

	private final Clock clock = Clock.systemDefaultZone();

	Caseloads(Introductions introductions) {
		this.introductions = introductions;
	}

	/**
	 * @param from first month, written 2026-01; by default eleven months before
	 * {@code to}
	 * @param to last month; by default the last whole month
	 */
	@Transactional(readOnly = true)
	public Caseload caseload(Council council, String from, String to) {
		String lastWhole = YearMonth.now(clock).minusMonths(1).toString();
		Period period = Period.parse(from, to == null || to.isBlank() ? lastWhole : to, YearMonth.now(clock));
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth m = period.from(); !m.isAfter(period.to()); m = m.plusMonths(1)) {
			months.add(m);
		}
		if (months.size() > MAX_MONTHS) {
			throw new IllegalArgumentException("A caseload chart covers at most " + MAX_MONTHS + " months, not "
					+ months.size() + ": choose a later 'from' or an earlier 'to'.");
		}
		Summary whole = patches(council, period.from(), period.to());
		Map<String, List<SuppressedCount>> perMonth = new LinkedHashMap<>();
		boolean synthetic = whole.synthetic();
		for (YearMonth month : months) {
			Summary one = patches(council, month, month);
			one.rows().forEach(r -> perMonth.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r.introductions()));
		}
		Capacity capacity = new Capacity(council.caseloadPerYear(), whole.disclosure().k());
		List<Caseload.Patch> patches = whole.rows()
			.stream()
			.filter(r -> r.status() != null)
			.map(r -> capacity.patch(r, perMonth.get(r.key()), months.size()))
			.toList();
		return new Caseload(period.from(), period.to(), council.caseloadPerYear(), council.caseloadSource(),
				whole.disclosure(), synthetic, months, patches);
	}

	private Summary patches(Council council, YearMonth from, YearMonth to) {
		return introductions.summary(council.code(), "patch", from.toString(), to.toString());
	}

	/** How a patch's published total compares with the capacity over the same months. */
	private record Capacity(Integer perYear, int k) {

		Caseload.Patch patch(Summary.Row row, List<SuppressedCount> perMonth, int months) {
			SuppressedCount total = row.introductions();
			Double average = total.isSuppressed() ? null : (double) total.value() / months;
			Double share = perYear == null || average == null ? null : average * 12 / perYear;
			return new Caseload.Patch(row.key(), row.label(), row.status(), perMonth, total, average, share,
					load(total, share, months));
		}

		private Caseload.Load load(SuppressedCount total, Double share, int months) {
			if (perYear == null) {
				return Caseload.Load.NO_CAPACITY_SET;
			}
			if (share == null) {
				// Suppressed: fewer than k in the whole period, so at most (k − 1) a
				// period.
				double most = (double) (k - 1) / months * 12 / perYear;
				return most < NEAR ? Caseload.Load.WITHIN : Caseload.Load.NOT_KNOWN;
			}
			return share > 1 ? Caseload.Load.OVER : share >= NEAR ? Caseload.Load.NEAR : Caseload.Load.WITHIN;
		}

	}

}
