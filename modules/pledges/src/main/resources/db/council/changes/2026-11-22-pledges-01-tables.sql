--liquibase formatted sql

--changeset pledges:pledge-tables
create table pledge_set (
  id bigint not null auto_increment primary key,
  version bigint not null,
  title varchar(200) not null,
  audience varchar(20) not null,
  status varchar(20) not null,
  edition int not null,
  in_force_from date null,
  co_production text null,
  replaces_set_id bigint null
) engine=InnoDB default charset=utf8mb4;

create table pledge_theme (
  id bigint not null auto_increment primary key,
  pledge_set_id bigint not null,
  display_order int not null,
  title varchar(200) not null,
  constraint fk_theme_set foreign key (pledge_set_id) references pledge_set (id) on delete cascade
) engine=InnoDB default charset=utf8mb4;

create table pledge (
  id bigint not null auto_increment primary key,
  version bigint not null,
  theme_id bigint not null,
  pledge_number int not null,
  text text not null,
  commitment_description varchar(500) null,
  commitment_target int null,
  commitment_unit varchar(60) null,
  commitment_period varchar(10) null,
  replaces_pledge_id bigint null,
  constraint fk_pledge_theme foreign key (theme_id) references pledge_theme (id) on delete cascade
) engine=InnoDB default charset=utf8mb4;

create table work_stream (
  id bigint not null auto_increment primary key,
  version bigint not null,
  name varchar(200) not null,
  lead_role varchar(200) not null,
  status varchar(30) not null,
  status_date date null,
  status_reason varchar(1000) null,
  merged_into varchar(200) null
) engine=InnoDB default charset=utf8mb4;

create table work_stream_member (
  work_stream_id bigint not null,
  display_order int not null,
  member_role varchar(200) not null,
  primary key (work_stream_id, display_order),
  constraint fk_member_work_stream foreign key (work_stream_id) references work_stream (id) on delete cascade
) engine=InnoDB default charset=utf8mb4;

create table work_stream_pledge (
  work_stream_id bigint not null,
  pledge_id bigint not null,
  primary key (work_stream_id, pledge_id),
  constraint fk_ws_pledge_work_stream foreign key (work_stream_id) references work_stream (id) on delete cascade
) engine=InnoDB default charset=utf8mb4;

create table work_stream_update (
  id bigint not null auto_increment primary key,
  work_stream_id bigint not null,
  update_date date not null,
  delivered text null,
  in_progress text null,
  author varchar(200) not null,
  recorded_at datetime(6) not null,
  constraint fk_update_work_stream foreign key (work_stream_id) references work_stream (id),
  index ix_update_work_stream (work_stream_id, update_date)
) engine=InnoDB default charset=utf8mb4;

--changeset pledges:pledge-audit-tables
-- Hibernate Envers: every version of every record. No foreign keys to revinfo (tenancy's table).
create table pledge_set_aud (
  id bigint not null, rev bigint not null, revtype tinyint null,
  version bigint null, title varchar(200) null, audience varchar(20) null, status varchar(20) null, edition int null,
  in_force_from date null, co_production text null, replaces_set_id bigint null,
  primary key (rev, id)
) engine=InnoDB default charset=utf8mb4;

create table pledge_theme_aud (
  id bigint not null, rev bigint not null, revtype tinyint null,
  pledge_set_id bigint null, display_order int null, title varchar(200) null,
  primary key (rev, id)
) engine=InnoDB default charset=utf8mb4;

create table pledge_aud (
  id bigint not null, rev bigint not null, revtype tinyint null,
  version bigint null, theme_id bigint null, pledge_number int null, text text null,
  commitment_description varchar(500) null, commitment_target int null, commitment_unit varchar(60) null,
  commitment_period varchar(10) null, replaces_pledge_id bigint null,
  primary key (rev, id)
) engine=InnoDB default charset=utf8mb4;

create table work_stream_aud (
  id bigint not null, rev bigint not null, revtype tinyint null,
  version bigint null, name varchar(200) null, lead_role varchar(200) null, status varchar(30) null,
  status_date date null, status_reason varchar(1000) null, merged_into varchar(200) null,
  primary key (rev, id)
) engine=InnoDB default charset=utf8mb4;

create table work_stream_member_aud (
  rev bigint not null, revtype tinyint null, work_stream_id bigint not null, display_order int not null,
  member_role varchar(200) null,
  primary key (rev, work_stream_id, display_order)
) engine=InnoDB default charset=utf8mb4;

create table work_stream_pledge_aud (
  rev bigint not null, revtype tinyint null, work_stream_id bigint not null, pledge_id bigint not null,
  primary key (rev, work_stream_id, pledge_id)
) engine=InnoDB default charset=utf8mb4;

create table work_stream_update_aud (
  id bigint not null, rev bigint not null, revtype tinyint null,
  work_stream_id bigint null, update_date date null, delivered text null, in_progress text null,
  author varchar(200) null, recorded_at datetime(6) null,
  primary key (rev, id)
) engine=InnoDB default charset=utf8mb4;
