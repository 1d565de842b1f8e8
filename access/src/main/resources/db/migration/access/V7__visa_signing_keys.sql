-- The keys the hub signs GA4GH Passport visas with. The key in use has slot 'active'; the unique
-- constraint makes two hub instances generating the first key at once end with one active key
-- (the loser reads the winner's). Retired keys keep a null slot and stay in the published key set
-- while visas signed with them may still be checked. Valid on H2 and PostgreSQL.
create table visa_signing_key (
  kid varchar(64) primary key,
  slot varchar(16),
  algorithm varchar(16) not null,
  public_key varchar(1000) not null,
  private_key varchar(4000) not null,
  created_at timestamp(6) with time zone not null,
  constraint uq_visa_signing_key_slot unique (slot)
);
