-- CreateEnum
CREATE TYPE "group_kind" AS ENUM ('sig', 'wg', 'committee', 'usergroup');

-- CreateEnum
CREATE TYPE "role_kind" AS ENUM ('chair', 'tech_lead', 'emeritus_lead', 'liaison', 'subproject_lead');

-- CreateTable
CREATE TABLE "conformance_product" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "vendor_raw" TEXT NOT NULL,
    "company_id" INTEGER,
    "type" TEXT NOT NULL,
    "ingest_run_id" INTEGER NOT NULL,

    CONSTRAINT "conformance_product_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "certification" (
    "id" SERIAL NOT NULL,
    "product_id" INTEGER NOT NULL,
    "k8s_version" TEXT NOT NULL,
    "source_path" TEXT NOT NULL,
    "dir_name" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "product_version" TEXT NOT NULL,
    "vendor_raw" TEXT NOT NULL,
    "company_id" INTEGER,
    "type_raw" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "website_url" TEXT,
    "documentation_url" TEXT,
    "repo_url" TEXT,
    "logo_url" TEXT,
    "contact_email" TEXT,
    "description" TEXT,
    "certified_at" TIMESTAMPTZ(3),
    "last_commit_at" TIMESTAMPTZ(3),
    "commit_sha" TEXT,
    "has_readme" BOOLEAN NOT NULL DEFAULT false,
    "warnings" JSONB NOT NULL DEFAULT '[]',
    "extra" JSONB,
    "ingest_run_id" INTEGER NOT NULL,

    CONSTRAINT "certification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ai_requirement" (
    "id" SERIAL NOT NULL,
    "checklist_version" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "req_id" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "ingest_run_id" INTEGER NOT NULL,

    CONSTRAINT "ai_requirement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ai_submission" (
    "id" SERIAL NOT NULL,
    "source_path" TEXT NOT NULL,
    "checklist_version" TEXT NOT NULL,
    "dir_name" TEXT NOT NULL,
    "product_id" INTEGER,
    "platform_name" TEXT NOT NULL,
    "platform_version" TEXT,
    "vendor_raw" TEXT NOT NULL,
    "company_id" INTEGER,
    "website_url" TEXT,
    "documentation_url" TEXT,
    "repo_url" TEXT,
    "description" TEXT,
    "k8s_conformance_url" TEXT,
    "merged_at" TIMESTAMPTZ(3),
    "metadata" JSONB NOT NULL,
    "warnings" JSONB NOT NULL DEFAULT '[]',
    "ingest_run_id" INTEGER NOT NULL,

    CONSTRAINT "ai_submission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ai_result" (
    "id" SERIAL NOT NULL,
    "submission_id" INTEGER NOT NULL,
    "requirement_id" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "status_raw" TEXT NOT NULL,
    "level_raw" TEXT,
    "description_raw" TEXT,
    "evidence" JSONB NOT NULL DEFAULT '[]',
    "notes" TEXT,
    "ingest_run_id" INTEGER NOT NULL,

    CONSTRAINT "ai_result_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "repo_group" (
    "id" SERIAL NOT NULL,
    "project_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "normalized_name" TEXT NOT NULL,
    "group_dir" TEXT,
    "ingest_run_id" INTEGER NOT NULL,

    CONSTRAINT "repo_group_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "repo" (
    "id" SERIAL NOT NULL,
    "project_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "repo_group_id" INTEGER NOT NULL,
    "ingest_run_id" INTEGER NOT NULL,

    CONSTRAINT "repo_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "devstats_range" (
    "id" SERIAL NOT NULL,
    "project_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "suffix" TEXT,
    "kind" TEXT NOT NULL,
    "starts_at" TIMESTAMPTZ(3),
    "ends_at" TIMESTAMPTZ(3),
    "sort_order" INTEGER NOT NULL,
    "ingest_run_id" INTEGER NOT NULL,

    CONSTRAINT "devstats_range_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "contribution_total" (
    "id" BIGSERIAL NOT NULL,
    "project_id" INTEGER NOT NULL,
    "metric" TEXT NOT NULL,
    "range_name" TEXT NOT NULL,
    "repo_group_id" INTEGER NOT NULL,
    "company_raw" TEXT NOT NULL,
    "company_id" INTEGER,
    "rank" INTEGER,
    "value" DOUBLE PRECISION NOT NULL,
    "ingest_run_id" INTEGER NOT NULL,

    CONSTRAINT "contribution_total_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "contribution_series" (
    "id" BIGSERIAL NOT NULL,
    "project_id" INTEGER NOT NULL,
    "metric" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "repo_group_id" INTEGER NOT NULL,
    "company_raw" TEXT NOT NULL,
    "company_id" INTEGER,
    "period_start" TIMESTAMPTZ(3) NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "ingest_run_id" INTEGER NOT NULL,

    CONSTRAINT "contribution_series_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "developer_activity" (
    "id" BIGSERIAL NOT NULL,
    "project_id" INTEGER NOT NULL,
    "metric" TEXT NOT NULL,
    "range_name" TEXT NOT NULL,
    "repo_group_id" INTEGER NOT NULL,
    "country" TEXT NOT NULL DEFAULT '',
    "login" TEXT NOT NULL,
    "company_raw" TEXT NOT NULL,
    "company_id" INTEGER,
    "rank" INTEGER NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "ingest_run_id" INTEGER NOT NULL,

    CONSTRAINT "developer_activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "repo_group_activity" (
    "id" BIGSERIAL NOT NULL,
    "project_id" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "repo_group_id" INTEGER NOT NULL,
    "period_start" TIMESTAMPTZ(3) NOT NULL,
    "companies" DOUBLE PRECISION NOT NULL,
    "developers" DOUBLE PRECISION NOT NULL,
    "ingest_run_id" INTEGER NOT NULL,

    CONSTRAINT "repo_group_activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "devstats_document" (
    "id" SERIAL NOT NULL,
    "project_id" INTEGER NOT NULL,
    "api" TEXT NOT NULL,
    "params_key" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "ingest_run_id" INTEGER NOT NULL,

    CONSTRAINT "devstats_document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "project" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "devstats_key" TEXT,
    "devstats_db" TEXT,

    CONSTRAINT "project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ingest_run" (
    "id" SERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "digest" TEXT NOT NULL,
    "project_id" INTEGER,
    "upstream_repo" TEXT,
    "upstream_commit" TEXT,
    "as_of" DATE,
    "as_of_source" TEXT,
    "started_at" TIMESTAMPTZ(3) NOT NULL,
    "finished_at" TIMESTAMPTZ(3),
    "status" TEXT NOT NULL,
    "row_counts" JSONB NOT NULL DEFAULT '{}',
    "warnings" JSONB NOT NULL DEFAULT '[]',
    "message" TEXT,

    CONSTRAINT "ingest_run_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "kubernetes_release" (
    "minor" TEXT NOT NULL,
    "major" INTEGER NOT NULL,
    "minor_number" INTEGER NOT NULL,
    "release_date" DATE NOT NULL,
    "end_of_life_date" DATE,
    "source" TEXT NOT NULL,
    "ingest_run_id" INTEGER NOT NULL,

    CONSTRAINT "kubernetes_release_pkey" PRIMARY KEY ("minor")
);

-- CreateTable
CREATE TABLE "company" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "display_name" TEXT NOT NULL,
    "legal_name" TEXT,
    "note" TEXT,
    "ingest_run_id" INTEGER NOT NULL,

    CONSTRAINT "company_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "company_alias" (
    "id" SERIAL NOT NULL,
    "company_id" INTEGER NOT NULL,
    "alias" TEXT NOT NULL,
    "alias_key" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "ingest_run_id" INTEGER NOT NULL,

    CONSTRAINT "company_alias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "governance_snapshot" (
    "id" SERIAL NOT NULL,
    "project_id" INTEGER NOT NULL,
    "as_of" DATE NOT NULL,
    "as_of_source" TEXT NOT NULL,
    "digest" TEXT NOT NULL,
    "ingest_run_id" INTEGER NOT NULL,

    CONSTRAINT "governance_snapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "governance_snapshot_fact" (
    "id" SERIAL NOT NULL,
    "snapshot_id" INTEGER NOT NULL,
    "fact_type" TEXT NOT NULL,
    "group_dir" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT '',
    "label" TEXT,

    CONSTRAINT "governance_snapshot_fact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "governance_change" (
    "id" SERIAL NOT NULL,
    "project_id" INTEGER NOT NULL,
    "snapshot_date" DATE NOT NULL,
    "kind" TEXT NOT NULL,
    "group_dir" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT '',
    "label" TEXT,

    CONSTRAINT "governance_change_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "governance_group" (
    "id" SERIAL NOT NULL,
    "project_id" INTEGER NOT NULL,
    "dir" TEXT NOT NULL,
    "kind" "group_kind" NOT NULL,
    "name" TEXT NOT NULL,
    "label" TEXT,
    "mission_statement" TEXT,
    "charter_link" TEXT,
    "stakeholder_sigs" JSONB NOT NULL DEFAULT '[]',
    "extra" JSONB,
    "ingest_run_id" INTEGER NOT NULL,

    CONSTRAINT "governance_group_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "person" (
    "id" SERIAL NOT NULL,
    "github" TEXT NOT NULL,
    "github_key" TEXT NOT NULL,
    "name" TEXT,
    "ingest_run_id" INTEGER NOT NULL,

    CONSTRAINT "person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "group_role" (
    "id" SERIAL NOT NULL,
    "group_id" INTEGER NOT NULL,
    "subproject_id" INTEGER,
    "person_id" INTEGER NOT NULL,
    "role" "role_kind" NOT NULL,
    "company_raw" TEXT,
    "company_id" INTEGER,
    "position" INTEGER NOT NULL,
    "ingest_run_id" INTEGER NOT NULL,

    CONSTRAINT "group_role_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "subproject" (
    "id" SERIAL NOT NULL,
    "group_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "extra" JSONB,
    "position" INTEGER NOT NULL,
    "ingest_run_id" INTEGER NOT NULL,

    CONSTRAINT "subproject_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "subproject_owner" (
    "id" SERIAL NOT NULL,
    "subproject_id" INTEGER NOT NULL,
    "url" TEXT NOT NULL,
    "org" TEXT,
    "repo" TEXT,
    "branch" TEXT,
    "path" TEXT,
    "position" INTEGER NOT NULL,
    "ingest_run_id" INTEGER NOT NULL,

    CONSTRAINT "subproject_owner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "meeting" (
    "id" SERIAL NOT NULL,
    "group_id" INTEGER NOT NULL,
    "subproject_id" INTEGER,
    "description" TEXT NOT NULL,
    "day_raw" TEXT,
    "time_raw" TEXT,
    "tz_raw" TEXT,
    "frequency_raw" TEXT,
    "weekday" INTEGER,
    "time_of_day" TEXT,
    "time_zone" TEXT,
    "cadence" TEXT,
    "url" TEXT,
    "archive_url" TEXT,
    "recordings_url" TEXT,
    "calendar_url" TEXT,
    "position" INTEGER NOT NULL,
    "ingest_run_id" INTEGER NOT NULL,

    CONSTRAINT "meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "group_contact" (
    "id" SERIAL NOT NULL,
    "group_id" INTEGER NOT NULL,
    "subproject_id" INTEGER,
    "kind" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "description" TEXT,
    "position" INTEGER NOT NULL,
    "ingest_run_id" INTEGER NOT NULL,

    CONSTRAINT "group_contact_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "conformance_product_slug_key" ON "conformance_product"("slug");

-- CreateIndex
CREATE INDEX "conformance_product_company_id_idx" ON "conformance_product"("company_id");

-- CreateIndex
CREATE INDEX "conformance_product_type_idx" ON "conformance_product"("type");

-- CreateIndex
CREATE INDEX "certification_product_id_k8s_version_idx" ON "certification"("product_id", "k8s_version");

-- CreateIndex
CREATE INDEX "certification_k8s_version_idx" ON "certification"("k8s_version");

-- CreateIndex
CREATE UNIQUE INDEX "certification_source_path_key" ON "certification"("source_path");

-- CreateIndex
CREATE UNIQUE INDEX "ai_requirement_checklist_version_req_id_key" ON "ai_requirement"("checklist_version", "req_id");

-- CreateIndex
CREATE UNIQUE INDEX "ai_submission_source_path_key" ON "ai_submission"("source_path");

-- CreateIndex
CREATE INDEX "ai_submission_checklist_version_idx" ON "ai_submission"("checklist_version");

-- CreateIndex
CREATE INDEX "ai_submission_product_id_idx" ON "ai_submission"("product_id");

-- CreateIndex
CREATE INDEX "ai_result_requirement_id_idx" ON "ai_result"("requirement_id");

-- CreateIndex
CREATE UNIQUE INDEX "ai_result_submission_id_requirement_id_key" ON "ai_result"("submission_id", "requirement_id");

-- CreateIndex
CREATE INDEX "repo_group_group_dir_idx" ON "repo_group"("group_dir");

-- CreateIndex
CREATE UNIQUE INDEX "repo_group_project_id_name_key" ON "repo_group"("project_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "repo_group_project_id_normalized_name_key" ON "repo_group"("project_id", "normalized_name");

-- CreateIndex
CREATE INDEX "repo_repo_group_id_idx" ON "repo"("repo_group_id");

-- CreateIndex
CREATE UNIQUE INDEX "repo_project_id_name_key" ON "repo"("project_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "devstats_range_project_id_name_key" ON "devstats_range"("project_id", "name");

-- CreateIndex
CREATE INDEX "contribution_total_project_id_metric_range_name_repo_group__idx" ON "contribution_total"("project_id", "metric", "range_name", "repo_group_id", "value" DESC);

-- CreateIndex
CREATE INDEX "contribution_total_company_id_idx" ON "contribution_total"("company_id");

-- CreateIndex
CREATE UNIQUE INDEX "contribution_total_project_id_metric_range_name_repo_group__key" ON "contribution_total"("project_id", "metric", "range_name", "repo_group_id", "company_raw");

-- CreateIndex
CREATE INDEX "contribution_series_company_id_metric_period_period_start_idx" ON "contribution_series"("company_id", "metric", "period", "period_start");

-- CreateIndex
CREATE INDEX "contribution_series_project_id_metric_period_repo_group_id__idx" ON "contribution_series"("project_id", "metric", "period", "repo_group_id", "period_start");

-- CreateIndex
CREATE UNIQUE INDEX "contribution_series_project_id_metric_period_repo_group_id__key" ON "contribution_series"("project_id", "metric", "period", "repo_group_id", "company_raw", "period_start");

-- CreateIndex
CREATE INDEX "developer_activity_company_id_metric_range_name_idx" ON "developer_activity"("company_id", "metric", "range_name");

-- CreateIndex
CREATE UNIQUE INDEX "developer_activity_project_id_metric_range_name_repo_group__key" ON "developer_activity"("project_id", "metric", "range_name", "repo_group_id", "country", "login", "company_raw");

-- CreateIndex
CREATE UNIQUE INDEX "repo_group_activity_project_id_period_repo_group_id_period__key" ON "repo_group_activity"("project_id", "period", "repo_group_id", "period_start");

-- CreateIndex
CREATE UNIQUE INDEX "devstats_document_project_id_api_params_key_key" ON "devstats_document"("project_id", "api", "params_key");

-- CreateIndex
CREATE UNIQUE INDEX "project_slug_key" ON "project"("slug");

-- CreateIndex
CREATE INDEX "ingest_run_kind_status_finished_at_idx" ON "ingest_run"("kind", "status", "finished_at");

-- CreateIndex
CREATE INDEX "ingest_run_digest_idx" ON "ingest_run"("digest");

-- CreateIndex
CREATE UNIQUE INDEX "kubernetes_release_major_minor_number_key" ON "kubernetes_release"("major", "minor_number");

-- CreateIndex
CREATE UNIQUE INDEX "company_slug_key" ON "company"("slug");

-- CreateIndex
CREATE INDEX "company_display_name_idx" ON "company"("display_name");

-- CreateIndex
CREATE UNIQUE INDEX "company_alias_alias_key_key" ON "company_alias"("alias_key");

-- CreateIndex
CREATE INDEX "company_alias_company_id_idx" ON "company_alias"("company_id");

-- CreateIndex
CREATE UNIQUE INDEX "governance_snapshot_project_id_as_of_key" ON "governance_snapshot"("project_id", "as_of");

-- CreateIndex
CREATE UNIQUE INDEX "governance_snapshot_fact_snapshot_id_fact_type_group_dir_su_key" ON "governance_snapshot_fact"("snapshot_id", "fact_type", "group_dir", "subject", "role");

-- CreateIndex
CREATE INDEX "governance_change_project_id_group_dir_snapshot_date_idx" ON "governance_change"("project_id", "group_dir", "snapshot_date");

-- CreateIndex
CREATE INDEX "governance_change_subject_idx" ON "governance_change"("subject");

-- CreateIndex
CREATE INDEX "governance_group_project_id_kind_idx" ON "governance_group"("project_id", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "governance_group_project_id_dir_key" ON "governance_group"("project_id", "dir");

-- CreateIndex
CREATE UNIQUE INDEX "person_github_key_key" ON "person"("github_key");

-- CreateIndex
CREATE INDEX "group_role_group_id_role_idx" ON "group_role"("group_id", "role");

-- CreateIndex
CREATE INDEX "group_role_person_id_idx" ON "group_role"("person_id");

-- CreateIndex
CREATE INDEX "group_role_company_id_role_idx" ON "group_role"("company_id", "role");

-- CreateIndex
CREATE UNIQUE INDEX "subproject_group_id_name_key" ON "subproject"("group_id", "name");

-- CreateIndex
CREATE INDEX "subproject_owner_subproject_id_idx" ON "subproject_owner"("subproject_id");

-- CreateIndex
CREATE INDEX "subproject_owner_org_repo_idx" ON "subproject_owner"("org", "repo");

-- CreateIndex
CREATE INDEX "meeting_group_id_idx" ON "meeting"("group_id");

-- CreateIndex
CREATE INDEX "meeting_weekday_idx" ON "meeting"("weekday");

-- CreateIndex
CREATE INDEX "group_contact_group_id_idx" ON "group_contact"("group_id");

-- AddForeignKey
ALTER TABLE "certification" ADD CONSTRAINT "certification_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "conformance_product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ai_submission" ADD CONSTRAINT "ai_submission_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "conformance_product"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ai_result" ADD CONSTRAINT "ai_result_submission_id_fkey" FOREIGN KEY ("submission_id") REFERENCES "ai_submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ai_result" ADD CONSTRAINT "ai_result_requirement_id_fkey" FOREIGN KEY ("requirement_id") REFERENCES "ai_requirement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "repo_group" ADD CONSTRAINT "repo_group_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "repo" ADD CONSTRAINT "repo_repo_group_id_fkey" FOREIGN KEY ("repo_group_id") REFERENCES "repo_group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "devstats_range" ADD CONSTRAINT "devstats_range_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "company_alias" ADD CONSTRAINT "company_alias_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "governance_snapshot" ADD CONSTRAINT "governance_snapshot_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "governance_snapshot_fact" ADD CONSTRAINT "governance_snapshot_fact_snapshot_id_fkey" FOREIGN KEY ("snapshot_id") REFERENCES "governance_snapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "governance_group" ADD CONSTRAINT "governance_group_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "group_role" ADD CONSTRAINT "group_role_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "governance_group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "group_role" ADD CONSTRAINT "group_role_subproject_id_fkey" FOREIGN KEY ("subproject_id") REFERENCES "subproject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "group_role" ADD CONSTRAINT "group_role_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "subproject" ADD CONSTRAINT "subproject_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "governance_group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "subproject_owner" ADD CONSTRAINT "subproject_owner_subproject_id_fkey" FOREIGN KEY ("subproject_id") REFERENCES "subproject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "governance_group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_subproject_id_fkey" FOREIGN KEY ("subproject_id") REFERENCES "subproject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "group_contact" ADD CONSTRAINT "group_contact_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "governance_group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "group_contact" ADD CONSTRAINT "group_contact_subproject_id_fkey" FOREIGN KEY ("subproject_id") REFERENCES "subproject"("id") ON DELETE CASCADE ON UPDATE CASCADE;
