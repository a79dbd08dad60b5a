-- Every instance asks every half second for the sessions revoked since it last asked (a sign-out on another
-- instance); without this the question scans auth_session.
CREATE INDEX ix_auth_session_revoked ON auth_session (revoked_at);
