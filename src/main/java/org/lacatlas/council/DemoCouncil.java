package org.lacatlas.council;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo council's settings: Thurrock's own 2013 figures, from its Local Area
 * Coordination expansion proposal and the published evaluations it cites. Set once, after
 * the demo's geography is loaded and while nobody has edited the settings (version 1), so
 * an administrator's later changes stay. No other council gets these figures.
 */
@Component
@Profile("demo")
@Order(2)
class DemoCouncil implements ApplicationRunner {

	static final String PROPOSAL = "Thurrock Council, Local Area Coordination expansion proposal (2013)";

	/**
	 * The 2013 proposal states no caseload; the demo borrows the nearest published figure
	 * and says so, for a council to replace with its own.
	 */
	static final String CASELOAD_SOURCE = "Not from Thurrock: NHS England describes a typical caseload of 200–250 "
			+ "people a year for a social prescribing link worker; coordinators stay with people longer";

	private static final Logger log = LoggerFactory.getLogger(DemoCouncil.class);

	private final Councils councils;

	private final String code;

	DemoCouncil(Councils councils, @Value("${lacatlas.demo.council}") String code) {
		this.councils = councils;
		this.code = code;
	}

	@Override
	public void run(ApplicationArguments args) {
		var council = councils.find(code);
		if (council.isEmpty() || council.get().version() != 1) {
			return;
		}
		Council c = council.get();
		councils.update(code, c.version(), new CouncilSettings(c.name(), CouncilKind.BOROUGH, 8000, 12000, 40_000L,
				60_000L, PROPOSAL + ": about £40,000 a coordinator; 8 coordinators and a manager about £380,000", 4.0,
				"Published evaluations of Local Area Coordination, cited by the 2013 proposal: at least £4 of social "
						+ "value for each £1",
				List.of(new Council.CostEquivalent("1 older person's residential care placement", PROPOSAL),
						new Council.CostEquivalent("3 people avoiding day care 5 days a week", PROPOSAL),
						new Council.CostEquivalent("8 home care packages of 1 hour a day", PROPOSAL),
						new Council.CostEquivalent("2–3 people avoiding eviction", PROPOSAL)),
				200, CASELOAD_SOURCE, c.attribution()), "demo");
		log.info("Demo council {}: Thurrock's 2013 costs, social value and cost equivalents", c.name());
	}

}
