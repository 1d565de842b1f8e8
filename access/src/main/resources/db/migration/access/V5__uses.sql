-- Uses of datasets that nodes checked or reported, with the verdict of the use rules at the time,
-- and the model a reported use trained or ran. Never updated but for the trace id, set in the
-- transaction that records the use. Dataset and entitlement ids refer to other features by value.
create table dataset_use (
  id varchar(36) primary key,
  kind varchar(10) not null,
  node_id varchar(63),
  asked_by varchar(255) not null,
  user_given varchar(320) not null,
  user_subject varchar(255),
  project_code varchar(64) not null,
  tool_name varchar(200) not null,
  tool_version varchar(100),
  entitled boolean not null,
  reason_codes varchar(500),
  reason varchar(4000) not null,
  started_at timestamp(6) with time zone,
  ended_at timestamp(6) with time zone,
  model_id varchar(200),
  model_version varchar(100),
  model_sha256 varchar(64),
  recorded_at timestamp(6) with time zone not null,
  trace_id varchar(36)
);

create index ix_dataset_use_model on dataset_use (model_id);
create index ix_dataset_use_project on dataset_use (project_code);

create table dataset_use_dataset (
  use_id varchar(36) not null references dataset_use (id),
  seq integer not null,
  dataset_id varchar(64) not null,
  entitlement_id varchar(36),
  primary key (use_id, seq)
);

create index ix_dataset_use_dataset on dataset_use_dataset (dataset_id);
