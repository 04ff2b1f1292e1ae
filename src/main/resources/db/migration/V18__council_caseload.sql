-- How many people a coordinator can take on in a year, as the council states it (null: not
-- stated), and where the figure comes from: the caseload chart compares each patch's
-- published introductions with it.
ALTER TABLE council
	ADD COLUMN caseload_per_year integer CHECK (caseload_per_year BETWEEN 1 AND 10000),
	ADD COLUMN caseload_source text;
