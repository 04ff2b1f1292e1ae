-- Every signed-in request records when the session was last used, so session rows are the most written
-- in the database. They need no crash safety (after a crash people sign in again), so they skip the
-- write-ahead log: no disk flush per request. Replicas do not see unlogged tables, which changes nothing:
-- signed-in requests go to instances on the primary (README, "Scaling out").
-- The referencing table first: a logged table may not reference an unlogged one.
ALTER TABLE spring_session_attributes SET UNLOGGED;
ALTER TABLE spring_session SET UNLOGGED;
