package org.lacatlas.geography;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lacatlas.IntegrationTest;
import org.lacatlas.LacAtlasApplication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar lac-atlas.jar import council.json}, run in this JVM against the test
 * database: the app starts without a web server, imports and exits 0, or logs each
 * problem and exits 1.
 */
@ExtendWith(OutputCaptureExtension.class)
class ImportCommandTests extends IntegrationTest {

	@Autowired
	Environment environment;

	@TempDir
	Path dir;

	@AfterEach
	void removeTheFictitiousCouncil() {
		FictitiousCouncil.delete(jdbc);
	}

	@Test
	void logsEachProblemAndExitsWithOneWhenTheImportIsRefused(CapturedOutput output) {
		CouncilFixture council = CouncilFixture.thurrock(dir);
		council.statistics().set("E01015930", "pop_2021_total", "n/a").set("E01015931", "age_65_plus", "99999");
		assertThat(importCommand(council)).isEqualTo(1);
		assertThat(output).contains("The import was refused and nothing was changed",
				"  - " + CouncilFixture.STATISTICS + " row 11: 'pop_2021_total' must be a whole number, not 'n/a'",
				"  - " + CouncilFixture.STATISTICS + " row 12 (E01015931): 99999 residents aged 65+");
	}

	@Test
	void exitsWithZeroWhenTheCouncilIsImported() {
		assertThat(importCommand(FictitiousCouncil.fromThurrock(jdbc).asGeoJson(dir))).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM small_area WHERE authority_code = :a")
			.param("a", FictitiousCouncil.CODE)
			.query(Integer.class)
			.single()).isEqualTo(FictitiousCouncil.AREAS.size());
	}

	private int importCommand(CouncilFixture council) {
		council.write();
		var command = LacAtlasApplication.importCommand(council.path(CouncilFixture.MANIFEST).toString());
		return SpringApplication
			.exit(command.run("--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
					"--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
					"--spring.datasource.password=" + environment.getProperty("spring.datasource.password")));
	}

}
