package org.lacatlas.introduction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the postcode sectors after the geography ({@code @Order(1)}) on every start. A
 * no-op when neither the postcode files nor the council's geography changed since the
 * last load; otherwise the sectors' outlines and small-area shares are derived again,
 * every introduction of the council is placed again (with its own keys) and the releases
 * whose introductions are still held are made again from them, all in one transaction.
 * This is an administrator's act (new boundaries or postcode files), not something a user
 * can bring about; releases whose introductions the retention rule deleted keep their
 * figures.
 */
@Component
@Order(5)
class PostcodeSectorStartup implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PostcodeSectorStartup.class);

	private final IntroductionProperties properties;

	private final ResourceLoader resources;

	private final SectorRepository sectors;

	private final IntroductionRepository introductions;

	private final ReleaseRepository releases;

	PostcodeSectorStartup(IntroductionProperties properties, ResourceLoader resources, SectorRepository sectors,
			IntroductionRepository introductions, ReleaseRepository releases) {
		this.releases = releases;
		this.properties = properties;
		this.resources = resources;
		this.sectors = sectors;
		this.introductions = introductions;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!properties.loadOnStart()) {
			return;
		}
		long start = System.nanoTime();
		var files = PostcodeSectorFiles.read(resources.getResource(properties.postcodeSectors()),
				resources.getResource(properties.postcodeUnits()));
		sectors.lock();
		for (String authority : files.authorities()) {
			var geography = sectors.geographyImport(authority);
			if (geography.isEmpty() || sectors.isCurrent(authority, files.checksum(), geography.get())) {
				continue;
			}
			var units = files.units().stream().filter(u -> u.authorityCode().equals(authority)).toList();
			sectors.replace(authority, files.sectors(), units);
			sectors.deriveOutlines(authority);
			sectors.deriveShares(authority);
			releases.lockAlone(authority);
			int moved = introductions.placeAll(authority);
			releases.remakeHeld(authority);
			sectors.recordLoad(authority, files.checksum(), geography.get());
			log.info("Postcode sectors of {}: {} sectors from {} postcode points in {} ms", authority,
					files.sectors().size(), units.size(), (System.nanoTime() - start) / 1_000_000);
			if (moved > 0) {
				log.warn("{} introductions said to be out of area now lie wholly in patches and are counted there",
						moved);
			}
		}
	}

}
