-- Coverage: which small areas lie in a neighbourhood whose coordinator is in post. A read model over the
-- neighbourhood and coordinator tables; counts are sums over whole small areas.

CREATE VIEW small_area_coverage AS
SELECT s.code AS small_area_code,
	s.authority_code,
	s.ward_code,
	na.neighbourhood_id,
	p.id AS post_id,
	p.status AS post_status,
	coalesce(p.status = 'IN_POST', false) AS covered,
	EXISTS (SELECT 1 FROM coordinator_post sp
		WHERE sp.supports_neighbourhood_id = na.neighbourhood_id AND sp.status = 'IN_POST') AS supported
FROM small_area s
LEFT JOIN neighbourhood_plan np ON np.authority_code = s.authority_code
LEFT JOIN neighbourhood_area na ON na.plan_id = np.id AND na.small_area_code = s.code
LEFT JOIN coordinator_post p ON p.neighbourhood_id = na.neighbourhood_id;

COMMENT ON VIEW small_area_coverage IS 'Each small area with its neighbourhood and post; covered = its neighbourhood has a coordinator in post. supported = another post in post supports it (not counted as covered).';
