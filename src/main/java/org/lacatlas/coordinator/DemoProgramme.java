package org.lacatlas.coordinator;

import java.util.List;

import org.lacatlas.neighbourhood.NeighbourhoodGenerator;
import org.lacatlas.neighbourhood.NeighbourhoodPlans;
import org.lacatlas.council.Councils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code demo} profile's programme: Thurrock as launched in June 2013. A generated
 * neighbourhood plan, and posts in post for Grays Riverside, Stanford-le-Hope and
 * Corringham and South Ockendon, with Purfleet's post vacant and supported from South
 * Ockendon. Each post's patch is the neighbourhood holding its town. Runs once: an
 * existing plan is left alone.
 */
@Component
@Profile("demo")
@Order(10)
class DemoProgramme implements ApplicationRunner {

	static final long SEED = 2013;

	private static final Logger log = LoggerFactory.getLogger(DemoProgramme.class);

	private final NeighbourhoodPlans plans;

	private final NeighbourhoodGenerator generator;

	private final CoordinatorPosts posts;

	private final JdbcClient jdbc;

	private final Councils councils;

	private final String council;

	DemoProgramme(NeighbourhoodPlans plans, NeighbourhoodGenerator generator, CoordinatorPosts posts, JdbcClient jdbc,
			Councils councils, @Value("${lacatlas.demo.council}") String council) {
		this.plans = plans;
		this.generator = generator;
		this.posts = posts;
		this.jdbc = jdbc;
		this.councils = councils;
		this.council = council;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (plans.current(council).isPresent()) {
			return;
		}
		int min = councils.get(council).minResidents();
		int max = councils.get(council).maxResidents();
		var proposal = generator.generate(council, SEED, List.of(), min, max);
		plans.replace(council, null, proposal.neighbourhoods(), min, max, "demo", "generate");
		long purfleet = patchHolding("Purfleet-on-Thames");
		post("Grays Riverside", PostStatus.IN_POST, patchHolding("Grays"), null);
		post("Stanford-le-Hope and Corringham", PostStatus.IN_POST, patchHolding("Stanford-le-Hope"), null);
		post("South Ockendon", PostStatus.IN_POST, patchHolding("South Ockendon"), purfleet);
		post("Purfleet", PostStatus.VACANT, purfleet, null);
		log.info("Demo programme: {} neighbourhoods, 3 coordinators in post and Purfleet vacant",
				proposal.neighbourhoods().size());
	}

	private void post(String name, PostStatus status, long patch, Long supports) {
		posts.create(council, new CoordinatorPosts.PostChange(name, status, patch, supports, null));
	}

	private long patchHolding(String town) {
		return jdbc.sql("""
				SELECT n.id FROM neighbourhood n
				JOIN neighbourhood_plan p ON p.id = n.plan_id AND p.authority_code = :a
				JOIN place t ON t.authority_code = p.authority_code AND t.name = :town
				ORDER BY ST_Distance(n.outline, t.geom), n.id LIMIT 1
				""").param("a", council).param("town", town).query(Long.class).single();
	}

}
