--liquibase formatted sql

--changeset tenancy:identity-provider
-- A council's own identity provider, set by its admins: tokens with this issuer belong to the council and get the
-- roles its mappings give. One issuer serves one council only, so a token's council is never in doubt.
create table identity_provider (
  council_id bigint not null primary key,
  issuer varchar(500) not null,
  claim varchar(200) not null,
  audience varchar(500) null,
  updated_at datetime(6) not null,
  updated_by varchar(200) not null,
  version bigint not null,
  constraint uk_identity_provider_issuer unique (issuer),
  constraint fk_identity_provider_council foreign key (council_id) references council (id) on delete cascade
) engine=InnoDB default charset=utf8mb4;

-- Which value under the claim (a group or role name, an Entra ID group's object id) gives which platform role, in the
-- order the council listed them.
create table identity_provider_mapping (
  council_id bigint not null,
  position int not null,
  group_value varchar(500) not null,
  role varchar(20) not null,
  organisation varchar(100) null,
  primary key (council_id, position),
  constraint fk_identity_provider_mapping foreign key (council_id) references identity_provider (council_id)
    on delete cascade
) engine=InnoDB default charset=utf8mb4;

-- Every version of a council's settings, with who saved it and when: the history its admins see.
create table identity_provider_history (
  id bigint not null auto_increment primary key,
  council_slug varchar(40) not null,
  version bigint not null,
  changed_at datetime(6) not null,
  changed_by varchar(200) not null,
  issuer varchar(500) not null,
  claim varchar(200) not null,
  audience varchar(500) null,
  mappings mediumtext not null,
  index ix_identity_provider_history (council_slug, version)
) engine=InnoDB default charset=utf8mb4;
