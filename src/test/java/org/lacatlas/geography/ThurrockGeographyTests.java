package org.lacatlas.geography;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lacatlas.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real Thurrock data as loaded on start, checked against its source files and in
 * PostGIS.
 */
class ThurrockGeographyTests extends IntegrationTest {

	private static final Path CENSUS = Path.of("geodata/statistics/thurrock_lsoa21_census2021_imd2025.csv");

	@Test
	void loadsAllTwentyWardsOfThurrock() {
		assertThat(jdbc.sql("SELECT count(*) FROM ward WHERE authority_code = :a")
			.param("a", THURROCK)
			.query(Integer.class)
			.single()).isEqualTo(20);
	}

	@Test
	void boroughResidentsAreTheSumOfSmallAreasAndThePublishedTotal() throws IOException {
		long published = publishedCensusTotal();
		long smallAreas = jdbc.sql("SELECT sum(residents) FROM small_area WHERE authority_code = :a")
			.param("a", THURROCK)
			.query(Long.class)
			.single();
		long byWard = jdbc.sql("""
				SELECT sum(residents) FROM small_area s JOIN ward w ON w.code = s.ward_code
				WHERE w.authority_code = :a
				""").param("a", THURROCK).query(Long.class).single();
		assertThat(published).isEqualTo(176_003);
		assertThat(smallAreas).isEqualTo(published);
		assertThat(byWard).isEqualTo(published);
	}

	@Test
	void everySmallAreaLiesInsideTheBorough() {
		// The layers are generalised differently (see geodata/README.md): at least 93 %
		// of each LSOA lies
		// inside the 2021 borough polygon and no part strays more than about 270 m.
		List<String> outside = jdbc.sql("""
				SELECT s.code FROM small_area s JOIN authority a ON a.code = s.authority_code
				WHERE a.code = :a AND (ST_Area(ST_Intersection(s.geom, a.geom)) < 0.93 * ST_Area(s.geom)
					OR NOT ST_Within(s.geom, ST_Buffer(a.geom, 300)))
				""").param("a", THURROCK).query(String.class).list();
		assertThat(outside).isEmpty();
	}

	@Test
	void smallAreasDoNotOverlapBeyondGeneralisationSlivers() {
		List<String> overlapping = jdbc.sql("""
				SELECT a.code || ' and ' || b.code FROM small_area a
				JOIN small_area b ON a.code < b.code AND ST_Intersects(a.geom, b.geom)
				WHERE a.authority_code = :a AND b.authority_code = :a
					AND ST_Area(ST_Intersection(a.geom, b.geom)) > 0.01 * least(ST_Area(a.geom), ST_Area(b.geom))
				""").param("a", THURROCK).query(String.class).list();
		assertThat(overlapping).isEmpty();
	}

	@Test
	void eachSmallAreaGetsTheBestFitWardThatOnsPublishes() throws IOException {
		// Our best fit is computed from overlap in PostGIS; the source file carries ONS's
		// best-fit lookup.
		Map<String, String> published = new HashMap<>();
		List<String> lines = Files.readAllLines(CENSUS);
		List<String> header = List.of(lines.get(0).split(","));
		int code = header.indexOf("lsoa21cd");
		int ward = header.indexOf("ward_code");
		lines.stream().skip(1).map(line -> line.split(",")).forEach(row -> published.put(row[code], row[ward]));
		Map<String, String> stored = new HashMap<>();
		jdbc.sql("SELECT code, ward_code FROM small_area WHERE authority_code = :a")
			.param("a", THURROCK)
			.query((rs, n) -> stored.put(rs.getString(1), rs.getString(2)))
			.list();
		assertThat(stored).hasSize(100).isEqualTo(published);
	}

	@Test
	void placeNamesAreLoadedForLabels() {
		assertThat(jdbc.sql("SELECT name FROM place WHERE authority_code = :a")
			.param("a", THURROCK)
			.query(String.class)
			.list()).contains("Grays", "Tilbury", "South Ockendon").hasSize(13);
	}

	private static long publishedCensusTotal() throws IOException {
		List<String> lines = Files.readAllLines(CENSUS);
		List<String> header = List.of(lines.get(0).split(","));
		int column = header.indexOf("pop_2021_total");
		return lines.stream().skip(1).mapToLong(line -> Long.parseLong(line.split(",")[column])).sum();
	}

}
