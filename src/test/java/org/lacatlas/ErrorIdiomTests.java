package org.lacatlas;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One error idiom, read from the source: services throw their module's own exceptions,
 * named for what went wrong, and each module has at most one advice that turns them into
 * problem+json. So {@code ResponseStatusException} appears only in controllers and
 * advice, and {@code @ExceptionHandler} only in advice.
 */
class ErrorIdiomTests {

	private static final Path MAIN = Path.of("src/main/java/org/lacatlas");

	private static final Pattern CONTROLLER = Pattern.compile("@(Rest)?Controller\\b");

	private static final Pattern ADVICE = Pattern.compile("@(Rest)?ControllerAdvice\\b");

	@Test
	void onlyControllersAndAdviceMentionResponseStatusException() throws IOException {
		assertThat(throwingOutsideControllers(sources()))
			.as("classes that are neither controllers nor advice but use ResponseStatusException")
			.isEmpty();
	}

	private static List<String> throwingOutsideControllers(Stream<Source> sources) {
		return sources.filter(f -> f.text().contains("ResponseStatusException"))
			.filter(f -> !CONTROLLER.matcher(f.text()).find() && !ADVICE.matcher(f.text()).find())
			.map(Source::name)
			.toList();
	}

	@Test
	void exceptionHandlersLiveInAdviceOnly() throws IOException {
		assertThat(sources().filter(f -> f.text().contains("@ExceptionHandler"))
			.filter(f -> !ADVICE.matcher(f.text()).find())
			.map(Source::name)).as("@ExceptionHandler outside a @RestControllerAdvice").isEmpty();
	}

	@Test
	void eachModuleHasAtMostOneAdvice() throws IOException {
		Map<String, List<String>> byModule = sources().filter(f -> ADVICE.matcher(f.text()).find())
			.collect(Collectors.groupingBy(Source::module, Collectors.mapping(Source::name, Collectors.toList())));
		assertThat(byModule).isNotEmpty();
		assertThat(byModule.values()).allSatisfy(advice -> assertThat(advice).hasSize(1));
	}

	/**
	 * The rule reads text, so show it on text: a service is caught, a controller is not.
	 */
	@Test
	void theRuleCatchesAServiceAndLetsAControllerBe() {
		Source service = new Source("planning/Example.java", """
				@Service
				class Example {
					void go() { throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no"); }
				}
				""");
		Source controller = new Source("planning/ExampleController.java",
				service.text().replace("@Service", "@RestController"));
		assertThat(throwingOutsideControllers(Stream.of(service, controller))).containsExactly("planning/Example.java");
	}

	record Source(String name, String text) {

		String module() {
			int slash = name.indexOf('/');
			return slash < 0 ? "" : name.substring(0, slash);
		}

	}

	private static Stream<Source> sources() throws IOException {
		assertThat(MAIN).isDirectory();
		try (Stream<Path> files = Files.walk(MAIN)) {
			return files.filter(p -> p.toString().endsWith(".java"))
				.map(p -> new Source(MAIN.relativize(p).toString().replace('\\', '/'), read(p)))
				.toList()
				.stream();
		}
	}

	private static String read(Path p) {
		try {
			return Files.readString(p);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
