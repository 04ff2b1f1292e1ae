package org.lacatlas;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/** Each top-level package is a module; other modules may use only its root package. */
class ModularityTests {

	@Test
	void modulesOnlyUseEachOthersPublicFaces() {
		ApplicationModules.of(LacAtlasApplication.class).verify();
	}

}
