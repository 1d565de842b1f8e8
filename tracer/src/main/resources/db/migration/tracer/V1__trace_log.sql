-- The hash-chained trace log and its anchor batches. Valid on H2 and PostgreSQL.
create table trace_head (
  id integer primary key,
  sequence bigint not null,
  hash varchar(64) not null,
  pseudonym_key varchar(64)
);

insert into trace_head (id, sequence, hash) values
  (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

create table anchor_batch (
  id bigint primary key,
  first_sequence bigint not null,
  last_sequence bigint not null,
  merkle_root varchar(64) not null,
  mode varchar(20) not null,
  status varchar(20) not null,
  created_at timestamp(6) with time zone not null,
  tx_hash varchar(66),
  block_number bigint,
  anchored_at timestamp(6) with time zone
);

create table trace (
  id varchar(36) primary key,
  sequence bigint not null unique,
  recorded_at timestamp(6) with time zone not null,
  caller varchar(100) not null,
  user_pseudonym varchar(64),
  action varchar(40) not null,
  tool varchar(200),
  tool_version varchar(100),
  details varchar(4000) not null,
  content_hashes varchar(4000) not null,
  schema_version integer not null,
  previous_hash varchar(64) not null,
  hash varchar(64) not null,
  batch_id bigint references anchor_batch (id)
);

create index ix_trace_unanchored on trace (batch_id, sequence);
create index ix_trace_user on trace (user_pseudonym, sequence);
create index ix_trace_action on trace (action, sequence);
create index ix_trace_time on trace (recorded_at);

create table trace_dataset (
  trace_id varchar(36) not null references trace (id),
  position integer not null,
  dataset_id varchar(64) not null,
  primary key (trace_id, position)
);

create index ix_trace_dataset on trace_dataset (dataset_id);
