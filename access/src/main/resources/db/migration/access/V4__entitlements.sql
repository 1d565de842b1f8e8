-- Entitlements: an approved part of an access request grants its project one entitlement per
-- dataset, from the decision to the access end the request named. Whether one is active, expired
-- or revoked is derived from these times and the clock; the two "recorded" columns only say that
-- the expiry trace was written and the holders were warned, each once, claimed by a conditional
-- update so that two hub instances never both do it. Valid on H2 and PostgreSQL.
create table entitlement (
  id varchar(36) primary key,
  project_code varchar(32) not null references project (code),
  dataset_id varchar(255) not null,
  request_id varchar(64) not null,
  part_id varchar(64) not null,
  committee_id varchar(64),
  decided_by varchar(255) not null,
  starts_at timestamp(6) with time zone not null,
  ends_at timestamp(6) with time zone not null,
  revoked_at timestamp(6) with time zone,
  revoked_by varchar(255),
  revoke_reason varchar(2000),
  warned_at timestamp(6) with time zone,
  expiry_recorded_at timestamp(6) with time zone,
  version bigint not null,
  constraint uq_entitlement_part_dataset unique (part_id, dataset_id)
);

create index ix_entitlement_project on entitlement (project_code);
create index ix_entitlement_committee on entitlement (committee_id);
create index ix_entitlement_ends on entitlement (ends_at);
