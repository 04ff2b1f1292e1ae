package org.lacatlas.geography;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.lacatlas.council.CouncilKind;
import org.lacatlas.council.Councils;
import org.lacatlas.geography.importer.CouncilFiles;
import org.lacatlas.geography.importer.CouncilStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a council's boundaries and statistics from the files its manifest names.
 * All-or-nothing: the files are read and checked first, then staged and checked again in
 * PostGIS, and merged in the same transaction; any problem refuses the whole import with
 * {@link GeographyImportException} and leaves stored data untouched. Importing unchanged
 * files again changes nothing.
 */
@Service
public class GeographyImporter {

	private static final Logger log = LoggerFactory.getLogger(GeographyImporter.class);

	private final CouncilStore store;

	private final SmallAreaGraphs graphs;

	private final ApplicationEventPublisher events;

	private final List<SmallAreaUses> uses;

	private final Councils councils;

	GeographyImporter(CouncilStore store, SmallAreaGraphs graphs, ApplicationEventPublisher events,
			List<SmallAreaUses> uses, Councils councils) {
		this.councils = councils;
		this.store = store;
		this.graphs = graphs;
		this.events = events;
		this.uses = uses;
	}

	/** The steps an import goes through, as {@code progress} is told them. */
	public static final List<String> STEPS = List.of("Reading the files", "Checking them in PostGIS",
			"Storing the council", "Finding which small areas touch", "Postcode sectors, introductions and assets");

	@Transactional
	public ImportReport importCouncil(Resource manifest, String importedBy) {
		return importCouncil(manifest, importedBy, step -> {
		});
	}

	/**
	 * @param progress told each of {@link #STEPS} as it starts
	 */
	@Transactional
	public ImportReport importCouncil(Resource manifest, String importedBy, Consumer<String> progress) {
		long start = System.nanoTime();
		progress.accept(STEPS.get(0));
		CouncilFiles files = CouncilFiles.read(manifest);
		var authority = files.manifest().authority();
		store.lock();
		boolean changed = !store.lastChecksum(authority.code()).map(files.checksum()::equals).orElse(false);
		if (changed) {
			progress.accept(STEPS.get(1));
			List<String> problems = new ArrayList<>(store.stage(files));
			if (problems.isEmpty()) {
				problems.addAll(usesOfRemoved(authority.code()));
			}
			if (!problems.isEmpty()) {
				throw new GeographyImportException(problems);
			}
			progress.accept(STEPS.get(2));
			store.merge(files, importedBy);
			councils.register(authority.code(), authority.name(),
					authority.kind() == null ? null : CouncilKind.of(authority.kind()), files.manifest().attribution());
			progress.accept(STEPS.get(3));
			graphs.refreshAdjacency(authority.code());
			progress.accept(STEPS.get(4));
			// Listeners run in this transaction: what depends on the geography changes
			// with it or not at all.
			events.publishEvent(imported(files));
		}
		long residents = files.statistics().values().stream().mapToLong(s -> s.residents()).sum();
		var report = new ImportReport(authority.code(), authority.name(), files.wards().size(),
				files.smallAreas().size(), files.places().size(), residents, changed,
				(System.nanoTime() - start) / 1_000_000);
		if (changed) {
			log.info("Imported {} {}: {} wards, {} small areas, {} places, {} residents in {} ms",
					report.authorityCode(), report.authorityName(), report.wards(), report.smallAreas(),
					report.places(), report.residents(), report.millis());
		}
		else {
			log.info("{} {} is already loaded from these files; nothing changed", report.authorityCode(),
					report.authorityName());
		}
		return report;
	}

	/**
	 * What still uses the areas the new files drop: refused rather than broken, so a plan
	 * or scenario never silently loses areas.
	 */
	private List<String> usesOfRemoved(String authority) {
		List<String> removed = store.removedSmallAreas(authority);
		if (removed.isEmpty()) {
			return List.of();
		}
		List<String> problems = new ArrayList<>();
		uses.forEach(u -> u.usesOf(authority, removed)
			.forEach(use -> problems.add("small areas no longer in the files are still used: " + use)));
		return problems;
	}

	private static GeographyImported imported(CouncilFiles files) {
		var m = files.manifest();
		var postcodes = m.postcodes() == null ? null
				: new GeographyImported.PostcodeFile(files.file(m.postcodes().file()), m.postcodes().file(),
						m.postcodes().layout(), m.postcodes().postcodeColumn(), m.postcodes().eastingColumn(),
						m.postcodes().northingColumn(), m.postcodes().districtColumn());
		var assets = m.assets() == null ? null
				: new GeographyImported.AssetFile(files.file(m.assets().file()), m.assets().file());
		return new GeographyImported(m.authority().code(), m.authority().name(), m.authority().kind(), m.attribution(),
				postcodes, assets);
	}

}
