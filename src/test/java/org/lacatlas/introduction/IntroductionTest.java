package org.lacatlas.introduction;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.lacatlas.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;

/**
 * A test of recorded introductions: each test starts and ends with none of the tests' own
 * introductions stored, so one test's records never count in another's figures. (JUnit
 * runs this class's set-up before a subclass's, and its clean-up after.)
 */
abstract class IntroductionTest extends IntegrationTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	ApplicationContext context;

	IntroductionFixtures fixtures;

	@BeforeEach
	void startWithNoTestIntroductions() {
		fixtures = new IntroductionFixtures(http, jdbc, this::url, context);
		fixtures.deleteTestIntroductions();
	}

	@AfterEach
	void removeTestIntroductions() {
		fixtures.deleteTestIntroductions();
	}

}
