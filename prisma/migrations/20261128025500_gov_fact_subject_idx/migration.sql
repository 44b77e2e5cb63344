-- Person pages look up every snapshot fact about one GitHub login: index it (governance tables only).
CREATE INDEX "governance_snapshot_fact_subject_fact_type_idx" ON "governance_snapshot_fact"("subject", "fact_type");
