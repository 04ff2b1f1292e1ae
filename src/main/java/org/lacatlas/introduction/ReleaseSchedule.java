package org.lacatlas.introduction;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Makes the releases that are due and applies the retention rule, for every council: at
 * start-up (after the demo's introductions, {@code @Order(20)}) and every hour, so a
 * month is released within the hour after it closes. Safe on any number of app instances:
 * each release takes the council's release lock and releases only what is not released
 * yet.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@Order(30)
class ReleaseSchedule implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ReleaseSchedule.class);

	private final IntroductionReleases releases;

	private final IntroductionRetention retention;

	private final ReleaseRepository repository;

	private final Clock clock = Clock.systemDefaultZone();

	ReleaseSchedule(IntroductionReleases releases, IntroductionRetention retention, ReleaseRepository repository) {
		this.releases = releases;
		this.retention = retention;
		this.repository = repository;
	}

	@Override
	public void run(ApplicationArguments args) {
		releaseAndRetain();
	}

	@Scheduled(cron = "0 7 * * * *")
	void releaseAndRetain() {
		LocalDate today = LocalDate.now(clock);
		for (String authority : repository.authorities()) {
			int released = releases.releaseDue(authority, today);
			int deleted = retention.apply(authority, today);
			if (released > 0 || deleted > 0) {
				log.info("Introductions of {}: {} months released, {} introductions past retention deleted", authority,
						released, deleted);
			}
		}
	}

}
