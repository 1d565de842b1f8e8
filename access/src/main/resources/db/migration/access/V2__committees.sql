-- Data-access committees: members (one chair), the datasets and whole nodes they govern, their
-- quorum rule and voting time, and the history of every change. Valid on H2 and PostgreSQL.
-- Dataset and node ids refer to the catalogue by value only; a dataset or node is governed by one
-- committee at most, which the unique constraints keep so.
create table committee (
  id varchar(36) primary key,
  name varchar(200) not null,
  quorum_kind varchar(20) not null,
  quorum_n integer not null,
  vote_days integer not null,
  created_by varchar(255) not null,
  created_at timestamp(6) with time zone not null,
  version bigint not null
);

create unique index ux_committee_name on committee (name);

create table committee_member (
  committee_id varchar(36) not null references committee (id),
  seat_order integer not null,
  member_subject varchar(255) not null references hub_user (subject),
  chair boolean not null,
  primary key (committee_id, seat_order)
);

create index ix_committee_member_subject on committee_member (member_subject);

create table committee_dataset (
  committee_id varchar(36) not null references committee (id),
  dataset_id varchar(255) not null,
  primary key (committee_id, dataset_id),
  constraint uq_committee_dataset unique (dataset_id)
);

create table committee_node (
  committee_id varchar(36) not null references committee (id),
  node_id varchar(255) not null,
  primary key (committee_id, node_id),
  constraint uq_committee_node unique (node_id)
);

create table committee_change (
  id varchar(36) primary key,
  committee_id varchar(36) not null references committee (id),
  seq integer not null,
  kind varchar(20) not null,
  actor varchar(255) not null,
  occurred_at timestamp(6) with time zone not null,
  constraint uq_committee_change_seq unique (committee_id, seq)
);

create table committee_change_item (
  change_id varchar(36) not null references committee_change (id),
  item_order integer not null,
  field varchar(30) not null,
  old_value varchar(500),
  new_value varchar(500),
  primary key (change_id, item_order)
);
