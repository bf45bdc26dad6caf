--liquibase formatted sql

--changeset alliance:wider-text
-- Room for what the API allows: ten candidates or deputies of 200 characters each, 50,000 characters of minutes in
-- four-byte characters, and a priority's label with its strategy's title.
alter table seat modify candidates text null, modify deputies text null;
alter table seat_aud modify candidates text null, modify deputies text null;
alter table meeting modify minutes mediumtext null, modify priority_label varchar(500) null;
alter table meeting_aud modify minutes mediumtext null, modify priority_label varchar(500) null;
alter table terms_of_reference modify objectives mediumtext null, modify expectations mediumtext null;
alter table terms_of_reference_aud modify objectives mediumtext null, modify expectations mediumtext null;
