package org.lacatlas.council;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JSON bodies are read as written or refused, never quietly changed: no fraction where a
 * whole number belongs (also {@code spring.jackson.deserialization}), no number or
 * true/false where text belongs, no text where a list or a number belongs, no null inside
 * a list, and no text with control characters, lone surrogates or only invisible
 * characters ({@link Text}).
 */
@Configuration
class StrictJson {

	@Bean
	Jackson2ObjectMapperBuilderCustomizer strictJsonBinding() {
		return builder -> builder
			.modulesToInstall(new SimpleModule("lacatlas-strict-text").addDeserializer(String.class, new CheckedText()))
			.postConfigurer(mapper -> {
				mapper.coercionConfigFor(LogicalType.Textual)
					.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
					.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
					.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
				for (LogicalType number : new LogicalType[] { LogicalType.Integer, LogicalType.Float,
						LogicalType.Boolean }) {
					mapper.coercionConfigFor(number)
						.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
				}
				mapper.coercionConfigFor(LogicalType.Integer)
					.setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
				mapper.coercionConfigFor(LogicalType.Collection)
					.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
					.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
				for (Class<?> list : List.of(List.class, Set.class, Collection.class)) {
					mapper.configOverride(list).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
				}
			});
	}

	/**
	 * Text as sent, or refused saying what is wrong with it; left to the record's own
	 * checks when it is {@link ChecksItsText}.
	 */
	static final class CheckedText extends StringDeserializer implements ContextualDeserializer {

		@Override
		public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
			boolean checkedByRecord = property != null && property.getMember() != null
					&& property.getMember().getDeclaringClass().isAnnotationPresent(ChecksItsText.class);
			return checkedByRecord ? StringDeserializer.instance : this;
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			String value = super.deserialize(parser, context);
			String problem = value == null || value.isEmpty() ? null : Text.problem(value, Integer.MAX_VALUE, false);
			if (problem != null && !(problem.equals("is only spaces") && value.isBlank())) {
				// Plain spaces are left to each field's own check (optional fields may be
				// blank); invisible characters only are refused everywhere.
				String what = problem.equals("is only spaces") ? "is only invisible characters" : problem;
				throw context.weirdStringException(value, String.class, "text " + what);
			}
			return value;
		}

	}

}
