-- The publication of each dataset version on Zenodo, as a state machine a worker runs step by
-- step; each step's result is stored before the next. Valid on H2 and PostgreSQL.
create table publication (
  id varchar(36) not null primary key,
  dataset_id varchar(64) not null,
  node_id varchar(63) not null,
  version integer not null,
  kind varchar(20) not null,
  state varchar(20) not null,
  step varchar(20) not null,
  deposition_id bigint,
  reserved_doi varchar(200),
  bucket_url varchar(1000),
  doi varchar(200),
  concept_doi varchar(200),
  record_url varchar(1000),
  hub_url varchar(1000),
  reason varchar(2000),
  attempts integer not null,
  next_attempt_at timestamp with time zone not null,
  retry_until timestamp with time zone not null,
  lease_owner varchar(100),
  lease_until timestamp with time zone,
  error_status integer,
  error_message varchar(2000),
  error_fields varchar(4000),
  created_at timestamp with time zone not null,
  updated_at timestamp with time zone not null,
  constraint publication_version_kind unique (dataset_id, version, kind)
);

create index publication_due on publication (state, next_attempt_at);
create index publication_node on publication (node_id, created_at);

-- A node's own Zenodo settings, overriding the hub's.
create table zenodo_node_setting (
  node_id varchar(63) not null primary key,
  community varchar(200),
  grant_id varchar(200),
  token varchar(500),
  mint_dois boolean not null,
  updated_at timestamp with time zone not null
);
