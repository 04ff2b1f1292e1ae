package org.lacatlas.asset;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Search parameters: only clean values reach SQL. */
class AssetQueryTests {

	static final Set<String> CATEGORIES = Set.of("library", "lunch-club");

	static AssetQuery parse(String q, String category, String near, String radius, String limit) {
		return AssetQuery.parse(new AssetQuery.Params(q, category, null, null, null, null, near, radius, limit, null),
				CATEGORIES);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			value = { "lunch club|lunch:* & club:*", "Men's shed!|men:* & s:* & shed:*",
					"'); DROP TABLE asset;--|drop:* & table:* & asset:*",
					"<img src=x onerror=alert(1)>|img:* & src:* & x:* & onerror:* & alert:* & 1:*", "Café|café:*" })
	void textBecomesAPrefixQueryOfWordsOnly(String q, String tsquery) {
		assertThat(parse(q, null, null, null, null).tsquery()).isEqualTo(tsquery);
	}

	@Test
	void blankTextIsNoTextFilter() {
		assertThat(parse("  ;; ", null, null, null, null).tsquery()).isNull();
	}

	@Test
	void defaultsAreAPageOfAHundredPublishedAndProposedAssets() {
		AssetQuery query = parse(null, "library,lunch-club", null, null, null);
		assertThat(query.limit()).isEqualTo(100);
		assertThat(query.statuses()).containsExactly("proposed", "published");
		assertThat(query.categories()).containsExactly("library", "lunch-club");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "-", value = { "-|pub|-|-|-|category", "-|-|0.3|-|-|near",
			"-|-|0.3,51.4|99999|-|radius", "-|-|-|100|-|radius", "-|-|-|-|0|limit", "-|-|-|-|many|limit" })
	void faultsNameTheParameter(String q, String category, String near, String radius, String limit, String field) {
		assertThatThrownBy(() -> parse(q, category, near, radius, limit)).isInstanceOf(AssetRejected.class)
			.satisfies(ex -> assertThat(((AssetRejected) ex).errors().get(0).field()).isEqualTo(field));
	}

}
