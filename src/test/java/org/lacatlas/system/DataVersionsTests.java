package org.lacatlas.system;

import org.junit.jupiter.api.Test;
import org.lacatlas.IntegrationTest;
import org.lacatlas.system.DataVersions.Topic;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Data versions move with committed changes to their tables, and only with those. */
class DataVersionsTests extends IntegrationTest {

	@Autowired
	DataVersions versions;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void aCommittedChangeMovesItsOwnVersionOnly() {
		String before = versions.of(Topic.GEOGRAPHY, Topic.NEIGHBOURHOODS, Topic.ASSETS, Topic.INTRODUCTIONS);
		jdbc.sql("UPDATE asset SET phone = phone WHERE id = (SELECT min(id) FROM asset)").update();
		String after = versions.of(Topic.GEOGRAPHY, Topic.NEIGHBOURHOODS, Topic.ASSETS, Topic.INTRODUCTIONS);
		String[] b = before.split("\\.");
		String[] a = after.split("\\.");
		assertThat(a[0]).isEqualTo(b[0]);
		assertThat(a[1]).isEqualTo(b[1]);
		assertThat(Long.parseLong(a[2])).isGreaterThan(Long.parseLong(b[2]));
		assertThat(a[3]).isEqualTo(b[3]);
	}

	@Test
	void everyKindOfDataIsCounted() {
		for (String[] change : new String[][] { { "GEOGRAPHY", "UPDATE place SET name = name" },
				{ "NEIGHBOURHOODS", "UPDATE coordinator_post SET name = name" },
				{ "INTRODUCTIONS", "UPDATE introduction_release SET synthetic = synthetic" } }) {
			Topic topic = Topic.valueOf(change[0]);
			String before = versions.of(topic);
			jdbc.sql(change[1]).update();
			assertThat(versions.of(topic)).as(change[1]).isNotEqualTo(before);
		}
	}

	/**
	 * Recording an introduction publishes nothing until its month's release, so it moves
	 * no version (and so no ETag, and no cached answer is built again).
	 */
	@Test
	void recordingAnIntroductionMovesNoVersion() {
		String before = versions.of(Topic.values());
		transaction.executeWithoutResult(status -> {
			jdbc.sql("""
					INSERT INTO introduction_batch (authority_code, kind, synthetic, note, recorded_by)
					VALUES ('E06000034', 'FORM', false, 'test', 'coordinator')
					""").update();
			jdbc.sql(
					"""
							INSERT INTO introduction (batch_id, authority_code, introduced_on, source, support_level, age_band,
								needs, sector_code, record_key, place_key, release_month)
							SELECT max(id), 'E06000034', DATE '2012-05-01', 'OTHER', 1, '65-74', '{OLDER_PERSON}', 'RM17 6', 1, 1,
								DATE '2099-01-01' FROM introduction_batch
							""")
				.update();
			jdbc.sql(
					"UPDATE introduction SET small_area_code = introduction_placement(id) WHERE release_month = '2099-01-01'")
				.update();
			assertThat(versions.of(Topic.values())).isEqualTo(before);
			status.setRollbackOnly();
		});
	}

	@Test
	void aChangeRolledBackLeavesTheVersion() {
		String before = versions.of(Topic.ASSETS);
		transaction.executeWithoutResult(status -> {
			jdbc.sql("UPDATE asset SET phone = phone").update();
			assertThat(versions.of(Topic.ASSETS)).isNotEqualTo(before);
			status.setRollbackOnly();
		});
		assertThat(versions.of(Topic.ASSETS)).isEqualTo(before);
	}

}
