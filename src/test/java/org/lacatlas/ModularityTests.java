package org.lacatlas;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/** Each top-level package is a module; other modules may use only its root package. */
class ModularityTests {

	static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	static final Path SOURCES = Path.of("src/main/java/org/lacatlas");

	@Test
	void modulesOnlyUseEachOthersPublicFaces() {
		ApplicationModules.of(LacAtlasApplication.class).verify();
	}

	/**
	 * One owner of introduction figures: the tables, views and functions the introduction
	 * module's migrations create are read and written by its own code only (coverage,
	 * planning, ogc and the rest ask its public face), and no other module's migration
	 * builds a view or function over them (a foreign key to another module's table is
	 * allowed).
	 */
	@Test
	void noSqlOutsideTheIntroductionModuleTouchesIntroductionTables() throws IOException {
		Set<String> relations = new TreeSet<>();
		Set<String> functions = new TreeSet<>();
		Pattern created = Pattern.compile("(?i)CREATE\\s+(?:OR\\s+REPLACE\\s+)?(TABLE|VIEW|FUNCTION)\\s+(\\w+)");
		for (Path migration : files(MIGRATIONS, p -> p.getFileName().toString().contains("__introduction_"))) {
			Matcher m = created.matcher(Files.readString(migration));
			while (m.find()) {
				(m.group(1).equalsIgnoreCase("FUNCTION") ? functions : relations).add(m.group(2).toLowerCase());
			}
		}
		assertThat(relations).contains("introduction", "introduction_batch", "introduction_release_area",
				"postcode_sector");
		assertThat(functions).contains("introduction_allocation", "hexagon_of", "make_introduction_releases");
		Pattern use = Pattern.compile("(?i)\\b(?:FROM|JOIN|INTO|UPDATE|TABLE|USING)\\s+(?:ONLY\\s+)?("
				+ String.join("|", relations) + ")\\b|\\b(" + String.join("|", functions) + ")\\s*\\(");
		List<String> found = new ArrayList<>();
		List<Path> others = new ArrayList<>(
				files(SOURCES, p -> p.toString().endsWith(".java") && !p.startsWith(SOURCES.resolve("introduction"))));
		others.addAll(files(MIGRATIONS, p -> !p.getFileName().toString().contains("__introduction_")));
		// a foreign key from an introduction table to another module's (the council's,
		// say)
		// reads no figure: the other module's migration may add it
		Pattern foreignKey = Pattern
			.compile("(?im)^ALTER TABLE \\w+ ADD FOREIGN KEY \\([\\w, ]+\\) REFERENCES \\w+ \\([\\w, ]+\\);$");
		for (Path file : others) {
			Matcher m = use.matcher(foreignKey.matcher(Files.readString(file)).replaceAll(""));
			while (m.find()) {
				found.add(file + ": " + m.group());
			}
		}
		assertThat(others).hasSizeGreaterThan(100);
		assertThat(found).isEmpty();
	}

	private static List<Path> files(Path root, java.util.function.Predicate<Path> which) throws IOException {
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(Files::isRegularFile).filter(which).sorted().toList();
		}
	}

}
