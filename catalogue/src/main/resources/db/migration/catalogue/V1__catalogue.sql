-- Nodes of the federation and the datasets they publish. Valid on H2 and PostgreSQL.
create table node (
  id varchar(63) primary key,
  name varchar(300) not null,
  country varchar(2) not null,
  organisation varchar(300) not null,
  contact_email varchar(320),
  base_url varchar(1000),
  created_at timestamp(6) with time zone not null
);

create table dataset (
  id varchar(64) primary key,
  node_id varchar(63) not null references node (id),
  local_id varchar(500) not null,
  status varchar(20) not null,
  title varchar(1000) not null,
  description varchar(20000),
  version_info varchar(100),
  access_rights varchar(20),
  licence_iri varchar(1000),
  landing_page varchar(1000),
  individuals integer,
  studies integer,
  min_age integer,
  max_age integer,
  segmentation_count integer,
  structured_data boolean,
  acquisition_start date,
  acquisition_end date,
  issued date,
  modified_at_source date,
  doi varchar(200),
  created_at timestamp(6) with time zone not null,
  updated_at timestamp(6) with time zone not null,
  withdrawn_at timestamp(6) with time zone,
  revision bigint not null,
  constraint uq_dataset_node_local unique (node_id, local_id)
);

create index ix_dataset_created on dataset (created_at, id);

create table dataset_code (
  dataset_id varchar(64) not null references dataset (id),
  position integer not null,
  property varchar(40) not null,
  iri varchar(1000) not null,
  label varchar(500),
  primary key (dataset_id, position)
);

create index ix_dataset_code_iri on dataset_code (iri);

create table dataset_text (
  dataset_id varchar(64) not null references dataset (id),
  position integer not null,
  property varchar(40) not null,
  text_value varchar(4000) not null,
  primary key (dataset_id, position)
);

create table dataset_agent (
  dataset_id varchar(64) not null references dataset (id),
  position integer not null,
  role varchar(40) not null,
  name varchar(500),
  email varchar(320),
  url varchar(1000),
  type_iri varchar(1000),
  primary key (dataset_id, position)
);

create table dataset_distribution (
  dataset_id varchar(64) not null references dataset (id),
  position integer not null,
  title varchar(500),
  access_url varchar(1000) not null,
  download_url varchar(1000),
  format_iri varchar(1000),
  media_type varchar(200),
  licence_iri varchar(1000),
  rights varchar(1000),
  primary key (dataset_id, position)
);
