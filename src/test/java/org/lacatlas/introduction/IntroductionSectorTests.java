package org.lacatlas.introduction;

import org.junit.jupiter.api.Test;
import org.lacatlas.IntegrationTest;
import org.lacatlas.geography.GeographyImporter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ResourceLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Postcode sectors built by the council's import from the postcode file its manifest
 * names: their shares of small areas come from their postcodes, their outlines tile the
 * council, and importing unchanged files again changes nothing.
 */
class IntroductionSectorTests extends IntegrationTest {

	@Autowired
	GeographyImporter importer;

	@Autowired
	ResourceLoader resources;

	@Test
	void everySectorIsSharedOutByItsPostcodes() {
		assertThat(number("SELECT count(*) FROM postcode_sector WHERE authority_code = 'E06000034'")).isEqualTo(29);
		assertThat(number("SELECT count(*) FROM postcode_unit_point WHERE authority_code = 'E06000034'"))
			.isEqualTo(3276);
		assertThat(number("SELECT sum(postcodes) FROM postcode_sector_area WHERE authority_code = 'E06000034'"))
			.isEqualTo(3276);
		assertThat(number("""
				SELECT count(*) FROM (SELECT sector_code FROM postcode_sector_area GROUP BY authority_code, sector_code
					HAVING abs(sum(share) - 1) > 1e-9) x
				""")).isZero();
		assertThat(number("""
				SELECT postcodes FROM postcode_sector_area a JOIN small_area s ON s.code = a.small_area_code
				WHERE a.sector_code = 'CM13 3' AND a.authority_code = 'E06000034'
				""")).isEqualTo(7);
	}

	@Test
	void sectorOutlinesTileTheCouncilWithoutOverlapping() {
		double land = number("SELECT ST_Area(ST_Union(geom)) FROM small_area WHERE authority_code = 'E06000034'");
		double sectors = number("SELECT sum(ST_Area(geom)) FROM postcode_sector WHERE authority_code = 'E06000034'");
		double union = number("SELECT ST_Area(ST_Union(geom)) FROM postcode_sector WHERE authority_code = 'E06000034'");
		assertThat(sectors).isCloseTo(land, within(land * 0.001));
		assertThat(union).isCloseTo(sectors, within(sectors * 0.001));
		assertThat(number("""
				SELECT count(*) FROM postcode_unit_point p JOIN postcode_sector s
					ON s.authority_code = p.authority_code AND s.code = p.sector_code
				WHERE NOT ST_Intersects(s.geom, p.geom) AND p.small_area_code IS NOT NULL
					AND NOT EXISTS (SELECT 1 FROM postcode_unit_point q
						WHERE q.sector_code <> p.sector_code AND ST_Equals(q.geom, p.geom))
				""")).isZero();
	}

	@Test
	void importingUnchangedFilesAgainChangesNothing() {
		String before = sectorsFingerprint();
		var report = importer.importCouncil(resources.getResource("classpath:geodata/thurrock.council.json"), "test");
		assertThat(report.changed()).isFalse();
		assertThat(sectorsFingerprint()).isEqualTo(before);
	}

	private String sectorsFingerprint() {
		return jdbc
			.sql("""
					SELECT md5(string_agg(code || label || postcodes_in_authority || ST_AsEWKB(geom)::text, ',' ORDER BY code))
					FROM postcode_sector WHERE authority_code = 'E06000034'
					""")
			.query(String.class)
			.single();
	}

	@Test
	void sectorsAreLabelledWithTheirTownOrWard() {
		assertThat(jdbc.sql("SELECT label FROM postcode_sector WHERE code = 'RM19 1' AND authority_code = 'E06000034'")
			.query(String.class)
			.single()).contains("Purfleet");
	}

	private double number(String sql) {
		return jdbc.sql(sql).query(Double.class).single();
	}

}
