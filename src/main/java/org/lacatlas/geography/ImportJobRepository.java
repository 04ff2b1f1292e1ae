package org.lacatlas.geography;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Import jobs' progress. Each write is its own short transaction (the caller runs outside
 * the import's), so another instance sees a job's progress while the import runs.
 */
@Repository
class ImportJobRepository {

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	ImportJobRepository(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insert(ImportJob job) {
		jdbc.sql("""
				INSERT INTO council_import_job (id, council_code, state, steps, step_name, started_by)
				VALUES (:id, :council, 'queued', :steps, 'Waiting to start', :by)
				""")
			.param("id", job.id())
			.param("council", job.council())
			.param("steps", job.steps())
			.param("by", job.startedBy())
			.update();
	}

	void step(UUID id, int step, String name) {
		jdbc.sql("UPDATE council_import_job SET state = 'running', step = :step, step_name = :name WHERE id = :id")
			.param("id", id)
			.param("step", step)
			.param("name", name)
			.update();
	}

	void finish(UUID id, String state, List<String> problems, Object report) {
		jdbc.sql("""
				UPDATE council_import_job SET state = :state, problems = CAST(:problems AS jsonb),
					report = CAST(:report AS jsonb), finished_at = now(),
					step = CASE WHEN :state = 'done' THEN steps ELSE step END,
					step_name = CASE :state WHEN 'done' THEN 'Done' WHEN 'refused' THEN 'Refused: nothing was changed'
						ELSE 'Failed: nothing was changed' END
				WHERE id = :id
				""")
			.param("id", id)
			.param("state", state)
			.param("problems", write(problems))
			.param("report", report == null ? null : write(report))
			.update();
	}

	Optional<ImportJob> find(UUID id) {
		return jdbc.sql("""
				SELECT id, council_code, state, step, steps, step_name, problems::text, report::text, started_by,
					started_at::text, finished_at::text
				FROM council_import_job WHERE id = :id
				""")
			.param("id", id)
			.query((rs, n) -> new ImportJob(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getInt(5), rs.getString(6), read(rs.getString(7)), tree(rs.getString(8)), rs.getString(9),
					rs.getString(10), rs.getString(11)))
			.optional();
	}

	private com.fasterxml.jackson.databind.JsonNode tree(String text) {
		try {
			return text == null ? null : json.readTree(text);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private List<String> read(String text) {
		try {
			return List.of(json.readValue(text, String[].class));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String write(Object value) {
		try {
			return json.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
