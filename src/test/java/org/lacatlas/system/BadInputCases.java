package org.lacatlas.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bad inputs of {@link BadInputTests}: for each writing endpoint a good body and, for
 * each field, the values of its kind that must be refused (each alone, the rest of the
 * body good); broken bodies; and bad query parameters of reading endpoints.
 */
final class BadInputCases {

	record Case(String who, String method, String path, String body) {

		@Override
		public String toString() {
			String shown = body == null ? "" : body.length() > 90 ? body.substring(0, 90) + "…" : body;
			return method + " " + path + " " + shown;
		}

	}

	/** A field's kind and whether leaving it out (null) must be refused. */
	record Field(String name, List<String> bad) {
	}

	static final List<String> TEXT = List.of("1", "1.5", "true", "[]", "{}", "[\"a\"]", "\"\\u0000\"", "\"a\\u0000b\"",
			"\"\\ud800\"", "\"x\\udc00y\"", "\"\\u200b\"", "\"\\u00a0\\u00a0\"", "\"\\ufeff\"", "\"\\u2060\\u200d\"",
			"\"a\\u0007b\"");

	static final List<String> REQUIRED_TEXT = concat(TEXT, List.of("null", "\"\"", "\"   \"", huge(100_000)));

	static final List<String> WHOLE = List.of("1.5", "\"1\"", "\"\"", "true", "[]", "{}", "[1]", "99999999999999999999",
			"\"abc\"");

	static final List<String> NUMBER = List.of("\"1\"", "true", "[]", "{}", "\"NaN\"", "\"Infinity\"", "1e400",
			"-1e400", "-1");

	static final List<String> BOOL = List.of("1", "0", "\"true\"", "\"\"", "[]", "{}", "\"yes\"");

	static final List<String> ENUM = List.of("\"NOPE\"", "\"\"", "1", "[]", "{}", "true");

	/** A field no request has. */
	static final String UNKNOWN_FIELD = "verison";

	/**
	 * Stands for a small area of Thurrock in no post's patch; {@link BadInputTests} puts
	 * a real code in its place.
	 */
	static final String FREE_AREA = "FREE_SMALL_AREA";

	static final List<String> BODIES = List.of("", "not json", "[]", "{", "{}{}", "null", "\"text\"", "1",
			"{\"a\":1} trailing");

	static List<Case> all() {
		List<Case> cases = new ArrayList<>();
		endpoint(cases, "planner", "POST", "/api/coordinators", "{\"name\":\"Bad input post\",\"status\":\"PROPOSED\"}",
				List.of(new Field("name", REQUIRED_TEXT), new Field("status", concat(ENUM, List.of("null"))),
						new Field("patch", concat(WHOLE, List.of("-1", "999999999"))),
						new Field("supports", concat(WHOLE, List.of("-1", "999999999")))));
		endpoint(cases, "coordinator", "POST", "/api/introductions",
				"{\"date\":\"2013-06-12\",\"source\":\"OTHER\",\"level\":1,\"ageBand\":\"45-64\",\"needs\":[\"OTHER\"],"
						+ "\"sector\":\"RM17 6\"}",
				List.of(new Field("date",
						List.of("\"12/06/2013\"", "\"2013-02-30\"", "\"1999-12-31\"", "1", "null", "\"\"", "[]",
								"\"2999-01-01\"")),
						new Field("source", concat(ENUM, List.of("null"))),
						new Field("level", concat(WHOLE, List.of("0", "3", "-1", "null"))),
						new Field("ageBand", concat(ENUM, List.of("\"82\"", "null"))),
						new Field("needs",
								List.of("\"OTHER\"", "\"OTHER;CARER\"", "[null]", "[[\"OTHER\"]]", "[1]", "[\"NOPE\"]",
										"[]", "{}", "null", "[\"OTHER\",\"OTHER\"]", "[\"OTHER\",null]")),
						new Field("sector", concat(TEXT, List.of("\"ZZ99 9\"", "\"\""))),
						new Field("workedWithOutOfArea", BOOL)));
		endpoint(cases, "planner", "POST", "/api/scenarios", "{\"name\":\"Bad input scenario\",\"fromCurrent\":true}",
				List.of(new Field("name", REQUIRED_TEXT), new Field("fromCurrent", BOOL),
						new Field("fromPlan",
								List.of("1", "\"x\"", "[]", "true", "{\"coordinators\":1.5}", "{\"coordinators\":1000}",
										"{\"coordinators\":-1}")),
						new Field("proposed",
								List.of("\"x\"", "1", "{}", "[null]", "[1]", "[\"a\"]",
										"[{\"name\":\"Twice\",\"smallAreas\":[\"" + FREE_AREA + "\",\"" + FREE_AREA
												+ "\"]}]",
										"[{\"name\":\"Odd\",\"smallAreas\":[\"" + FREE_AREA + "\"],\"" + UNKNOWN_FIELD
												+ "\":1}]"))));
		endpoint(cases, "planner", "POST", "/api/scenarios/plan", "{\"coordinators\":1,\"timeLimitMillis\":300}",
				List.of(new Field("coordinators", concat(WHOLE, List.of("1000", "-1", "2.5", "100000"))),
						new Field("budget", concat(WHOLE, List.of("-1"))),
						new Field("weightResidents", concat(NUMBER, List.of("1e9"))),
						new Field("weightOlderPeople", NUMBER), new Field("weightDeprivation", NUMBER),
						new Field("weightAssetScarcity", NUMBER),
						new Field("minResidents", concat(WHOLE, List.of("0", "-5", "20000"))),
						new Field("maxResidents", concat(WHOLE, List.of("0", "100"))),
						new Field("fromNeighbourhoods", BOOL), new Field("seed", WHOLE),
						new Field("timeLimitMillis", concat(WHOLE, List.of("0", "-1", "999999999")))));
		endpoint(cases, "admin", "POST", "/api/admin/users",
				"{\"username\":\"bad-input-user\",\"password\":\"long enough pw\",\"role\":\"PLANNER\"}",
				List.of(new Field("username", concat(REQUIRED_TEXT, List.of("\"UPPER\"", "\"ab\"", "\"a b c\""))),
						new Field("password", concat(REQUIRED_TEXT, List.of("\"short\""))),
						new Field("role", concat(ENUM, List.of("\"planner\"", "null", "\"SERVICE_ADMIN\""))),
						new Field("wards", List.of("\"E05002235\"", "[null]", "[1]", "[[\"E05002235\"]]", "{}",
								"[\"E05002235\"]", "[\"\\u0000\"]"))));
		endpoint(cases, "admin", "PATCH", "/api/admin/users/coordinator", "{\"enabled\":true}",
				List.of(new Field("enabled", BOOL), new Field("role", concat(ENUM, List.of("\"SERVICE_ADMIN\""))),
						new Field("locked", concat(BOOL, List.of("true")))));
		assets(cases);
		queries(cases);
		return cases;
	}

	private static void assets(List<Case> cases) {
		String good = "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[0.33,51.48]},"
				+ "\"properties\":{\"name\":\"Bad input asset\",\"category\":\"library\",\"tags\":[\"a\"]}}";
		for (String bad : REQUIRED_TEXT) {
			cases.add(new Case("planner", "POST", "/api/assets", good.replace("\"Bad input asset\"", bad)));
		}
		for (String bad : List.of("\"a;b\"", "[[\"a\"]]", "[null]", "[1]", "1", "{}", "[\"\\u0000\"]",
				"[\"\\u200b\"]")) {
			cases.add(new Case("planner", "POST", "/api/assets", good.replace("[\"a\"]", bad)));
		}
		for (String bad : List.of("[0.33]", "[\"0.33\",51.48]", "[0.33,51.48,1,2]", "[200,51.48]", "[51.48,0.33]",
				"\"0.33,51.48\"", "[null,51.48]", "[]")) {
			cases.add(new Case("planner", "POST", "/api/assets", good.replace("[0.33,51.48]", bad)));
		}
		for (String bad : List.of("\"nope\"", "1", "null", "\"\"", "[\"library\"]")) {
			cases.add(new Case("planner", "POST", "/api/assets", good.replace("\"library\"", bad)));
		}
		cases.add(new Case("planner", "POST", "/api/assets", with(good, UNKNOWN_FIELD, "1")));
		cases.add(new Case("planner", "POST", "/api/assets",
				good.replace("\"tags\":[\"a\"]", "\"tags\":[\"a\"],\"" + UNKNOWN_FIELD + "\":1")));
		for (String body : BODIES) {
			cases.add(new Case("planner", "POST", "/api/assets", body));
		}
	}

	private static void queries(List<Case> cases) {
		// In a fixed order, so a failing case names the same URL on every run.
		Map<String, List<String>> reads = new LinkedHashMap<>();
		reads.put("/api/assets/export.csv", List.of("limit=abc", "limit=-1", "limit=1.5"));
		reads.put("/api/assets",
				List.of("limit=abc", "limit=-1", "limit=1.5", "bbox=1,2", "bbox=a,b,c,d", "offset=-1"));
		reads.put("/api/assets/export.geojson", List.of("bbox=1,2", "bbox=1,2,3", "bbox=x,y,z,w"));
		reads.put("/api/small-areas", List.of("bbox=1,2", "bbox=a,b,c,d", "bbox=0.6,51.6,0.2,51.4"));
		reads.put("/api/places/search", List.of("q=", "q=a", "q=%20%20", "q=a%00b", "q=" + "x".repeat(61)));
		reads.put("/api/introductions/summary",
				List.of("by=", "by=nope", "from=2013-13-01", "from=abc", "to=yesterday"));
		reads.forEach((path, params) -> params
			.forEach(q -> cases.add(new Case("planner", "GET", path + "?council=E06000034&" + q, null))));
	}

	/** Each field's bad values in the good body, then the broken bodies. */
	private static void endpoint(List<Case> cases, String who, String method, String path, String good,
			List<Field> fields) {
		for (Field field : fields) {
			for (String bad : field.bad()) {
				cases.add(new Case(who, method, path, with(good, field.name(), bad)));
			}
		}
		// A field the request does not have (a misspelling) is refused, not dropped.
		cases.add(new Case(who, method, path, with(good, UNKNOWN_FIELD, "1")));
		for (String body : BODIES) {
			cases.add(new Case(who, method, path, body));
		}
	}

	/**
	 * The good body with the field set to the raw JSON {@code value} (added if absent).
	 */
	static String with(String good, String field, String value) {
		String key = "\"" + field + "\":";
		int at = good.indexOf(key);
		if (at < 0) {
			return good.substring(0, good.length() - 1) + "," + key + value + "}";
		}
		int start = at + key.length();
		int end = endOfValue(good, start);
		return good.substring(0, start) + value + good.substring(end);
	}

	private static int endOfValue(String json, int start) {
		int depth = 0;
		boolean inString = false;
		for (int i = start; i < json.length(); i++) {
			char c = json.charAt(i);
			if (inString) {
				if (c == '\\') {
					i++;
				}
				else if (c == '"') {
					inString = false;
				}
			}
			else if (c == '"') {
				inString = true;
			}
			else if (c == '[' || c == '{') {
				depth++;
			}
			else if (c == ']' || c == '}') {
				if (depth == 0) {
					return i;
				}
				depth--;
			}
			else if (c == ',' && depth == 0) {
				return i;
			}
		}
		return json.length();
	}

	private static String huge(int length) {
		return "\"" + "x".repeat(length) + "\"";
	}

	private static List<String> concat(List<String> a, List<String> b) {
		List<String> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	private BadInputCases() {
	}

}
