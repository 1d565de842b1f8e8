-- Every language of a dataset's title, description and keywords, its other identifiers, and its
-- dates as precise as the node gave them. Valid on H2 and PostgreSQL.
create table dataset_language_text (
  dataset_id varchar(64) not null references dataset (id),
  position integer not null,
  field varchar(20) not null,
  lang varchar(35) not null,
  text_value varchar(20000) not null,
  primary key (dataset_id, position)
);

-- The text held so far is in the hub's language, English. Positions are numbered without gaps,
-- as the ordered collection they load into expects.
insert into dataset_language_text (dataset_id, position, field, lang, text_value)
  select dataset_id, row_number() over (partition by dataset_id order by part, part_position) - 1,
         field, 'en', text_value
  from (
    select id as dataset_id, 0 as part, 0 as part_position, 'TITLE' as field, title as text_value
      from dataset
    union all
    select id, 1, 0, 'DESCRIPTION', description from dataset
      where description is not null and description <> ''
    union all
    select dataset_id, 2, position, 'KEYWORD', text_value from dataset_text
      where property = 'KEYWORD'
  ) existing;

create table dataset_identifier (
  dataset_id varchar(64) not null references dataset (id),
  position integer not null,
  kind varchar(20) not null,
  notation varchar(1000) not null,
  scheme varchar(1000),
  primary key (dataset_id, position)
);

-- The dates as given (e.g. 2021, 2021-03, 2021-03-04T10:00:00Z); the date columns keep their
-- first day for sorting. Absent text means the date column is the value, to the day.
alter table dataset add column issued_text varchar(40);
alter table dataset add column modified_text varchar(40);
