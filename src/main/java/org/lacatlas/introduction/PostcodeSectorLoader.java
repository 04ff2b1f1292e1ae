package org.lacatlas.introduction;

import org.lacatlas.geography.GeographyImported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Builds a council's postcode sectors from the postcode file its manifest names, inside
 * the import's transaction, and apportions every introduction of the council again: the
 * small areas they were counted in may have changed. A fault in the file refuses the
 * whole import. A council without a postcode file keeps the sectors it has (none for a
 * new one): coordinators then record introductions by grid cell.
 */
@Component
class PostcodeSectorLoader {

	private static final Logger log = LoggerFactory.getLogger(PostcodeSectorLoader.class);

	private final SectorRepository sectors;

	private final IntroductionRepository introductions;

	PostcodeSectorLoader(SectorRepository sectors, IntroductionRepository introductions) {
		this.sectors = sectors;
		this.introductions = introductions;
	}

	@EventListener
	@Order(10)
	void imported(GeographyImported event) {
		long start = System.nanoTime();
		String authority = event.authorityCode();
		sectors.lock();
		if (event.postcodes() != null) {
			var files = PostcodeSectorFiles.read(event.postcodes(), authority);
			sectors.replace(authority, files.sectors(), files.units(), !files.withinDistrict());
			sectors.deriveOutlines(authority);
			log.info("Postcode sectors of {}: {} sectors from {} postcode points", authority, files.sectors().size(),
					files.units().size());
		}
		sectors.deriveShares(authority);
		int moved = introductions.reallocateAll(authority);
		if (moved > 0) {
			log.warn("{} introductions said to be out of area now lie wholly in patches and are counted there", moved);
		}
		log.info("Introductions of {} apportioned to the new geography in {} ms", authority,
				(System.nanoTime() - start) / 1_000_000);
	}

}
