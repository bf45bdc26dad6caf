--liquibase formatted sql

--changeset strategy:action-owner-email
-- Where an action's owner is reminded before its due date and when it goes overdue.
alter table plan_action add column owner_email varchar(254) null after owner;
alter table plan_action_aud add column owner_email varchar(254) null after owner;
