-- Traces are recorded without their chain position and linked into the hash chain shortly after
-- commit, so writers never wait on one lock: sequence and hashes stay empty until then.
alter table trace alter column sequence drop not null;
alter table trace alter column previous_hash drop not null;
alter table trace alter column hash drop not null;

create index ix_trace_unchained on trace (sequence, recorded_at);
