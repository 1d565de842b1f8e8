-- Dataset lifecycle and versions: the version a dataset is at, whether it was ever published (then
-- it is never deleted), its invalidation, the frozen earlier versions and the history of every
-- transition. Valid on H2 and PostgreSQL.
alter table dataset add column version_number integer default 1 not null;
alter table dataset add column version_created_at timestamp(6) with time zone;
alter table dataset add column ever_published boolean default false not null;
alter table dataset add column concept_doi varchar(200);
alter table dataset add column record_url varchar(1000);
alter table dataset add column invalidated_at timestamp(6) with time zone;
alter table dataset add column invalidated_by varchar(255);
alter table dataset add column invalidated_by_name varchar(500);
alter table dataset add column invalidation_reason varchar(2000);

-- Every dataset held so far is at its first version, begun when it was created.
update dataset set version_created_at = created_at;
update dataset set ever_published = true where status in ('PUBLISHED', 'INVALIDATED');

create table dataset_version (
  id varchar(36) primary key,
  dataset_id varchar(64) not null references dataset (id),
  version_number integer not null,
  description_json varchar(1000000) not null,
  status varchar(20) not null,
  created_at timestamp(6) with time zone not null,
  superseded_at timestamp(6) with time zone not null,
  doi varchar(200),
  concept_doi varchar(200),
  record_url varchar(1000),
  constraint uq_dataset_version unique (dataset_id, version_number)
);

create table dataset_lifecycle_event (
  id varchar(36) primary key,
  dataset_id varchar(64) not null references dataset (id),
  version_number integer not null,
  transition varchar(20) not null,
  from_status varchar(20),
  to_status varchar(20) not null,
  actor varchar(255),
  actor_name varchar(500),
  occurred_at timestamp(6) with time zone not null,
  reason varchar(2000)
);

create index ix_lifecycle_event_dataset on dataset_lifecycle_event (dataset_id, occurred_at);
