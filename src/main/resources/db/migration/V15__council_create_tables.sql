-- Councils that use LAC Atlas, with the settings each one's pages and figures use. One row per local
-- authority loaded (its boundary and areas are geography's: authority, ward, small_area); every other
-- module's rows say which council they belong to. Nothing here is about a person.

CREATE TABLE council (
	code                 text PRIMARY KEY REFERENCES authority (code),
	name                 text NOT NULL CHECK (btrim(name) <> '' AND length(name) <= 100),
	kind                 text NOT NULL DEFAULT 'area' CHECK (kind IN ('borough', 'city', 'county', 'district', 'area')),
	min_residents        integer NOT NULL DEFAULT 8000 CHECK (min_residents BETWEEN 1 AND 1000000),
	max_residents        integer NOT NULL DEFAULT 12000 CHECK (max_residents BETWEEN 1 AND 1000000),
	coordinator_cost     integer CHECK (coordinator_cost BETWEEN 0 AND 10000000),
	manager_cost         integer CHECK (manager_cost BETWEEN 0 AND 10000000),
	cost_source          text CHECK (length(cost_source) <= 300),
	social_value_ratio   numeric(6, 2) CHECK (social_value_ratio > 0 AND social_value_ratio <= 1000),
	social_value_source  text CHECK (length(social_value_source) <= 300),
	cost_equivalents     jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(cost_equivalents) = 'array'),
	attribution          text NOT NULL DEFAULT '' CHECK (length(attribution) <= 2000),
	version              integer NOT NULL DEFAULT 1,
	updated_at           timestamptz NOT NULL DEFAULT now(),
	updated_by           text NOT NULL DEFAULT 'system',
	CHECK (max_residents >= min_residents)
);
COMMENT ON TABLE council IS 'A council using LAC Atlas and its settings, edited by its administrator. Costs are null until the council states them: no other council''s figures stand in.';
COMMENT ON COLUMN council.kind IS 'What the council''s area is called in sentences: "the borough", "the city", "the county", "the district", or "the area".';
COMMENT ON COLUMN council.min_residents IS 'The patch band: every neighbourhood of the council''s plan, and every patch the planner proposes, holds min_residents to max_residents residents.';
COMMENT ON COLUMN council.coordinator_cost IS 'Pounds a year for one coordinator post; manager_cost for the programme''s manager. cost_source says where the figures come from.';
COMMENT ON COLUMN council.cost_equivalents IS 'What one coordinator''s yearly cost equals, as the council''s own sources put it: [{"equivalent": "...", "source": "..."}].';
COMMENT ON COLUMN council.attribution IS 'The attribution the council''s data licences require, shown on every map and export (from its import manifest).';
COMMENT ON COLUMN council.version IS 'Incremented by every change to the settings; a change must name the version it was based on.';

-- Councils loaded before councils had rows of their own keep their plan's band.
INSERT INTO council (code, name) SELECT code, name FROM authority;
UPDATE council c SET min_residents = p.min_residents, max_residents = p.max_residents
FROM neighbourhood_plan p WHERE p.authority_code = c.code;

-- The band is the council's, not a property of one plan: a plan is judged against its council's band.
ALTER TABLE neighbourhood_plan DROP COLUMN min_residents, DROP COLUMN max_residents;
ALTER TABLE neighbourhood_plan ADD FOREIGN KEY (authority_code) REFERENCES council (code);
ALTER TABLE coordinator_post ADD FOREIGN KEY (authority_code) REFERENCES council (code);
ALTER TABLE scenario ADD FOREIGN KEY (authority_code) REFERENCES council (code);
ALTER TABLE introduction_batch ADD FOREIGN KEY (authority_code) REFERENCES council (code);
ALTER TABLE introduction ADD FOREIGN KEY (authority_code) REFERENCES council (code);

-- Users belong to one council with one role, except the service administrators who host LAC Atlas and
-- manage councils, who belong to none. Councillors may name their wards.
ALTER TABLE app_user ADD COLUMN council_code text REFERENCES council (code),
	ADD COLUMN wards text[] NOT NULL DEFAULT '{}';
ALTER TABLE app_user DROP CONSTRAINT app_user_role_check;
ALTER TABLE app_user ADD CHECK (role IN ('PLANNER', 'COORDINATOR', 'COUNCILLOR', 'ADMIN', 'SERVICE_ADMIN'));
-- Before this migration a deployment served one council: its users are that council's. A database with
-- users but no council had nothing they could see; they are removed rather than guessed.
UPDATE app_user SET council_code = (SELECT code FROM council ORDER BY code LIMIT 1);
DELETE FROM app_user WHERE council_code IS NULL;
ALTER TABLE app_user ADD CHECK ((role = 'SERVICE_ADMIN') = (council_code IS NULL));
CREATE INDEX app_user_council_idx ON app_user (council_code);
COMMENT ON COLUMN app_user.council_code IS 'The council whose data the user works with; null only for service administrators.';
COMMENT ON COLUMN app_user.wards IS 'For councillors: the wards they represent (codes of the council''s wards); their sign-in lands on them.';
-- Sessions hold the signed-in user as it was; users now carry their council, so everyone signs in again.
DELETE FROM spring_session;

-- Community assets belong to the council whose coordinators keep them. Assets stored before councils had
-- rows go to the nearest council (all of them were the one council's).
ALTER TABLE asset ADD COLUMN authority_code text REFERENCES council (code);
UPDATE asset a SET authority_code = (SELECT c.code FROM authority c ORDER BY c.geom <-> a.geom LIMIT 1);
ALTER TABLE asset ALTER COLUMN authority_code SET NOT NULL;
CREATE INDEX asset_authority_status_idx ON asset (authority_code, status);
DROP INDEX asset_source_ref_idx;
CREATE UNIQUE INDEX asset_source_ref_idx ON asset (authority_code, source, source_ref) WHERE source_ref IS NOT NULL;

ALTER TABLE asset_dataset ADD COLUMN authority_code text REFERENCES council (code);
UPDATE asset_dataset SET authority_code = (SELECT code FROM council ORDER BY code LIMIT 1);
DELETE FROM asset_dataset WHERE authority_code IS NULL;
ALTER TABLE asset_dataset ALTER COLUMN authority_code SET NOT NULL;
ALTER TABLE asset_dataset DROP CONSTRAINT asset_dataset_pkey;
ALTER TABLE asset_dataset ADD PRIMARY KEY (authority_code, name);

-- The band decides which neighbourhoods are valid, so what is cached about neighbourhoods goes with it.
CREATE TRIGGER council_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON council
	FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version('neighbourhoods');

-- A post may have no patch and support none (a proposed post not yet placed): the rule is only that it
-- never supports its own patch. The old check refused two nulls.
ALTER TABLE coordinator_post DROP CONSTRAINT coordinator_post_check;
ALTER TABLE coordinator_post ADD CHECK (supports_neighbourhood_id IS NULL OR supports_neighbourhood_id IS DISTINCT FROM neighbourhood_id);
