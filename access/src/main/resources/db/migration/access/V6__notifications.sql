-- Notifications: mails waiting in an outbox, written in the transaction of the change they tell of
-- and delivered by a worker, and the in-app list of each person. Valid on H2 and PostgreSQL.
-- (event_id, recipient) is unique in both, so an event told twice never mails a person twice.
create table notification_outbox (
  id varchar(36) primary key,
  event_id varchar(120) not null,
  recipient varchar(255) not null,
  email varchar(320) not null,
  subject varchar(500) not null,
  body varchar(20000) not null,
  state varchar(10) not null,
  attempts integer not null,
  created_at timestamp(6) with time zone not null,
  next_attempt_at timestamp(6) with time zone not null,
  lease_owner varchar(36),
  lease_until timestamp(6) with time zone,
  sent_at timestamp(6) with time zone,
  failed_at timestamp(6) with time zone,
  last_error varchar(1000),
  constraint uq_notification_outbox_event unique (event_id, recipient)
);

create index ix_notification_outbox_due on notification_outbox (state, next_attempt_at);
create index ix_notification_outbox_recipient on notification_outbox (recipient, created_at);

create table notification (
  id varchar(36) primary key,
  event_id varchar(120) not null,
  recipient varchar(255) not null,
  created_at timestamp(6) with time zone not null,
  subject varchar(500) not null,
  body varchar(20000) not null,
  link varchar(1000),
  read_at timestamp(6) with time zone,
  constraint uq_notification_event unique (event_id, recipient)
);

create index ix_notification_recipient on notification (recipient, created_at);
