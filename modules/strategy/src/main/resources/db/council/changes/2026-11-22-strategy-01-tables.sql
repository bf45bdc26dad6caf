--liquibase formatted sql

--changeset strategy:strategy-tables
create table strategy (
  id bigint not null auto_increment primary key,
  version bigint not null,
  title varchar(200) not null,
  period_start date not null,
  period_end date not null,
  vision text null,
  summary text null,
  child_friendly_summary text null,
  status varchar(20) not null,
  approved_by varchar(200) null,
  approved_on date null,
  approval_recommendation text null
) engine=InnoDB default charset=utf8mb4;

create table strategy_priority (
  id bigint not null auto_increment primary key,
  version bigint not null,
  strategy_id bigint not null,
  display_order int not null,
  title varchar(200) not null,
  formal_text text null,
  child_friendly_text text null,
  theme varchar(40) not null,
  constraint fk_priority_strategy foreign key (strategy_id) references strategy (id)
) engine=InnoDB default charset=utf8mb4;

create table strategy_priority_principle (
  priority_id bigint not null,
  principle int not null,
  primary key (priority_id, principle),
  constraint fk_principle_priority foreign key (priority_id) references strategy_priority (id) on delete cascade
) engine=InnoDB default charset=utf8mb4;

create table action_plan (
  id bigint not null auto_increment primary key,
  version bigint not null,
  strategy_id bigint not null,
  plan_year varchar(7) not null,
  rolled_over_to bigint null,
  constraint uk_action_plan_year unique (strategy_id, plan_year),
  constraint fk_action_plan_strategy foreign key (strategy_id) references strategy (id)
) engine=InnoDB default charset=utf8mb4;

create table plan_action (
  id bigint not null auto_increment primary key,
  version bigint not null,
  action_plan_id bigint not null,
  reference varchar(40) not null,
  priority_id bigint not null,
  title varchar(200) not null,
  description text null,
  owner varchar(200) not null,
  partner_organisation_id bigint null,
  start_date date not null,
  due_date date not null,
  outcome_measure text null,
  status varchar(20) not null,
  percent_complete int not null,
  drop_reason varchar(500) null,
  rag_override varchar(5) null,
  rag_override_reason varchar(500) null,
  carried_from bigint null,
  carried_to bigint null,
  constraint uk_action_reference unique (reference),
  constraint fk_action_plan foreign key (action_plan_id) references action_plan (id),
  constraint fk_action_priority foreign key (priority_id) references strategy_priority (id),
  index ix_action_due (due_date, status)
) engine=InnoDB default charset=utf8mb4;

create table plan_action_pledge (
  action_id bigint not null,
  pledge_id bigint not null,
  primary key (action_id, pledge_id),
  constraint fk_action_pledge_action foreign key (action_id) references plan_action (id) on delete cascade
) engine=InnoDB default charset=utf8mb4;

create table progress_update (
  id bigint not null auto_increment primary key,
  action_id bigint not null,
  progress_date date not null,
  recorded_at datetime(6) not null,
  narrative text not null,
  evidence text null,
  status varchar(20) not null,
  percent_complete int not null,
  author varchar(200) not null,
  constraint fk_progress_action foreign key (action_id) references plan_action (id),
  index ix_progress_action (action_id, progress_date)
) engine=InnoDB default charset=utf8mb4;

--changeset strategy:strategy-audit-tables
-- Hibernate Envers: every version of every record, keyed by the revision (revinfo) that made it. No foreign
-- keys to revinfo: it belongs to the tenancy module, whose changelog files may run after this one.
create table strategy_aud (
  id bigint not null, rev bigint not null, revtype tinyint null,
  version bigint null, title varchar(200) null, period_start date null, period_end date null, vision text null,
  summary text null, child_friendly_summary text null, status varchar(20) null, approved_by varchar(200) null,
  approved_on date null, approval_recommendation text null,
  primary key (rev, id)
) engine=InnoDB default charset=utf8mb4;

create table strategy_priority_aud (
  id bigint not null, rev bigint not null, revtype tinyint null,
  version bigint null, strategy_id bigint null, display_order int null, title varchar(200) null,
  formal_text text null, child_friendly_text text null, theme varchar(40) null,
  primary key (rev, id)
) engine=InnoDB default charset=utf8mb4;

create table strategy_priority_principle_aud (
  rev bigint not null, revtype tinyint null, priority_id bigint not null, principle int not null,
  primary key (rev, priority_id, principle)
) engine=InnoDB default charset=utf8mb4;

create table action_plan_aud (
  id bigint not null, rev bigint not null, revtype tinyint null,
  version bigint null, strategy_id bigint null, plan_year varchar(7) null, rolled_over_to bigint null,
  primary key (rev, id)
) engine=InnoDB default charset=utf8mb4;

create table plan_action_aud (
  id bigint not null, rev bigint not null, revtype tinyint null,
  version bigint null, action_plan_id bigint null, reference varchar(40) null, priority_id bigint null,
  title varchar(200) null, description text null, owner varchar(200) null, partner_organisation_id bigint null,
  start_date date null, due_date date null, outcome_measure text null, status varchar(20) null,
  percent_complete int null, drop_reason varchar(500) null, rag_override varchar(5) null,
  rag_override_reason varchar(500) null, carried_from bigint null, carried_to bigint null,
  primary key (rev, id)
) engine=InnoDB default charset=utf8mb4;

create table plan_action_pledge_aud (
  rev bigint not null, revtype tinyint null, action_id bigint not null, pledge_id bigint not null,
  primary key (rev, action_id, pledge_id)
) engine=InnoDB default charset=utf8mb4;

create table progress_update_aud (
  id bigint not null, rev bigint not null, revtype tinyint null,
  action_id bigint null, progress_date date null, recorded_at datetime(6) null, narrative text null,
  evidence text null, status varchar(20) null, percent_complete int null, author varchar(200) null,
  primary key (rev, id)
) engine=InnoDB default charset=utf8mb4;
