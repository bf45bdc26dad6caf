--liquibase formatted sql

--changeset localoffer:local-offer-tables
create table local_offer (
  id bigint not null auto_increment primary key,
  version bigint not null,
  title varchar(200) not null,
  edition int not null,
  status varchar(20) not null,
  introduction text null,
  consultation_id bigint null,
  published_on date null,
  review_due date null,
  contact_role varchar(200) null,
  contact_email varchar(254) null,
  illustrative boolean not null default false,
  replaces_offer_id bigint null,
  index ix_local_offer_status (status)
) engine=InnoDB default charset=utf8mb4;

create table local_offer_section (
  id bigint not null auto_increment primary key,
  version bigint not null,
  offer_id bigint not null,
  area varchar(40) not null,
  display_order int not null,
  title varchar(200) not null,
  what_you_can_get text not null,
  who_is_eligible text null,
  how_to_ask text null,
  entitlement varchar(20) not null,
  provider varchar(200) null,
  contact varchar(500) null,
  illustrative boolean not null default false,
  constraint fk_offer_section_offer foreign key (offer_id) references local_offer (id) on delete cascade
) engine=InnoDB default charset=utf8mb4;

--changeset localoffer:local-offer-audit-tables
-- Hibernate Envers: every version of every record. No foreign keys to revinfo (tenancy's table).
create table local_offer_aud (
  id bigint not null, rev bigint not null, revtype tinyint null,
  version bigint null, title varchar(200) null, edition int null, status varchar(20) null, introduction text null,
  consultation_id bigint null, published_on date null, review_due date null, contact_role varchar(200) null,
  contact_email varchar(254) null, illustrative boolean null, replaces_offer_id bigint null,
  primary key (rev, id)
) engine=InnoDB default charset=utf8mb4;

create table local_offer_section_aud (
  id bigint not null, rev bigint not null, revtype tinyint null,
  version bigint null, offer_id bigint null, area varchar(40) null, display_order int null, title varchar(200) null,
  what_you_can_get text null, who_is_eligible text null, how_to_ask text null, entitlement varchar(20) null,
  provider varchar(200) null, contact varchar(500) null, illustrative boolean null,
  primary key (rev, id)
) engine=InnoDB default charset=utf8mb4;
