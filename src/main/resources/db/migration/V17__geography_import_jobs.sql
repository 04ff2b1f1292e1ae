-- Imports started from the admin page: each runs in the background and reports its progress here, so
-- whichever app instance a browser asks can say how far it got and, when refused, every problem.
CREATE TABLE council_import_job (
	id            uuid PRIMARY KEY,
	council_code  text NOT NULL CHECK (council_code ~ '^[A-Za-z0-9]{1,20}$'),
	state         text NOT NULL CHECK (state IN ('queued', 'running', 'done', 'refused', 'failed')),
	step          integer NOT NULL DEFAULT 0,
	steps         integer NOT NULL,
	step_name     text NOT NULL,
	problems      jsonb NOT NULL DEFAULT '[]',
	report        jsonb,
	started_by    text NOT NULL,
	started_at    timestamptz NOT NULL DEFAULT now(),
	finished_at   timestamptz
);
CREATE INDEX council_import_job_council_idx ON council_import_job (council_code, started_at DESC);
COMMENT ON TABLE council_import_job IS 'A council import started from the admin page: its progress (step of steps), and its problems when refused. No file content is kept.';
