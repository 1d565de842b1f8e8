-- People who signed in, the projects access is granted to, and node-operator bindings made by
-- admins. Valid on H2 and PostgreSQL. Node ids refer to the catalogue's nodes by value only.
create table hub_user (
  subject varchar(255) primary key,
  name varchar(500),
  email varchar(320),
  email_key varchar(320),
  affiliation varchar(500),
  first_seen timestamp(6) with time zone not null,
  last_seen timestamp(6) with time zone not null
);

create index ix_hub_user_email on hub_user (email_key);

create table project (
  code varchar(32) primary key,
  title varchar(300) not null,
  description varchar(4000),
  pi_subject varchar(255) not null references hub_user (subject),
  created_by varchar(255) not null,
  created_at timestamp(6) with time zone not null,
  closed_by varchar(255),
  closed_at timestamp(6) with time zone,
  version bigint not null
);

create index ix_project_pi on project (pi_subject);

create table project_member (
  project_code varchar(32) not null references project (code),
  member_subject varchar(255) not null references hub_user (subject),
  added_by varchar(255) not null,
  added_at timestamp(6) with time zone not null,
  primary key (project_code, member_subject)
);

create index ix_project_member_subject on project_member (member_subject);

create table project_event (
  id varchar(36) primary key,
  project_code varchar(32) not null references project (code),
  seq integer not null,
  event_type varchar(30) not null,
  actor varchar(255) not null,
  member_subject varchar(255),
  occurred_at timestamp(6) with time zone not null,
  constraint uq_project_event_seq unique (project_code, seq)
);

create table node_operator_binding (
  id varchar(36) primary key,
  subject varchar(255) not null references hub_user (subject),
  node_id varchar(63) not null,
  bound_by varchar(255) not null,
  bound_at timestamp(6) with time zone not null,
  unbound_by varchar(255),
  unbound_at timestamp(6) with time zone
);

create index ix_node_operator_binding_subject on node_operator_binding (subject);
create index ix_node_operator_binding_node on node_operator_binding (node_id);
