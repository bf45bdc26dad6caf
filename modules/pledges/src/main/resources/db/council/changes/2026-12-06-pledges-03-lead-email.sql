--liquibase formatted sql

--changeset pledges:work-stream-lead-email
-- Where a work stream's lead is reminded when an update is due.
alter table work_stream add column lead_email varchar(254) null after lead_role;
alter table work_stream_aud add column lead_email varchar(254) null after lead_role;
