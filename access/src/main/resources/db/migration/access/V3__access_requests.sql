-- Access requests: a project's request for datasets, split at submission into one part per
-- governing committee, and its timeline, which is the source of truth (states are replayed from
-- it; the state columns are a projection for queries). Dataset, node and committee ids refer to
-- other features by value only. Valid on H2 and PostgreSQL.
create table access_request (
  id varchar(36) primary key,
  project_code varchar(32) not null references project (code),
  requester_subject varchar(255) not null references hub_user (subject),
  title varchar(300) not null,
  lay_purpose varchar(4000) not null,
  scientific_purpose varchar(4000) not null,
  ethics_reference varchar(300),
  access_end date not null,
  created_at timestamp(6) with time zone not null,
  submitted_at timestamp(6) with time zone,
  state varchar(30) not null,
  version bigint not null
);

create index ix_access_request_project on access_request (project_code);

create table access_request_use (
  request_id varchar(36) not null references access_request (id),
  position integer not null,
  duo_code varchar(11) not null,
  primary key (request_id, position)
);

create table access_request_dataset (
  request_id varchar(36) not null references access_request (id),
  position integer not null,
  dataset_id varchar(64) not null,
  node_id varchar(63) not null,
  terms_accepted boolean not null,
  primary key (request_id, position)
);

create table access_request_part (
  id varchar(36) primary key,
  request_id varchar(36) not null references access_request (id),
  position integer not null,
  committee_id varchar(64) not null,
  committee_name varchar(300) not null,
  rule_kind varchar(20) not null,
  rule_n integer not null,
  chair_subject varchar(255),
  vote_days integer not null,
  state varchar(30) not null,
  constraint uq_access_request_part_committee unique (request_id, committee_id)
);

create index ix_access_request_part_committee on access_request_part (committee_id);

create table access_part_voter (
  part_id varchar(36) not null references access_request_part (id),
  position integer not null,
  voter_subject varchar(255) not null,
  primary key (part_id, position)
);

create table access_part_dataset (
  part_id varchar(36) not null references access_request_part (id),
  position integer not null,
  dataset_id varchar(64) not null,
  primary key (part_id, position)
);

-- The timeline. One position per request: two changes appended from the same state collide here
-- even if the row lock were bypassed.
create table access_request_event (
  id varchar(36) primary key,
  request_id varchar(36) not null references access_request (id),
  seq integer not null,
  kind varchar(30) not null,
  actor varchar(255) not null,
  part_id varchar(36),
  comment_text varchar(4000),
  occurred_at timestamp(6) with time zone not null,
  constraint uq_access_request_event_seq unique (request_id, seq)
);

-- Files attached to requests (PDFs, checked by content), kept in the database with the request.
create table access_request_attachment (
  id varchar(36) primary key,
  request_id varchar(36) not null references access_request (id),
  name varchar(200) not null,
  size_bytes bigint not null,
  sha256 varchar(64) not null,
  content bytea not null,
  uploaded_by varchar(255) not null,
  uploaded_at timestamp(6) with time zone not null
);

create index ix_access_request_attachment_request on access_request_attachment (request_id);
