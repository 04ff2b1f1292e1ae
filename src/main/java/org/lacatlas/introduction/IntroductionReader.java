package org.lacatlas.introduction;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.lacatlas.introduction.IntroductionRefused.Problem;

/**
 * Reads and checks what a coordinator sends. Unknown fields are refused, not ignored
 * ({@code FAIL_ON_UNKNOWN_PROPERTIES}), so nothing slips through under another name;
 * every problem names its field and never repeats the value sent.
 */
final class IntroductionReader {

	private final ObjectReader reader;

	IntroductionReader(ObjectMapper json) {
		this.reader = json.readerFor(IntroductionForm.class)
			.with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
					DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
	}

	/** One introduction from a JSON body, or {@link IntroductionRefused}. */
	NewIntroduction fromJson(String body, LocalDate today) {
		IntroductionForm form;
		try {
			form = reader.readValue(body == null ? "" : body);
		}
		catch (UnrecognizedPropertyException ex) {
			throw new IntroductionRefused(path(ex), FieldPolicy.refusal(ex.getPropertyName()));
		}
		catch (JsonMappingException ex) {
			throw new IntroductionRefused(path(ex),
					"'" + path(ex) + "' has the wrong kind of value; the fields are " + FieldPolicy.FIELDS + ".");
		}
		catch (JsonProcessingException ex) {
			var at = ex.getLocation();
			throw new IntroductionRefused(null, "The body is not a JSON object"
					+ (at == null ? "." : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")."));
		}
		if (form == null) {
			throw new IntroductionRefused(null, "Send the introduction as a JSON object.");
		}
		List<Problem> problems = new ArrayList<>();
		NewIntroduction introduction = check(form, today, null, problems);
		if (!problems.isEmpty()) {
			throw new IntroductionRefused(problems);
		}
		return introduction;
	}

	/**
	 * Checks a form; adds each problem (with {@code line}, for imports) and returns null
	 * if there is any.
	 */
	static NewIntroduction check(IntroductionForm form, LocalDate today, Integer line, List<Problem> problems) {
		int before = problems.size();
		Function<String, Problem> problem = text -> new Problem(line, null, text);
		LocalDate date = required(form.date(), "date", line, problems, text -> {
			LocalDate day = LocalDate.parse(text.strip());
			if (day.isAfter(today)) {
				throw new IllegalArgumentException("date cannot be in the future.");
			}
			return day;
		}, "date must be a day written like 2013-06-12, from 2000 to today.");
		Source source = required(form.source(), "source", line, problems, text -> Source.valueOf(code(text)),
				"source must be one of " + List.of(Source.values()) + ".");
		AgeBand band = required(form.ageBand(), "ageBand", line, problems, text -> AgeBand.parse(text).orElseThrow(),
				"ageBand must be one of 18-24, 25-44, 45-64, 65-74, 75-84, 85+.");
		List<Need> needs = required(form.needs(), "needs", line, problems, IntroductionReader::needs,
				"needs must list one or more of " + List.of(Need.values()) + ", each once.");
		if (form.level() == null || (form.level() != 1 && form.level() != 2)) {
			problems.add(new Problem(line, "level", "level must be 1 or 2."));
		}
		CoarseLocation location = location(form, line, problems);
		if (problems.size() > before) {
			return null;
		}
		try {
			return new NewIntroduction(date, source, form.level(), band, needs, location,
					Boolean.TRUE.equals(form.workedWithOutOfArea()));
		}
		catch (IllegalArgumentException ex) {
			problems.add(problem.apply(ex.getMessage()));
			return null;
		}
	}

	private static CoarseLocation location(IntroductionForm form, Integer line, List<Problem> problems) {
		boolean sector = form.sector() != null && !form.sector().isBlank();
		if (sector == (form.gridCell() != null)) {
			problems.add(new Problem(line, "sector", "Give the location as exactly one of a postcode sector "
					+ "('sector', e.g. RM17 6) or a grid cell of at least 250 m ('gridCell')."));
			return null;
		}
		try {
			if (sector) {
				return CoarseLocation.of(form.sector());
			}
			var cell = form.gridCell();
			if (cell.size() == null || cell.easting() == null || cell.northing() == null) {
				throw new IllegalArgumentException("A grid cell needs its size, easting and northing (metres).");
			}
			return CoarseLocation.of(cell.size(), cell.easting(), cell.northing());
		}
		catch (IllegalArgumentException ex) {
			problems.add(new Problem(line, sector ? "sector" : "gridCell", ex.getMessage()));
			return null;
		}
	}

	private static <T, R> R required(T value, String field, Integer line, List<Problem> problems, Function<T, R> parse,
			String help) {
		if (value == null || (value instanceof String s && s.isBlank())) {
			problems.add(new Problem(line, field, field + " is required: " + help));
			return null;
		}
		try {
			return parse.apply(value);
		}
		catch (DateTimeParseException | java.util.NoSuchElementException ex) {
			problems.add(new Problem(line, field, help));
		}
		catch (IllegalArgumentException ex) {
			problems.add(new Problem(line, field,
					ex.getMessage() != null && ex.getMessage().startsWith(field) ? ex.getMessage() : help));
		}
		return null;
	}

	private static List<Need> needs(List<String> codes) {
		List<Need> needs = codes.stream().map(n -> Need.valueOf(code(n))).toList();
		if (needs.isEmpty() || needs.stream().distinct().count() != needs.size()) {
			throw new IllegalArgumentException("needs must list at least one need, each once.");
		}
		return needs;
	}

	private static String code(String text) {
		return text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s/-]+", "_");
	}

	private static String path(JsonMappingException ex) {
		List<String> names = ex.getPath()
			.stream()
			.map(ref -> ref.getFieldName() == null ? "[" + ref.getIndex() + "]" : FieldPolicy.shown(ref.getFieldName()))
			.toList();
		return names.isEmpty() ? null : String.join(".", names);
	}

}
