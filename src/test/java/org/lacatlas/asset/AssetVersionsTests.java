package org.lacatlas.asset;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;

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
		assertThatThrownBy(() -> AssetVersions.required(null, null))
			.isInstanceOfSatisfying(AssetProblem.AssetVersionMissing.class,
					ex -> assertThat(ex.status()).isEqualTo(HttpStatus.PRECONDITION_REQUIRED))
			.hasMessageContaining("If-Match");
		assertThatThrownBy(() -> AssetVersions.expected("*", null)).isInstanceOfSatisfying(
				AssetProblem.AssetVersionUnreadable.class,
				ex -> assertThat(ex.status()).isEqualTo(HttpStatus.BAD_REQUEST));
	}

}
