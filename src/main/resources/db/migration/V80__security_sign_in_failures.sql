-- Wrong passwords, recorded so sign-in can be slowed and locked per account and per address, and so an
-- administrator can see an attack. Never the password tried: only the name given and where from.
CREATE TABLE sign_in_failure (
	id         bigserial PRIMARY KEY,
	username   text NOT NULL,
	address    text NOT NULL,
	failed_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sign_in_failure_user_idx ON sign_in_failure (username, failed_at);
CREATE INDEX sign_in_failure_address_idx ON sign_in_failure (address, failed_at);
COMMENT ON TABLE sign_in_failure IS 'One row per refused password: the user name given (which may not exist) and the caller''s address.';

-- Failures before this moment no longer count against the account: set by a right password or by an
-- administrator lifting a lockout. locked_until: sign-in refused until then, whatever the password.
ALTER TABLE app_user ADD COLUMN failures_forgiven_at timestamptz NOT NULL DEFAULT now(),
	ADD COLUMN locked_until timestamptz;
