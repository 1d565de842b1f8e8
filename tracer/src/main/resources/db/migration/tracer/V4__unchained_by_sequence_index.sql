-- The chainer finds unchained traces through the unique index on sequence (sequence is null) and
-- sorts that small backlog itself: an index of its own was one more entry to write for every
-- trace at its insert, its linking and its sealing.
drop index ix_trace_unchained;
