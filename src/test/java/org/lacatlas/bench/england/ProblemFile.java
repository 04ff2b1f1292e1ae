package org.lacatlas.bench.england;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.lacatlas.planning.optimiser.PlanningProblem;

/**
 * A planning problem's areas kept in a text file (one area a line: residents, need, free,
 * neighbours), so a benchmark can be run again without reading England from the database.
 * Need is written with {@code %.17g}, so it reads back exactly.
 */
final class ProblemFile {

	private ProblemFile() {
	}

	static void write(Path file, PlanningProblem p) throws IOException {
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < p.size(); i++) {
			lines.add(String.format(Locale.ROOT, "%d %.17g %b %s", p.residents()[i], p.need()[i], p.available()[i],
					Arrays.stream(p.neighbours()[i]).mapToObj(Integer::toString).collect(Collectors.joining(","))));
		}
		Files.write(file, lines);
	}

	/** The areas of the file with the band and N given. */
	static PlanningProblem read(Path file, int min, int max, int patches) throws IOException {
		List<String> lines = Files.readAllLines(file);
		int n = lines.size();
		int[] residents = new int[n];
		double[] need = new double[n];
		boolean[] free = new boolean[n];
		int[][] neighbours = new int[n][];
		for (int i = 0; i < n; i++) {
			String[] f = lines.get(i).split(" ", -1);
			residents[i] = Integer.parseInt(f[0]);
			need[i] = Double.parseDouble(f[1]);
			free[i] = Boolean.parseBoolean(f[2]);
			neighbours[i] = f.length < 4 || f[3].isEmpty() ? new int[0]
					: Arrays.stream(f[3].split(",")).mapToInt(Integer::parseInt).toArray();
		}
		return new PlanningProblem(residents, need, free, neighbours, min, max, patches);
	}

}
