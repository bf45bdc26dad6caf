--liquibase formatted sql

--changeset reporting:reporting-indicators
create table local_indicator (
  id bigint not null auto_increment primary key,
  version bigint not null,
  code varchar(40) not null,
  name varchar(200) not null,
  definition text not null,
  unit varchar(20) not null,
  polarity varchar(20) not null,
  source varchar(300) not null,
  constraint uk_local_indicator_code unique (code)
) engine=InnoDB default charset=utf8mb4;

-- What the council follows on its dashboard, national or local, under a priority of the strategy in force (by the
-- priority's number, which a new strategy's priorities take over) if it belongs to one.
create table tracked_indicator (
  code varchar(40) not null primary key,
  position int not null,
  priority_number int null
) engine=InnoDB default charset=utf8mb4;

create table measurement (
  id bigint not null auto_increment primary key,
  version bigint not null,
  indicator_code varchar(40) not null,
  period varchar(10) not null,
  period_start date not null,
  value decimal(14,2) not null,
  numerator int null,
  denominator int null,
  target decimal(14,2) null,
  tolerance decimal(14,2) null,
  note varchar(1000) null,
  illustrative boolean not null,
  entered_by varchar(200) not null,
  entered_at datetime(6) not null,
  constraint uk_measurement_period unique (indicator_code, period),
  index ix_measurement_trend (indicator_code, period_start)
) engine=InnoDB default charset=utf8mb4;

-- Which national indicators the council shares with each partnership it belongs to.
create table indicator_share (
  partnership_slug varchar(60) not null,
  indicator_code varchar(40) not null,
  primary key (partnership_slug, indicator_code)
) engine=InnoDB default charset=utf8mb4;

-- A period whose shared values went to the council's partnerships; finalising it again publishes them again.
create table finalised_period (
  period varchar(10) not null primary key,
  period_start date not null,
  finalised_by varchar(200) not null,
  finalised_at datetime(6) not null,
  version bigint not null
) engine=InnoDB default charset=utf8mb4;

--changeset reporting:reporting-dashboard
-- The dashboard's read model, refreshed section by section when the other modules publish events (and nightly,
-- because RAG and overdue move with the date). A page reads these rows; it never counts the other modules' tables.
create table dashboard_section (
  section varchar(20) not null primary key,
  heading varchar(400) null,
  refreshed_at datetime(6) null
) engine=InnoDB default charset=utf8mb4;

-- One row per section from the start, so that a refresh always has a row to lock.
insert into dashboard_section (section) values ('STRATEGY'), ('PLEDGES'), ('ALLIANCE'), ('CONSULTATION');

create table dashboard_priority (
  priority_id bigint not null primary key,
  number int not null,
  title varchar(300) not null,
  theme varchar(40) null,
  actions int not null,
  green int not null,
  amber int not null,
  red int not null,
  not_rated int not null,
  on_track int not null,
  complete int not null,
  overdue int not null
) engine=InnoDB default charset=utf8mb4;

create table dashboard_cadence (
  body_id bigint not null primary key,
  name varchar(300) not null,
  body_type varchar(30) not null,
  held int not null,
  expected int not null,
  with_young_people int null,
  with_young_people_expected int null
) engine=InnoDB default charset=utf8mb4;

create table dashboard_figure (
  name varchar(40) not null primary key,
  figure bigint not null
) engine=InnoDB default charset=utf8mb4;

--changeset reporting:reporting-board-packs
create table board_pack (
  id bigint not null auto_increment primary key,
  version bigint not null,
  title varchar(300) not null,
  period varchar(10) not null,
  meeting_body varchar(300) not null,
  meeting_date date not null,
  executive_summary text null,
  reason text null,
  recommendations text null,
  background_papers text null,
  resource_legal text null,
  council_plan text null,
  citizen_impact text null,
  performance_management text null,
  reducing_inequalities text null,
  consultation text null,
  contact_officer varchar(500) null,
  created_by varchar(200) not null,
  created_at datetime(6) not null,
  updated_at datetime(6) not null
) engine=InnoDB default charset=utf8mb4;

-- A board pack's latest PDF and how far its generation has got; kept apart from the narrative so that writing the
-- PDF never clashes with someone editing the draft.
create table board_pack_render (
  board_pack_id bigint not null primary key,
  status varchar(20) not null,
  progress int not null,
  step varchar(200) not null,
  requested_by varchar(200) not null,
  requested_at datetime(6) not null,
  finished_at datetime(6) null,
  pdf longblob null,
  error varchar(1000) null,
  constraint fk_render_board_pack foreign key (board_pack_id) references board_pack (id) on delete cascade
) engine=InnoDB default charset=utf8mb4;

--changeset reporting:reporting-audit-tables
-- Hibernate Envers: every version of measurements, local indicators and board pack drafts.
create table measurement_aud (
  id bigint not null, rev bigint not null, revtype tinyint null,
  version bigint null, indicator_code varchar(40) null, period varchar(10) null, period_start date null,
  value decimal(14,2) null, numerator int null, denominator int null, target decimal(14,2) null,
  tolerance decimal(14,2) null, note varchar(1000) null, illustrative boolean null, entered_by varchar(200) null,
  entered_at datetime(6) null,
  primary key (rev, id)
) engine=InnoDB default charset=utf8mb4;

create table local_indicator_aud (
  id bigint not null, rev bigint not null, revtype tinyint null,
  version bigint null, code varchar(40) null, name varchar(200) null, definition text null, unit varchar(20) null,
  polarity varchar(20) null, source varchar(300) null,
  primary key (rev, id)
) engine=InnoDB default charset=utf8mb4;

create table board_pack_aud (
  id bigint not null, rev bigint not null, revtype tinyint null,
  version bigint null, title varchar(300) null, period varchar(10) null, meeting_body varchar(300) null,
  meeting_date date null, executive_summary text null, reason text null, recommendations text null,
  background_papers text null, resource_legal text null, council_plan text null, citizen_impact text null,
  performance_management text null, reducing_inequalities text null, consultation text null,
  contact_officer varchar(500) null, created_by varchar(200) null, created_at datetime(6) null,
  updated_at datetime(6) null,
  primary key (rev, id)
) engine=InnoDB default charset=utf8mb4;
