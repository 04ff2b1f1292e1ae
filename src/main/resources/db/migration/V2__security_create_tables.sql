-- Sign-in: people who use LAC Atlas at work. Only what sign-in needs; no personal data beyond a user name.

CREATE TABLE app_user (
	username       text PRIMARY KEY CHECK (username ~ '^[a-z0-9._-]{3,40}$'),
	password_hash  text NOT NULL,
	role           text NOT NULL CHECK (role IN ('PLANNER', 'COORDINATOR', 'COUNCILLOR', 'ADMIN')),
	enabled        boolean NOT NULL DEFAULT true,
	created_at     timestamptz NOT NULL DEFAULT now()
);
COMMENT ON COLUMN app_user.password_hash IS 'BCrypt hash in Spring Security''s {id} format; the password itself is never stored.';
