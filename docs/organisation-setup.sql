-- Taiwa: the organisation's database and its three roles (docs/organisation.md).
-- Run once as a PostgreSQL superuser:   psql -U postgres -f docs/organisation-setup.sql
-- Change the three passwords first (or set them afterwards with ALTER ROLE ... PASSWORD).

-- the owner creates and upgrades Taiwa's tables (connect one Taiwa with it once: Settings -> Organisation -> Test the connection)
CREATE ROLE taiwa_owner LOGIN PASSWORD 'change-me-owner';
-- every trainer's Taiwa publishes with this role: read, insert, update and delete on Taiwa's tables, nothing else
CREATE ROLE taiwa_publisher LOGIN PASSWORD 'change-me-publisher';
-- the organisation view (HR) reads with this role: select only
CREATE ROLE taiwa_reader LOGIN PASSWORD 'change-me-reader';

CREATE DATABASE taiwa OWNER taiwa_owner ENCODING 'UTF8';
REVOKE ALL ON DATABASE taiwa FROM PUBLIC;
GRANT CONNECT ON DATABASE taiwa TO taiwa_publisher, taiwa_reader;

\connect taiwa

REVOKE ALL ON SCHEMA public FROM PUBLIC;
CREATE SCHEMA taiwa AUTHORIZATION taiwa_owner;
GRANT USAGE ON SCHEMA taiwa TO taiwa_publisher, taiwa_reader;
-- the tables the owner's Taiwa creates (now and in later versions) carry these rights by themselves
ALTER DEFAULT PRIVILEGES FOR ROLE taiwa_owner IN SCHEMA taiwa GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO taiwa_publisher;
ALTER DEFAULT PRIVILEGES FOR ROLE taiwa_owner IN SCHEMA taiwa GRANT SELECT ON TABLES TO taiwa_reader;
