--liquibase formatted sql

--changeset strategy:action-illustrative
-- An action invented to illustrate (the demo's, or a council's example), not taken from a council's own document:
-- its page says so.
alter table plan_action add column illustrative boolean not null default false after outcome_measure;
alter table plan_action_aud add column illustrative boolean null after outcome_measure;
