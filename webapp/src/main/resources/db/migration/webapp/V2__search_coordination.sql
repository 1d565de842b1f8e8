-- The tables of Hibernate Search's outbox-polling coordination, used when several hub instances
-- share one database and one search engine (hub.search.coordination = outbox-polling): each
-- transaction that changes an indexed entity writes an event to the outbox in the same commit,
-- and the instances' agents, registered in hsearch_agent, share the events out and index them.
-- The shape is what Hibernate Search 7.2 maps (it validates it at start-up); a hub that does not
-- coordinate leaves both tables empty. Valid on H2 and PostgreSQL: ${binary_lob} is blob on H2 and
-- bytea on PostgreSQL, what Hibernate maps the payloads to there.
create table hsearch_outbox_event (
  id uuid not null primary key,
  entityName varchar(256) not null,
  entityId varchar(256) not null,
  entityIdHash integer not null,
  payload ${binary_lob} not null,
  retries integer not null,
  processAfter timestamp(6) with time zone not null,
  status varchar(255) not null,
  tenantId varchar(255)
);

create index ix_hsearch_outbox_event_entity_id_hash on hsearch_outbox_event (entityIdHash);
create index ix_hsearch_outbox_event_status on hsearch_outbox_event (status);
create index ix_hsearch_outbox_event_process_after on hsearch_outbox_event (processAfter);

create table hsearch_agent (
  id uuid not null primary key,
  type varchar(255) not null,
  name varchar(255) not null,
  expiration timestamp(6) with time zone not null,
  state varchar(255) not null,
  totalShardCount integer,
  assignedShardIndex integer,
  payload ${binary_lob},
  tenantId varchar(255)
);
