package org.lacatlas.geography;

import java.util.List;

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

	GeographyImporter(CouncilStore store, SmallAreaGraphs graphs, ApplicationEventPublisher events) {
		this.store = store;
		this.graphs = graphs;
		this.events = events;
	}

	@Transactional
	public ImportReport importCouncil(Resource manifest, String importedBy) {
		long start = System.nanoTime();
		CouncilFiles files = CouncilFiles.read(manifest);
		var authority = files.manifest().authority();
		store.lock();
		boolean changed = !store.lastChecksum(authority.code()).map(files.checksum()::equals).orElse(false);
		if (changed) {
			List<String> problems = store.stage(files);
			if (!problems.isEmpty()) {
				throw new GeographyImportException(problems);
			}
			store.merge(files, importedBy);
			graphs.refreshAdjacency(authority.code());
			// Listeners run in this transaction: what depends on the geography changes
			// with it or not at all.
			events.publishEvent(new GeographyImported(authority.code()));
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

}
