-- hexagon_of before (V8, SQL) and after (V50, PL/pgSQL): 200,000 random points over Thurrock (EPSG:27700),
-- 250 m hexagons, each version twice, then how many points the two put in different hexagons.
-- psql -h 127.0.0.1 -p PORT -U lacatlas -d A_TEST_DATABASE -f scripts/bench-hexagon-of.sql
\timing on
CREATE TEMP TABLE pts AS SELECT 560000 + random() * 30000 AS x, 175000 + random() * 15000 AS y FROM generate_series(1, 200000);
CREATE FUNCTION pg_temp.hexagon_of_v8(x double precision, y double precision, size double precision) RETURNS integer[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
	SELECT CASE WHEN (x - 1.5 * size * c0) ^ 2 + (y - sqrt(3) * size * j0 - o0) ^ 2
			<= (x - 1.5 * size * (c0 + 1)) ^ 2 + (y - sqrt(3) * size * j1 - o1) ^ 2
		THEN ARRAY[c0, j0] ELSE ARRAY[c0 + 1, j1] END
	FROM (SELECT c0, o0, o1, round((y - o0) / (sqrt(3) * size))::int AS j0, round((y - o1) / (sqrt(3) * size))::int AS j1
		FROM (SELECT c0, CASE WHEN c0 % 2 <> 0 THEN sqrt(3) / 2 * size ELSE 0 END AS o0,
			CASE WHEN (c0 + 1) % 2 <> 0 THEN sqrt(3) / 2 * size ELSE 0 END AS o1
			FROM (SELECT floor(x / (1.5 * size))::int AS c0) a) b) c
$$;
SELECT 'v8 sql', count(DISTINCT pg_temp.hexagon_of_v8(x, y, 250)) FROM pts;
SELECT 'v50 plpgsql', count(DISTINCT hexagon_of(x, y, 250)) FROM pts;
SELECT 'v8 sql', count(DISTINCT pg_temp.hexagon_of_v8(x, y, 250)) FROM pts;
SELECT 'v50 plpgsql', count(DISTINCT hexagon_of(x, y, 250)) FROM pts;
SELECT 'differ', count(*) FROM pts WHERE pg_temp.hexagon_of_v8(x, y, 250) <> hexagon_of(x, y, 250);
