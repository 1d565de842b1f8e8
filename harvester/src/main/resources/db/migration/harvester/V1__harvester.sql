-- Harvest sources, runs, per-record provenance and node API tokens. Valid on H2 and PostgreSQL.
-- Node ids refer to the catalogue's nodes by value only: modules never share tables.
create table harvest_source (
  node_id varchar(63) primary key,
  url varchar(2000) not null,
  format varchar(20) not null,
  interval_minutes integer not null,
  enabled boolean not null,
  etag varchar(500),
  last_modified varchar(100),
  created_at timestamp(6) with time zone not null,
  updated_at timestamp(6) with time zone not null
);

create table harvest_run (
  id varchar(36) primary key,
  node_id varchar(63) not null,
  run_trigger varchar(20) not null,
  status varchar(20) not null,
  source_url varchar(2000),
  added integer not null,
  updated integer not null,
  unchanged integer not null,
  withdrawn integer not null,
  invalid integer not null,
  errors_json varchar(1000000),
  started_at timestamp(6) with time zone not null,
  finished_at timestamp(6) with time zone
);

create index ix_harvest_run_node on harvest_run (node_id, started_at);

create table record_provenance (
  node_id varchar(63) not null,
  local_id varchar(500) not null,
  dataset_id varchar(64) not null,
  source varchar(2000) not null,
  run_id varchar(36) not null references harvest_run (id),
  fetched_at timestamp(6) with time zone not null,
  content_hash varchar(64) not null,
  media_type varchar(100) not null,
  raw_record varchar(1000000) not null,
  warnings_json varchar(1000000),
  shacl_report varchar(1000000),
  withdrawn_at timestamp(6) with time zone,
  primary key (node_id, local_id)
);

create table node_token (
  id varchar(36) primary key,
  node_id varchar(63) not null,
  token_hash varchar(64) not null,
  label varchar(200) not null,
  created_by varchar(200) not null,
  created_at timestamp(6) with time zone not null,
  revoked_at timestamp(6) with time zone,
  constraint uq_node_token_hash unique (token_hash)
);

create index ix_node_token_node on node_token (node_id);
