package org.lacatlas.council;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The councils using LAC Atlas and their settings. A council is added when its geography
 * is first imported (the importer registers it); its administrator edits the settings.
 * <p>
 * Every request names its council, so the councils read are kept: reading one from the
 * database cost about an eighth of the CPU of a cached tile. What is kept is dropped when
 * a change made here commits, and is at most {@link #KEPT_FOR} old, so a change made by
 * another instance of the app is seen within that time. A council not kept is always read
 * afresh, so a new council is seen at once.
 */
@Service
public class Councils {

	static final Duration KEPT_FOR = Duration.ofSeconds(10);

	private record Kept(Council council, long readAt) {
	}

	private final CouncilRepository councils;

	private final Map<String, Kept> kept = new ConcurrentHashMap<>();

	Councils(CouncilRepository councils) {
		this.councils = councils;
	}

	public List<Council> list() {
		return councils.all();
	}

	public Optional<Council> find(String code) {
		if (code == null) {
			return Optional.empty();
		}
		long now = System.nanoTime();
		Kept k = kept.get(code);
		if (k != null && now - k.readAt() < KEPT_FOR.toNanos()) {
			return Optional.of(k.council());
		}
		Optional<Council> read = councils.find(code);
		read.ifPresent((c) -> kept.put(code, new Kept(c, now)));
		return read;
	}

	/** Drops what is kept once the change being made commits (at once outside one). */
	private void forgetOnCommit() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			kept.clear();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				kept.clear();
			}
		});
	}

	/**
	 * @throws CouncilProblem 404 when there is no such council
	 */
	public Council get(String code) {
		return find(code).orElseThrow(() -> CouncilProblem.noSuchCouncil(code));
	}

	/**
	 * Saves the settings if {@code version} is still the stored one.
	 * @throws CouncilProblem 400 naming each bad field, 428 without a version, 412 when
	 * someone saved first
	 */
	@Transactional
	public Council update(String code, Integer version, CouncilSettings settings, String by) {
		Council current = get(code);
		Map<String, String> problems = settings.problems();
		if (!problems.isEmpty()) {
			throw CouncilProblem.invalid(problems);
		}
		if (version == null) {
			throw CouncilProblem.versionRequired();
		}
		if (!councils.update(code, version, settings, by)) {
			throw CouncilProblem.stale(current.version());
		}
		forgetOnCommit();
		kept.remove(code);
		return get(code);
	}

	/**
	 * The patch band a planner chose when saving a plan generated for it: the council's
	 * band from then on. Call inside the transaction that saves the plan.
	 */
	@Transactional
	public void setBand(String code, int minResidents, int maxResidents, String by) {
		councils.setBand(code, minResidents, maxResidents, by);
		forgetOnCommit();
	}

	/**
	 * Adds a council when its geography is first imported, else refreshes what the import
	 * says of it; the settings its administrator edited stay.
	 * @param kind null to keep what is stored ({@code area} for a new council)
	 * @param attribution null to keep what is stored
	 */
	@Transactional
	public void register(String code, String name, CouncilKind kind, String attribution) {
		councils.register(code, name, kind, attribution);
		forgetOnCommit();
	}

}
