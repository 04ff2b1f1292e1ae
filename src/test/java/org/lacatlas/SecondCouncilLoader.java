package org.lacatlas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;

import org.lacatlas.coordinator.CoordinatorPosts;
import org.lacatlas.coordinator.PostStatus;
import org.lacatlas.geography.GeographyImporter;
import org.lacatlas.neighbourhood.NeighbourhoodGenerator;
import org.lacatlas.neighbourhood.NeighbourhoodPlans;
import org.lacatlas.security.Role;
import org.lacatlas.security.UserAccounts;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loads {@link SecondCouncil} after the demo, as its people would: imported from files, a
 * plan generated in its own band, two coordinators in post and one post vacant, and a
 * user per role (password {@link IntegrationTest#PASSWORD}). A second start on the same
 * database changes nothing.
 */
@TestComponent
@Order(50)
class SecondCouncilLoader implements ApplicationRunner {

	private final GeographyImporter importer;

	private final NeighbourhoodGenerator generator;

	private final NeighbourhoodPlans plans;

	private final CoordinatorPosts posts;

	private final UserAccounts users;

	private final JdbcClient jdbc;

	SecondCouncilLoader(GeographyImporter importer, NeighbourhoodGenerator generator, NeighbourhoodPlans plans,
			CoordinatorPosts posts, UserAccounts users, JdbcClient jdbc) {
		this.importer = importer;
		this.generator = generator;
		this.plans = plans;
		this.posts = posts;
		this.users = users;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		var dir = Files.createTempDirectory("eastwick-");
		importer.importCouncil(SecondCouncil.write(jdbc, dir), "test");
		if (plans.current(SecondCouncil.CODE).isEmpty()) {
			var proposal = generator.generate(SecondCouncil.CODE, 7, List.of(), SecondCouncil.MIN, SecondCouncil.MAX);
			var plan = plans.replace(SecondCouncil.CODE, null, proposal.neighbourhoods(), SecondCouncil.MIN,
					SecondCouncil.MAX, "test", "generate");
			var ids = plan.neighbourhoods().stream().map(n -> n.id()).sorted().toList();
			posts.create(SecondCouncil.CODE,
					new CoordinatorPosts.PostChange("Eastwick North", PostStatus.IN_POST, ids.get(0), null, null));
			posts.create(SecondCouncil.CODE,
					new CoordinatorPosts.PostChange("Eastwick South", PostStatus.IN_POST, ids.get(1), null, null));
			posts.create(SecondCouncil.CODE,
					new CoordinatorPosts.PostChange("Eastwick West", PostStatus.VACANT, ids.get(2), null, null));
		}
		var admin = new UserAccounts.Manager("test", null);
		for (Role role : List.of(Role.PLANNER, Role.COORDINATOR, Role.COUNCILLOR, Role.ADMIN)) {
			String name = SecondCouncil.user(role.name().toLowerCase(Locale.ROOT));
			if (users.list(admin).stream().noneMatch(u -> u.username().equals(name))) {
				users.create(admin,
						new UserAccounts.NewUser(name, IntegrationTest.PASSWORD, role, SecondCouncil.CODE, List.of()));
			}
		}
		try (var files = Files.walk(dir)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (UncheckedIOException ex) {
			// a temporary folder left behind is harmless
		}
	}

}
