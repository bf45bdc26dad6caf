--liquibase formatted sql

--changeset notifications:reminder-settings
-- The council's choices of what its reminders say and when: one row (id 1) once an admin has saved them; no row
-- means the defaults. switched_off lists the kinds the council sends to nobody, comma-separated.
create table reminder_settings (
  id int primary key,
  version bigint not null,
  switched_off varchar(1000) not null,
  due_soon_days int not null,
  due_soon_final_days int not null,
  stale_progress_weeks int not null,
  terms_review_notice_days int not null,
  consultation_closing_days int not null,
  you_said_we_did_weeks int not null,
  you_said_we_did_overdue_weeks int not null,
  update_due_weeks int not null,
  board_pack_days_before int not null,
  indicator_figures_days int not null,
  board_pack_contact_email varchar(254) null,
  board_pack_contact_name varchar(200) null,
  indicator_contact_email varchar(254) null,
  indicator_contact_name varchar(200) null
) engine=InnoDB default charset=utf8mb4;

create table reminder_settings_aud (
  id int not null, rev bigint not null, revtype tinyint null,
  version bigint null, switched_off varchar(1000) null, due_soon_days int null, due_soon_final_days int null,
  stale_progress_weeks int null, terms_review_notice_days int null, consultation_closing_days int null,
  you_said_we_did_weeks int null, you_said_we_did_overdue_weeks int null, update_due_weeks int null,
  board_pack_days_before int null, indicator_figures_days int null, board_pack_contact_email varchar(254) null,
  board_pack_contact_name varchar(200) null, indicator_contact_email varchar(254) null,
  indicator_contact_name varchar(200) null,
  primary key (rev, id)
) engine=InnoDB default charset=utf8mb4;

--changeset notifications:notification-passes
-- Each pass of the reminders claimed by one instance: the morning's digests ("digest:2026-12-07") and the hourly
-- passes for people who hear at once ("immediate:2026-12-07T14"). Takes over from notification_run, which held
-- the morning's digests only.
create table notification_pass (
  pass_key varchar(40) primary key,
  claimed_by varchar(100) not null,
  claimed_at datetime(6) not null,
  finished_at datetime(6) null
) engine=InnoDB default charset=utf8mb4;
insert into notification_pass (pass_key, claimed_by, claimed_at, finished_at)
  select concat('digest:', run_date), claimed_by, claimed_at, finished_at from notification_run;
drop table notification_run;
