--liquibase formatted sql

--changeset tenancy:council-revinfo-author-subject
-- Who made a change, as their identity provider knows them (the token's subject, often a UUID), beside the name the
-- history shows; empty for changes recorded before it was kept, and for the platform's own.
alter table revinfo add column author_subject varchar(200) null;
