-- Community assets: what coordinators pin on the map (libraries, lunch clubs, men's sheds, ...), every
-- change to them, and the fixed taxonomy they are filed under. Points are stored in British National
-- Grid (EPSG:27700) so distances are metres; the API transforms to WGS84 only when it answers.

CREATE TABLE asset_category (
	code         text PRIMARY KEY CHECK (code ~ '^[a-z][a-z-]*[a-z]$'),
	label        text NOT NULL,
	colour       text NOT NULL CHECK (colour ~ '^#[0-9a-f]{6}$'),
	description  text NOT NULL,
	sort_order   smallint NOT NULL UNIQUE
);
COMMENT ON TABLE asset_category IS 'The fixed taxonomy of community assets. It changes only by migration; free tags on each asset say the rest.';
COMMENT ON COLUMN asset_category.colour IS 'Marker colour on the map (the map also names the category in text, so colour is never the only cue).';

INSERT INTO asset_category (code, label, colour, description, sort_order) VALUES
	('library',           'Libraries',                         '#1f77b4', 'Public libraries, including those inside community hubs.', 1),
	('community-centre',  'Community hubs and centres',        '#ff7f0e', 'Community hubs, centres, halls and social clubs open to local people.', 2),
	('forum',             'Forums',                            '#8c564b', 'Community forums, residents'' and tenants'' associations.', 3),
	('social-group',      'Social and hobby groups',           '#e377c2', 'Clubs and groups that meet for company or a shared interest.', 4),
	('lunch-club',        'Lunch clubs',                       '#d62728', 'Lunch clubs and day centres offering a shared meal.', 5),
	('faith-group',       'Faith groups and churches',         '#9467bd', 'Churches, mosques, temples and other faith groups and their activities.', 6),
	('community-cafe',    'Community cafes',                   '#bcbd22', 'Cafes where people meet, including community-run cafes.', 7),
	('support-group',     'Support groups',                    '#17becf', 'Peer and carers'' support groups (mental health, dementia, bereavement, ...).', 8),
	('volunteering',      'Volunteering',                      '#2ca02c', 'Volunteering opportunities and volunteer centres.', 9),
	('allotment-garden',  'Allotments and gardening',          '#6b8e23', 'Allotments, community gardens and gardening projects.', 10),
	('music-choir',       'Choirs and music',                  '#c71585', 'Choirs, bands and music groups.', 11),
	('mens-shed',         'Men''s clubs and sheds',            '#7f7f7f', 'Men''s sheds, men''s clubs and similar groups.', 12),
	('sports-leisure',    'Sports and leisure',                '#4169e1', 'Sports clubs, leisure centres, yacht and sailing clubs, walking groups.', 13),
	('museum-heritage',   'Museums and local history',         '#a0522d', 'Museums, heritage sites, local historians and history societies.', 14),
	('advice',            'Advice',                            '#008b8b', 'Advice sessions such as Citizens Advice, welfare rights and debt advice.', 15),
	('children-families', 'Children and families',             '#f4a261', 'Sure Start and children''s centres, early years settings, family groups.', 16),
	('school',            'Schools',                           '#264653', 'Schools and colleges.', 17),
	('gp-surgery',        'GP surgeries',                      '#e63946', 'GP practices and health centres.', 18),
	('pharmacy',          'Pharmacies',                        '#2a9d8f', 'Community pharmacies.', 19),
	('fire-police',       'Fire and police community teams',   '#1d3557', 'Community safety, fire and police community teams and their drop-ins.', 20),
	('gifts-skills',      'Gifts and skills',                  '#ffb703', 'Skills and gifts offered to others (skill shares, time banks); never a private person''s details.', 21);

-- Full-text search text: name (weight A), tags and category (B), description and gifts (C). Angle
-- brackets become spaces first: PostgreSQL's parser would otherwise read "<b>..." as an HTML tag and
-- drop it, so an asset named with markup could never be found.
CREATE FUNCTION asset_search_vector(name text, description text, tags text[], gifts text[], category text)
RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
	SELECT setweight(to_tsvector('english', translate(coalesce(name, ''), '<>', '  ')), 'A')
		|| setweight(to_tsvector('english', translate(array_to_string(tags, ' ') || ' ' || replace(category, '-', ' '), '<>', '  ')), 'B')
		|| setweight(to_tsvector('english', translate(coalesce(description, '') || ' ' || array_to_string(gifts, ' '), '<>', '  ')), 'C')
$$;

CREATE TABLE asset (
	id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	version           integer NOT NULL DEFAULT 1 CHECK (version > 0),
	name              text NOT NULL CHECK (btrim(name) <> '' AND length(name) <= 200),
	description       text CHECK (length(description) <= 4000),
	category          text NOT NULL REFERENCES asset_category (code),
	tags              text[] NOT NULL DEFAULT '{}',
	address           text,
	postcode          text,
	audience          text,
	cost              text CHECK (cost IN ('free', 'low', 'paid')),
	opening_times     text,
	phone             text,
	email             text,
	website           text,
	accessibility     text,
	gifts_and_skills  text[] NOT NULL DEFAULT '{}',
	status            text NOT NULL CHECK (status IN ('proposed', 'published', 'closed')),
	reopen_status     text CHECK (reopen_status IN ('proposed', 'published')),
	source            text NOT NULL,
	source_ref        text,
	licence           text,
	added_by          text NOT NULL,
	updated_by        text NOT NULL,
	created_at        timestamptz NOT NULL DEFAULT now(),
	updated_at        timestamptz NOT NULL DEFAULT now(),
	last_verified     date,
	geom              geometry(Point, 27700) NOT NULL,
	search            tsvector GENERATED ALWAYS AS (asset_search_vector(name, description, tags, gifts_and_skills, category)) STORED,
	CHECK ((status = 'closed') = (reopen_status IS NOT NULL))
);
CREATE INDEX asset_geom_idx ON asset USING gist (geom);
CREATE INDEX asset_search_idx ON asset USING gin (search);
CREATE INDEX asset_category_status_idx ON asset (category, status);
CREATE INDEX asset_name_idx ON asset (lower(name));
CREATE UNIQUE INDEX asset_source_ref_idx ON asset (source, source_ref) WHERE source_ref IS NOT NULL;
COMMENT ON TABLE asset IS 'A community asset. Closing is soft (status closed, reopen_status remembers what to go back to); rows are never deleted.';
COMMENT ON COLUMN asset.version IS 'Optimistic-lock version, the ETag of the asset: every change adds one; an edit naming an older version is refused (412).';
COMMENT ON COLUMN asset.status IS 'proposed (a coordinator added it; a planner has not published it), published (everyone who may read assets sees it), closed.';
COMMENT ON COLUMN asset.audience IS 'Who it is for, as the asset describes itself (e.g. "over 60s", "carers").';
COMMENT ON COLUMN asset.source_ref IS 'The identifier in the source dataset (e.g. ods-F81010); with source it makes seeding idempotent.';
COMMENT ON COLUMN asset.geom IS 'Location in EPSG:27700; seeded points are postcode centroids or food-hygiene geocodes, about 10-100 m from the building.';

-- Snapshot of an asset for the change log: every column but the search vector, the point in WGS84.
CREATE FUNCTION asset_snapshot(a asset) RETURNS jsonb LANGUAGE sql STABLE AS $$
	SELECT (to_jsonb(a) - 'search' - 'geom')
		|| jsonb_build_object('location', ST_AsGeoJSON(ST_Transform(a.geom, 4326), 6)::jsonb)
$$;

CREATE TABLE asset_change (
	id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	asset_id    bigint NOT NULL REFERENCES asset (id),
	version     integer NOT NULL,
	action      text NOT NULL CHECK (action IN ('create', 'edit', 'close', 'reopen', 'publish', 'import', 'seed')),
	changed_by  text NOT NULL,
	changed_at  timestamptz NOT NULL DEFAULT now(),
	before      jsonb,
	after       jsonb NOT NULL
);
CREATE INDEX asset_change_asset_idx ON asset_change (asset_id, id);
COMMENT ON TABLE asset_change IS 'Every change to an asset: who, when, and the asset before (null when created) and after.';

CREATE TABLE asset_dataset (
	name         text PRIMARY KEY,
	attribution  text NOT NULL,
	checksum     text NOT NULL,
	features     integer NOT NULL,
	loaded_at    timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE asset_dataset IS 'Open datasets seeded into asset, with the attribution their licence requires the map to show.';
