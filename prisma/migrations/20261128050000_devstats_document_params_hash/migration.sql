-- DevStats documents are unique by a SHA-256 of the request's canonical JSON instead of the JSON itself:
-- a request naming hundreds of companies (ComStatsRepoGrp) outgrows a btree index entry (2,704 bytes).
ALTER TABLE "devstats_document" ADD COLUMN "params_hash" TEXT;
UPDATE "devstats_document" SET "params_hash" = encode(sha256(convert_to("params_key", 'UTF8')), 'hex');
ALTER TABLE "devstats_document" ALTER COLUMN "params_hash" SET NOT NULL;

-- DropIndex
DROP INDEX "devstats_document_project_id_api_params_key_key";

-- CreateIndex
CREATE UNIQUE INDEX "devstats_document_project_id_api_params_hash_key" ON "devstats_document"("project_id", "api", "params_hash");
