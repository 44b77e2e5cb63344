-- Least-privilege PostgreSQL roles for a production Bazaar (see docs/security.md). Run as the database owner
-- (the role that applies migrations) in the Bazaar database, after `npm run migrate`:
--   psql "$OWNER_DATABASE_URL" -f scripts/reliability/db-roles.sql
--   psql "$OWNER_DATABASE_URL" -c "ALTER ROLE bazaar_reader PASSWORD '…'" -c "ALTER ROLE bazaar_ingest PASSWORD '…'"
-- The web server then uses DATABASE_URL=postgresql://bazaar_reader:…@host/bazaar, ingestion
-- DATABASE_URL=postgresql://bazaar_ingest:…@host/bazaar npm run ingest -- …   Idempotent: safe to re-run.

DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bazaar_reader') THEN CREATE ROLE bazaar_reader LOGIN; END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bazaar_ingest') THEN CREATE ROLE bazaar_ingest LOGIN; END IF;
  EXECUTE format('GRANT CONNECT ON DATABASE %I TO bazaar_reader, bazaar_ingest', current_database());
END $$;

-- Nobody but the owner creates objects in the schema.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO bazaar_reader, bazaar_ingest;

-- Web server: SELECT only, and every transaction read-only as a second fence.
GRANT SELECT ON ALL TABLES IN SCHEMA public TO bazaar_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO bazaar_reader;
ALTER ROLE bazaar_reader SET default_transaction_read_only = on;

-- Ingestion: read and write rows (set-based sync uses temp tables, which every role may create), no DDL.
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO bazaar_ingest;
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO bazaar_ingest;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO bazaar_ingest;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO bazaar_ingest;
-- Migrations stay with the owner: neither role can CREATE, ALTER or DROP anything.
