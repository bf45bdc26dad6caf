--liquibase formatted sql

--changeset alliance:corporate-parent-duties
-- Whether an organisation is a relevant corporate parent under the Children's Wellbeing and Schools Act 2026, and
-- the duties it has (enum names, one a line).
alter table partner_organisation add column corporate_parent boolean not null default false,
  add column duties varchar(1000) null;
alter table partner_organisation_aud add column corporate_parent boolean null, add column duties varchar(1000) null;

--changeset alliance:partner-offers
create table partner_offer (
  id bigint not null auto_increment primary key,
  version bigint not null,
  organisation_id bigint not null,
  area varchar(40) not null,
  title varchar(200) not null,
  what_is_offered text not null,
  eligibility text null,
  places int null,
  budget_pounds int null,
  status varchar(20) not null,
  illustrative boolean not null default false,
  constraint fk_partner_offer_organisation foreign key (organisation_id) references partner_organisation (id),
  index ix_partner_offer_area (area)
) engine=InnoDB default charset=utf8mb4;

-- One figure a quarter, in quarter order (the service refuses a quarter given twice).
create table partner_offer_take_up (
  offer_id bigint not null,
  display_order int not null,
  quarter varchar(10) not null,
  taken_up int not null,
  primary key (offer_id, display_order),
  constraint fk_take_up_offer foreign key (offer_id) references partner_offer (id) on delete cascade
) engine=InnoDB default charset=utf8mb4;

create table collaboration_entry (
  id bigint not null auto_increment primary key,
  version bigint not null,
  occurred_on date not null,
  kind varchar(30) not null,
  summary text not null,
  outcome text null,
  index ix_collaboration_date (occurred_on, id)
) engine=InnoDB default charset=utf8mb4;

create table collaboration_organisation (
  entry_id bigint not null,
  organisation_id bigint not null,
  primary key (entry_id, organisation_id),
  constraint fk_collaboration_entry foreign key (entry_id) references collaboration_entry (id) on delete cascade,
  constraint fk_collaboration_organisation foreign key (organisation_id) references partner_organisation (id)
) engine=InnoDB default charset=utf8mb4;

--changeset alliance:partner-offers-audit-tables
create table partner_offer_aud (
  id bigint not null, rev bigint not null, revtype tinyint null,
  version bigint null, organisation_id bigint null, area varchar(40) null, title varchar(200) null,
  what_is_offered text null, eligibility text null, places int null, budget_pounds int null, status varchar(20) null,
  illustrative boolean null,
  primary key (rev, id)
) engine=InnoDB default charset=utf8mb4;

create table partner_offer_take_up_aud (
  rev bigint not null, revtype tinyint null, offer_id bigint not null, display_order int not null,
  quarter varchar(10) null, taken_up int null,
  index ix_partner_offer_take_up_aud (offer_id, rev)
) engine=InnoDB default charset=utf8mb4;

create table collaboration_entry_aud (
  id bigint not null, rev bigint not null, revtype tinyint null,
  version bigint null, occurred_on date null, kind varchar(30) null, summary text null, outcome text null,
  primary key (rev, id)
) engine=InnoDB default charset=utf8mb4;

create table collaboration_organisation_aud (
  rev bigint not null, revtype tinyint null, entry_id bigint not null, organisation_id bigint not null,
  index ix_collaboration_organisation_aud (entry_id, rev)
) engine=InnoDB default charset=utf8mb4;
