package org.lacatlas.system;

import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.http.converter.HttpMessageNotReadableException;

/** What was wrong with a JSON body, in words for the person who sent it. */
final class UnreadableBody {

	private UnreadableBody() {
	}

	static String detail(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getCause();
		if (!(cause instanceof JsonProcessingException json)) {
			return "The body is missing or is not JSON.";
		}
		if (!(json instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
			return "The body is not well-formed JSON: " + json.getOriginalMessage().replaceAll("\\s+", " ");
		}
		String field = mapping.getPath()
			.stream()
			.map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
			.collect(Collectors.joining())
			.replaceFirst("^\\.", "");
		return "'" + field + "' " + why(mapping) + ".";
	}

	private static String why(JsonMappingException mapping) {
		if (mapping instanceof InvalidNullException) {
			return "must not be null";
		}
		if (mapping instanceof UnrecognizedPropertyException) {
			return "is not a field of this request";
		}
		if (mapping instanceof InvalidFormatException format && format.getOriginalMessage().contains("text ")) {
			return format.getOriginalMessage()
				.replaceAll(".*(text [^:]*).*", "$1")
				.replaceAll("\\s+", " ")
				.strip()
				.replaceFirst("^text ", "");
		}
		if (mapping instanceof MismatchedInputException input && input.getTargetType() != null) {
			return "must be " + expected(input.getTargetType());
		}
		return "has a value of the wrong kind";
	}

	private static String expected(Class<?> type) {
		if (type == int.class || type == Integer.class || type == long.class || type == Long.class
				|| type == short.class || type == Short.class) {
			return "a whole number";
		}
		if (type == double.class || type == Double.class || type == float.class || type == Float.class
				|| Number.class.isAssignableFrom(type)) {
			return "a number";
		}
		if (type == boolean.class || type == Boolean.class) {
			return "true or false";
		}
		if (type == String.class) {
			return "text in quotes";
		}
		if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
			return "a list [ … ]";
		}
		if (type.isEnum()) {
			return "one of " + java.util.Arrays.toString(type.getEnumConstants());
		}
		return "an object { … }";
	}

}
