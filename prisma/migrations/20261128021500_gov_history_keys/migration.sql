-- Governance: snapshot extras, subproject-scoped history facts/changes with natural keys, and
-- project-scoped natural keys on the "current" child tables so re-ingests diff instead of replace.
-- Touches only governance tables (no rows exist before the governance ingester is registered).

-- AlterTable
ALTER TABLE "governance_snapshot" ADD COLUMN "extra" JSONB;

-- AlterTable
DROP INDEX "governance_snapshot_fact_snapshot_id_fact_type_group_dir_su_key";
ALTER TABLE "governance_snapshot_fact" ADD COLUMN "subproject" TEXT NOT NULL DEFAULT '',
ADD COLUMN "company_raw" TEXT,
ADD COLUMN "ingest_run_id" INTEGER NOT NULL;
CREATE UNIQUE INDEX "governance_snapshot_fact_snapshot_id_fact_type_group_dir_su_key" ON "governance_snapshot_fact"("snapshot_id", "fact_type", "group_dir", "subproject", "subject", "role");

-- AlterTable
ALTER TABLE "governance_change" ADD COLUMN "subproject" TEXT NOT NULL DEFAULT '',
ADD COLUMN "previous_date" DATE NOT NULL,
ADD COLUMN "ingest_run_id" INTEGER NOT NULL;
CREATE UNIQUE INDEX "governance_change_project_id_snapshot_date_kind_group_dir_s_key" ON "governance_change"("project_id", "snapshot_date", "kind", "group_dir", "subproject", "subject", "role");

-- AlterTable
ALTER TABLE "group_role" ADD COLUMN "project_id" INTEGER NOT NULL,
ADD COLUMN "natural_key" TEXT NOT NULL;
CREATE UNIQUE INDEX "group_role_project_id_natural_key_key" ON "group_role"("project_id", "natural_key");

-- AlterTable
ALTER TABLE "subproject" ADD COLUMN "project_id" INTEGER NOT NULL;
CREATE INDEX "subproject_project_id_idx" ON "subproject"("project_id");

-- AlterTable
ALTER TABLE "subproject_owner" ADD COLUMN "project_id" INTEGER NOT NULL,
ADD COLUMN "natural_key" TEXT NOT NULL;
CREATE UNIQUE INDEX "subproject_owner_project_id_natural_key_key" ON "subproject_owner"("project_id", "natural_key");

-- AlterTable
ALTER TABLE "meeting" ADD COLUMN "project_id" INTEGER NOT NULL,
ADD COLUMN "natural_key" TEXT NOT NULL;
CREATE UNIQUE INDEX "meeting_project_id_natural_key_key" ON "meeting"("project_id", "natural_key");

-- AlterTable
ALTER TABLE "group_contact" ADD COLUMN "project_id" INTEGER NOT NULL,
ADD COLUMN "natural_key" TEXT NOT NULL;
CREATE UNIQUE INDEX "group_contact_project_id_natural_key_key" ON "group_contact"("project_id", "natural_key");
