-- Server-side sessions of signed-in people. Valid on H2 and PostgreSQL. Only the SHA-256 of a
-- session id is kept, so a copy of this table signs nobody in.
create table hub_session (
  id_hash varchar(64) primary key,
  subject varchar(255) not null,
  name varchar(500),
  email varchar(320),
  affiliation varchar(500),
  roles varchar(200) not null,
  nodes varchar(4000) not null,
  csrf_token varchar(64) not null,
  id_token_hint varchar(16000),
  created_at timestamp(6) with time zone not null,
  last_seen_at timestamp(6) with time zone not null,
  expires_at timestamp(6) with time zone not null
);

create index ix_hub_session_expires on hub_session (expires_at);
create index ix_hub_session_last_seen on hub_session (last_seen_at);
