--liquibase formatted sql

--changeset alliance:alliance-tables
create table governance_body (
  id bigint not null auto_increment primary key,
  version bigint not null,
  name varchar(200) not null,
  type varchar(30) not null,
  purpose text not null,
  reports_to_id bigint null,
  meetings_per_year int not null,
  status varchar(20) not null,
  quorum int null,
  young_people_meetings_per_year int null,
  young_people_pledge_number int null,
  constraint fk_body_reports_to foreign key (reports_to_id) references governance_body (id)
) engine=InnoDB default charset=utf8mb4;

create table terms_of_reference (
  id bigint not null auto_increment primary key,
  version bigint not null,
  body_id bigint not null,
  edition int not null,
  status varchar(20) not null,
  purpose text not null,
  legal_framework text null,
  objectives text null,
  membership text null,
  frequency varchar(1000) null,
  meetings_per_year int not null,
  expectations text null,
  governance text null,
  approved_on date null,
  review_date date null,
  review_due_announced boolean not null default false,
  constraint fk_tor_body foreign key (body_id) references governance_body (id),
  constraint uq_tor_edition unique (body_id, edition)
) engine=InnoDB default charset=utf8mb4;

create table partner_organisation (
  id bigint not null auto_increment primary key,
  version bigint not null,
  org_key varchar(60) not null,
  name varchar(200) not null,
  sector varchar(30) not null,
  constraint uq_organisation_key unique (org_key)
) engine=InnoDB default charset=utf8mb4;

create table partner_contact (
  organisation_id bigint not null,
  display_order int not null,
  contact_role varchar(200) not null,
  email varchar(254) null,
  telephone varchar(40) null,
  primary key (organisation_id, display_order),
  constraint fk_contact_organisation foreign key (organisation_id) references partner_organisation (id) on delete cascade
) engine=InnoDB default charset=utf8mb4;

create table seat (
  id bigint not null auto_increment primary key,
  version bigint not null,
  body_id bigint not null,
  role varchar(20) not null,
  position varchar(200) not null,
  organisation_id bigint not null,
  holder_status varchar(20) not null,
  holder varchar(200) null,
  candidates varchar(1000) null,
  deputies varchar(1000) null,
  display_order int not null,
  constraint fk_seat_body foreign key (body_id) references governance_body (id),
  constraint fk_seat_organisation foreign key (organisation_id) references partner_organisation (id),
  index ix_seat_body (body_id, display_order)
) engine=InnoDB default charset=utf8mb4;

create table meeting (
  id bigint not null auto_increment primary key,
  version bigint not null,
  body_id bigint not null,
  meeting_date date not null,
  theme varchar(500) null,
  priority_id bigint null,
  priority_label varchar(300) null,
  status varchar(20) not null,
  young_people_present int not null default 0,
  quorate boolean null,
  minutes text null,
  constraint fk_meeting_body foreign key (body_id) references governance_body (id),
  index ix_meeting_body_date (body_id, meeting_date),
  index ix_meeting_status_date (status, meeting_date)
) engine=InnoDB default charset=utf8mb4;

create table meeting_agenda_item (
  meeting_id bigint not null,
  display_order int not null,
  item varchar(500) not null,
  primary key (meeting_id, display_order),
  constraint fk_agenda_meeting foreign key (meeting_id) references meeting (id) on delete cascade
) engine=InnoDB default charset=utf8mb4;

create table meeting_attendance (
  meeting_id bigint not null,
  display_order int not null,
  seat_id bigint not null,
  attendance varchar(20) not null,
  deputy varchar(200) null,
  primary key (meeting_id, display_order),
  constraint fk_attendance_meeting foreign key (meeting_id) references meeting (id) on delete cascade
) engine=InnoDB default charset=utf8mb4;

create table decision (
  id bigint not null auto_increment primary key,
  meeting_id bigint not null,
  decision_number int not null,
  decision_type varchar(20) not null,
  wording text not null,
  constraint fk_decision_meeting foreign key (meeting_id) references meeting (id),
  constraint uq_decision_number unique (meeting_id, decision_number)
) engine=InnoDB default charset=utf8mb4;

create table allocated_action (
  id bigint not null auto_increment primary key,
  version bigint not null,
  meeting_id bigint not null,
  title varchar(500) not null,
  seat_id bigint null,
  organisation_id bigint not null,
  due_date date not null,
  status varchar(20) not null,
  overdue_announced boolean not null default false,
  constraint fk_action_meeting foreign key (meeting_id) references meeting (id),
  constraint fk_action_seat foreign key (seat_id) references seat (id),
  constraint fk_action_organisation foreign key (organisation_id) references partner_organisation (id),
  index ix_action_due (status, due_date)
) engine=InnoDB default charset=utf8mb4;

create table action_update (
  id bigint not null auto_increment primary key,
  action_id bigint not null,
  update_date date not null,
  update_text text not null,
  status varchar(20) not null,
  author varchar(200) not null,
  recorded_at datetime(6) not null,
  constraint fk_update_action foreign key (action_id) references allocated_action (id),
  index ix_action_update (action_id, update_date)
) engine=InnoDB default charset=utf8mb4;

create table partner_pledge (
  id bigint not null auto_increment primary key,
  version bigint not null,
  organisation_id bigint not null,
  theme varchar(200) not null,
  pledge_text text not null,
  committed_on date not null,
  rag varchar(10) not null,
  constraint fk_partner_pledge_organisation foreign key (organisation_id) references partner_organisation (id)
) engine=InnoDB default charset=utf8mb4;

create table partner_pledge_update (
  id bigint not null auto_increment primary key,
  partner_pledge_id bigint not null,
  update_date date not null,
  update_text text not null,
  rag varchar(10) not null,
  author varchar(200) not null,
  recorded_at datetime(6) not null,
  constraint fk_update_partner_pledge foreign key (partner_pledge_id) references partner_pledge (id),
  index ix_partner_pledge_update (partner_pledge_id, update_date)
) engine=InnoDB default charset=utf8mb4;

--changeset alliance:alliance-audit-tables
-- Hibernate Envers: every version of every record. No foreign keys to revinfo (tenancy's table). The audit
-- tables of collections have no primary key: a changed item is written as a removal and an addition at the
-- same position in the same revision.
create table governance_body_aud (
  id bigint not null, rev bigint not null, revtype tinyint null,
  version bigint null, name varchar(200) null, type varchar(30) null, purpose text null, reports_to_id bigint null,
  meetings_per_year int null, status varchar(20) null, quorum int null, young_people_meetings_per_year int null,
  young_people_pledge_number int null,
  primary key (rev, id)
) engine=InnoDB default charset=utf8mb4;

create table terms_of_reference_aud (
  id bigint not null, rev bigint not null, revtype tinyint null,
  version bigint null, body_id bigint null, edition int null, status varchar(20) null, purpose text null,
  legal_framework text null, objectives text null, membership text null, frequency varchar(1000) null,
  meetings_per_year int null, expectations text null, governance text null, approved_on date null,
  review_date date null, review_due_announced boolean null,
  primary key (rev, id)
) engine=InnoDB default charset=utf8mb4;

create table partner_organisation_aud (
  id bigint not null, rev bigint not null, revtype tinyint null,
  version bigint null, org_key varchar(60) null, name varchar(200) null, sector varchar(30) null,
  primary key (rev, id)
) engine=InnoDB default charset=utf8mb4;

create table partner_contact_aud (
  rev bigint not null, revtype tinyint null, organisation_id bigint not null, display_order int not null,
  contact_role varchar(200) null, email varchar(254) null, telephone varchar(40) null,
  index ix_partner_contact_aud (organisation_id, rev)
) engine=InnoDB default charset=utf8mb4;

create table seat_aud (
  id bigint not null, rev bigint not null, revtype tinyint null,
  version bigint null, body_id bigint null, role varchar(20) null, position varchar(200) null,
  organisation_id bigint null, holder_status varchar(20) null, holder varchar(200) null,
  candidates varchar(1000) null, deputies varchar(1000) null, display_order int null,
  primary key (rev, id)
) engine=InnoDB default charset=utf8mb4;

create table meeting_aud (
  id bigint not null, rev bigint not null, revtype tinyint null,
  version bigint null, body_id bigint null, meeting_date date null, theme varchar(500) null, priority_id bigint null,
  priority_label varchar(300) null, status varchar(20) null, young_people_present int null, quorate boolean null,
  minutes text null,
  primary key (rev, id)
) engine=InnoDB default charset=utf8mb4;

create table meeting_agenda_item_aud (
  rev bigint not null, revtype tinyint null, meeting_id bigint not null, display_order int not null,
  item varchar(500) null,
  index ix_agenda_aud (meeting_id, rev)
) engine=InnoDB default charset=utf8mb4;

create table meeting_attendance_aud (
  rev bigint not null, revtype tinyint null, meeting_id bigint not null, display_order int not null,
  seat_id bigint null, attendance varchar(20) null, deputy varchar(200) null,
  index ix_attendance_aud (meeting_id, rev)
) engine=InnoDB default charset=utf8mb4;

create table decision_aud (
  id bigint not null, rev bigint not null, revtype tinyint null,
  meeting_id bigint null, decision_number int null, decision_type varchar(20) null, wording text null,
  primary key (rev, id)
) engine=InnoDB default charset=utf8mb4;

create table allocated_action_aud (
  id bigint not null, rev bigint not null, revtype tinyint null,
  version bigint null, meeting_id bigint null, title varchar(500) null, seat_id bigint null,
  organisation_id bigint null, due_date date null, status varchar(20) null, overdue_announced boolean null,
  primary key (rev, id)
) engine=InnoDB default charset=utf8mb4;

create table action_update_aud (
  id bigint not null, rev bigint not null, revtype tinyint null,
  action_id bigint null, update_date date null, update_text text null, status varchar(20) null,
  author varchar(200) null, recorded_at datetime(6) null,
  primary key (rev, id)
) engine=InnoDB default charset=utf8mb4;

create table partner_pledge_aud (
  id bigint not null, rev bigint not null, revtype tinyint null,
  version bigint null, organisation_id bigint null, theme varchar(200) null, pledge_text text null,
  committed_on date null, rag varchar(10) null,
  primary key (rev, id)
) engine=InnoDB default charset=utf8mb4;

create table partner_pledge_update_aud (
  id bigint not null, rev bigint not null, revtype tinyint null,
  partner_pledge_id bigint null, update_date date null, update_text text null, rag varchar(10) null,
  author varchar(200) null, recorded_at datetime(6) null,
  primary key (rev, id)
) engine=InnoDB default charset=utf8mb4;
