-- What validation said about each record of a run that had any finding: the run's own report,
-- kept when later runs replace the record's provenance.
create table harvest_run_record (
  run_id varchar(36) not null references harvest_run (id),
  position integer not null,
  local_id varchar(500),
  outcome varchar(20) not null,
  findings_json varchar(1000000) not null,
  shacl_report varchar(1000000),
  primary key (run_id, position)
);
