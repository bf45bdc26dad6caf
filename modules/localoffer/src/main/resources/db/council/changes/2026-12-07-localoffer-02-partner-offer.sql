--liquibase formatted sql

--changeset localoffer:section-partner-offer
-- A section may be a partner's offer (the alliance module's record, by id: no foreign key across modules).
alter table local_offer_section add column partner_offer_id bigint null;
alter table local_offer_section_aud add column partner_offer_id bigint null;
