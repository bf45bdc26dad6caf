--liquibase formatted sql

--changeset consultation:consultation-contact
-- Who answers for a consultation: reminded as it is about to close and when its "you said, we did" is owed.
alter table consultation add column contact_role varchar(200) null after survey_intro;
alter table consultation add column contact_email varchar(254) null after contact_role;
alter table consultation_aud add column contact_role varchar(200) null after survey_intro;
alter table consultation_aud add column contact_email varchar(254) null after contact_role;
