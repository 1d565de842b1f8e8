-- Anchoring on an Ethereum-compatible chain: where each batch was sent, and the contract in use.
alter table anchor_batch add column contract_address varchar(42);
alter table anchor_batch add column chain_id bigint;
alter table anchor_batch add column tx_nonce bigint;
alter table anchor_batch add column sent_at timestamp(6) with time zone;
alter table anchor_batch add column send_count integer default 0 not null;

create index ix_anchor_batch_status on anchor_batch (status, id);

-- The TraceRegistry contract the hub deployed itself, per chain, so that restarts reuse it.
create table chain_contract (
  chain_id bigint primary key,
  address varchar(42) not null,
  deployed_at timestamp(6) with time zone not null
);
