--liquibase formatted sql

--changeset pledges:member-history-without-key
-- A member renamed in place is written to the history as a removal and an addition at the same position in the
-- same revision: a primary key on (revision, work stream, position) refused it, and the change failed.
alter table work_stream_member_aud drop primary key, add index ix_member_aud (work_stream_id, rev);
