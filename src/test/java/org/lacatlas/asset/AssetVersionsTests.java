package org.lacatlas.asset;

import org.junit.jupiter.api.Test;

import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The version an edit started from: If-Match first, then the body's version. */
class AssetVersionsTests {

	@Test
	void ifMatchIsTheQuotedVersionStrongOrWeak() {
		assertThat(AssetVersions.expected("\"7\"", 3)).isEqualTo(7);
		assertThat(AssetVersions.expected("W/\"7\"", null)).isEqualTo(7);
		assertThat(AssetVersions.expected("7", null)).isEqualTo(7);
		assertThat(AssetVersions.expected(null, 3)).isEqualTo(3);
		assertThat(AssetVersions.expected(null, null)).isNull();
		assertThat(AssetVersions.etag(4)).isEqualTo("\"4\"");
	}

	@Test
	void aMissingVersionIsPreconditionRequiredAndAMalformedOneABadRequest() {
		assertThatThrownBy(() -> AssetVersions.required(null, null)).isInstanceOf(ResponseStatusException.class)
			.hasMessageContaining("428");
		assertThatThrownBy(() -> AssetVersions.expected("*", null)).hasMessageContaining("400");
	}

}
