-- The caseload's "people without a patto 30 days after their DID" read a CPI's people in DID order, a page at a
-- time, and ask the patto table about that page only (its index on seeker_id): before, every caseload hashed the
-- whole patto table (about 40 ms of a 50 ms caseload at 100,000 people and 50,000 patti).
create index job_seeker_owner_did on job_seeker (owner_cpi, did_date, seeker_id);
