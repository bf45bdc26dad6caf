--liquibase formatted sql

--changeset tenancy:registry-council
create table council (
  id bigint not null auto_increment primary key,
  slug varchar(40) not null,
  name varchar(200) not null,
  ons_code char(9) not null,
  region varchar(40) not null,
  status varchar(20) not null,
  schema_name varchar(64) not null,
  shard varchar(40) not null,
  changelog_version varchar(64) null,
  created_at datetime(6) not null,
  updated_at datetime(6) not null,
  version bigint not null,
  constraint uk_council_slug unique (slug),
  constraint uk_council_ons_code unique (ons_code),
  constraint uk_council_schema unique (schema_name)
) engine=InnoDB default charset=utf8mb4;

create table council_trusted_issuer (
  council_id bigint not null,
  issuer varchar(500) not null,
  primary key (council_id, issuer),
  constraint fk_trusted_issuer_council foreign key (council_id) references council (id) on delete cascade
) engine=InnoDB default charset=utf8mb4;

--changeset tenancy:registry-partnership
create table partnership (
  id bigint not null auto_increment primary key,
  slug varchar(60) not null,
  name varchar(200) not null,
  kind varchar(20) not null,
  created_at datetime(6) not null,
  updated_at datetime(6) not null,
  version bigint not null,
  constraint uk_partnership_slug unique (slug)
) engine=InnoDB default charset=utf8mb4;

create table partnership_member (
  partnership_id bigint not null,
  council_id bigint not null,
  primary key (partnership_id, council_id),
  constraint fk_member_partnership foreign key (partnership_id) references partnership (id) on delete cascade,
  constraint fk_member_council foreign key (council_id) references council (id) on delete cascade
) engine=InnoDB default charset=utf8mb4;

--changeset tenancy:registry-council-history
create table council_history (
  id bigint not null auto_increment primary key,
  council_slug varchar(40) not null,
  occurred_at datetime(6) not null,
  actor varchar(200) not null,
  action varchar(40) not null,
  detail varchar(500) null,
  index ix_council_history_slug (council_slug, occurred_at)
) engine=InnoDB default charset=utf8mb4;
