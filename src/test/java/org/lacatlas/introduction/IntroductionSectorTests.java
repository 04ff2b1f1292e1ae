package org.lacatlas.introduction;

import org.junit.jupiter.api.Test;
import org.lacatlas.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Postcode sectors loaded on start: their shares of small areas come from their
 * postcodes, their outlines tile the council, and loading unchanged files again changes
 * nothing.
 */
class IntroductionSectorTests extends IntegrationTest {

	@Autowired
	PostcodeSectorStartup startup;

	@Test
	void everySectorIsSharedOutByItsPostcodes() {
		assertThat(number("SELECT count(*) FROM postcode_sector WHERE authority_code = 'E06000034'")).isEqualTo(29);
		assertThat(number("SELECT count(*) FROM postcode_unit_point")).isEqualTo(3276);
		assertThat(number("SELECT sum(postcodes) FROM postcode_sector_area")).isEqualTo(3276);
		assertThat(number("""
				SELECT count(*) FROM (SELECT sector_code FROM postcode_sector_area GROUP BY sector_code
					HAVING abs(sum(share) - 1) > 1e-9) x
				""")).isZero();
		assertThat(number("""
				SELECT postcodes FROM postcode_sector_area a JOIN small_area s ON s.code = a.small_area_code
				WHERE a.sector_code = 'CM13 3'
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
	void loadingUnchangedFilesAgainChangesNothing() {
		String before = jdbc.sql("SELECT loaded_at::text FROM postcode_sector_load").query(String.class).single();
		startup.run(new DefaultApplicationArguments());
		assertThat(jdbc.sql("SELECT loaded_at::text FROM postcode_sector_load").query(String.class).single())
			.isEqualTo(before);
	}

	@Test
	void sectorsAreLabelledWithTheirTownOrWard() {
		assertThat(jdbc.sql("SELECT label FROM postcode_sector WHERE code = 'RM19 1'").query(String.class).single())
			.contains("Purfleet");
	}

	private double number(String sql) {
		return jdbc.sql(sql).query(Double.class).single();
	}

}
