package org.lacatlas.council;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The councils using LAC Atlas and their settings. A council is added when its geography
 * is first imported (the importer registers it); its administrator edits the settings.
 */
@Service
public class Councils {

	private final CouncilRepository councils;

	Councils(CouncilRepository councils) {
		this.councils = councils;
	}

	public List<Council> list() {
		return councils.all();
	}

	public Optional<Council> find(String code) {
		return code == null ? Optional.empty() : councils.find(code);
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
		return get(code);
	}

	/**
	 * The patch band a planner chose when saving a plan generated for it: the council's
	 * band from then on. Call inside the transaction that saves the plan.
	 */
	@Transactional
	public void setBand(String code, int minResidents, int maxResidents, String by) {
		councils.setBand(code, minResidents, maxResidents, by);
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
	}

}
