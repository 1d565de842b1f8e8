-- The local ids a held run would have withdrawn (a JSON array), kept until someone confirms or
-- discards them.
alter table harvest_run add column held_json varchar(1000000);
