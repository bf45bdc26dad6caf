--liquibase formatted sql

--changeset consultation:consultation-tables
create table forum (
  id bigint not null auto_increment primary key,
  version bigint not null,
  name varchar(200) not null,
  kind varchar(30) not null,
  age_from int null,
  age_to int null,
  meeting_pattern varchar(500) null
) engine=InnoDB default charset=utf8mb4;

create table forum_activity (
  id bigint not null auto_increment primary key,
  forum_id bigint not null,
  activity_date date not null,
  kind varchar(30) not null,
  description text not null,
  author varchar(200) not null,
  recorded_at datetime(6) not null,
  constraint fk_activity_forum foreign key (forum_id) references forum (id),
  index ix_activity_forum (forum_id, activity_date)
) engine=InnoDB default charset=utf8mb4;

create table consultation (
  id bigint not null auto_increment primary key,
  version bigint not null,
  topic varchar(300) not null,
  method varchar(20) not null,
  opens_on date not null,
  closes_on date not null,
  status varchar(20) not null,
  designed_by varchar(20) not null,
  informs varchar(500) null,
  forum_id bigint null,
  summary text null,
  survey_intro text null,
  closed_announced boolean not null default false,
  constraint fk_consultation_forum foreign key (forum_id) references forum (id),
  index ix_consultation_status (status, closes_on)
) engine=InnoDB default charset=utf8mb4;

create table consultation_audience (
  consultation_id bigint not null,
  audience varchar(30) not null,
  primary key (consultation_id, audience),
  constraint fk_audience_consultation foreign key (consultation_id) references consultation (id) on delete cascade
) engine=InnoDB default charset=utf8mb4;

create table survey_question (
  id bigint not null auto_increment primary key,
  version bigint not null,
  consultation_id bigint not null,
  position int not null,
  question_text varchar(500) not null,
  question_type varchar(20) not null,
  required boolean not null,
  options text null,
  low_label varchar(60) null,
  high_label varchar(60) null,
  max_length int null,
  constraint fk_question_consultation foreign key (consultation_id) references consultation (id),
  index ix_question_consultation (consultation_id, position)
) engine=InnoDB default charset=utf8mb4;

create table survey_link (
  id bigint not null auto_increment primary key,
  version bigint not null,
  consultation_id bigint not null,
  token varchar(43) not null,
  label varchar(200) null,
  closes_on date null,
  max_responses int null,
  closed boolean not null default false,
  created_at datetime(6) not null,
  constraint uq_survey_link_token unique (token),
  constraint fk_link_consultation foreign key (consultation_id) references consultation (id)
) engine=InnoDB default charset=utf8mb4;

-- Anonymous: nothing here says who answered (no name, email, IP address or time of day).
create table survey_response (
  id bigint not null auto_increment primary key,
  consultation_id bigint not null,
  link_id bigint null,
  submitted_on date not null,
  age_band varchar(20) null,
  care_status varchar(20) null,
  illustrative boolean not null default false,
  constraint fk_response_consultation foreign key (consultation_id) references consultation (id),
  constraint fk_response_link foreign key (link_id) references survey_link (id),
  index ix_response_consultation (consultation_id),
  index ix_response_link (link_id)
) engine=InnoDB default charset=utf8mb4;

create table survey_answer (
  id bigint not null auto_increment primary key,
  response_id bigint not null,
  question_id bigint not null,
  choice varchar(200) null,
  answer_text text null,
  constraint fk_answer_response foreign key (response_id) references survey_response (id),
  constraint fk_answer_question foreign key (question_id) references survey_question (id),
  index ix_answer_question (question_id)
) engine=InnoDB default charset=utf8mb4;

create table finding (
  id bigint not null auto_increment primary key,
  version bigint not null,
  consultation_id bigint not null,
  theme varchar(200) not null,
  summary text not null,
  raised_by int not null,
  what_we_will_do text null,
  response_status varchar(20) null,
  reason text null,
  action_reference varchar(40) null,
  told_back_on date null,
  told_back_how varchar(500) null,
  published boolean not null default false,
  published_on date null,
  constraint fk_finding_consultation foreign key (consultation_id) references consultation (id),
  index ix_finding_published (published, published_on)
) engine=InnoDB default charset=utf8mb4;

--changeset consultation:consultation-audit-tables
-- Hibernate Envers: every version of every record but the anonymous responses, which never change. No foreign
-- keys to revinfo (tenancy's table); collection audit tables have no primary key (a change is a removal and an
-- addition in one revision).
create table forum_aud (
  id bigint not null, rev bigint not null, revtype tinyint null,
  version bigint null, name varchar(200) null, kind varchar(30) null, age_from int null, age_to int null,
  meeting_pattern varchar(500) null,
  primary key (rev, id)
) engine=InnoDB default charset=utf8mb4;

create table forum_activity_aud (
  id bigint not null, rev bigint not null, revtype tinyint null,
  forum_id bigint null, activity_date date null, kind varchar(30) null, description text null,
  author varchar(200) null, recorded_at datetime(6) null,
  primary key (rev, id)
) engine=InnoDB default charset=utf8mb4;

create table consultation_aud (
  id bigint not null, rev bigint not null, revtype tinyint null,
  version bigint null, topic varchar(300) null, method varchar(20) null, opens_on date null, closes_on date null,
  status varchar(20) null, designed_by varchar(20) null, informs varchar(500) null, forum_id bigint null,
  summary text null, survey_intro text null, closed_announced boolean null,
  primary key (rev, id)
) engine=InnoDB default charset=utf8mb4;

create table consultation_audience_aud (
  rev bigint not null, revtype tinyint null, consultation_id bigint not null, audience varchar(30) not null,
  index ix_audience_aud (consultation_id, rev)
) engine=InnoDB default charset=utf8mb4;

create table survey_question_aud (
  id bigint not null, rev bigint not null, revtype tinyint null,
  version bigint null, consultation_id bigint null, position int null, question_text varchar(500) null,
  question_type varchar(20) null, required boolean null, options text null, low_label varchar(60) null,
  high_label varchar(60) null, max_length int null,
  primary key (rev, id)
) engine=InnoDB default charset=utf8mb4;

create table survey_link_aud (
  id bigint not null, rev bigint not null, revtype tinyint null,
  version bigint null, consultation_id bigint null, token varchar(43) null, label varchar(200) null,
  closes_on date null, max_responses int null, closed boolean null, created_at datetime(6) null,
  primary key (rev, id)
) engine=InnoDB default charset=utf8mb4;

create table finding_aud (
  id bigint not null, rev bigint not null, revtype tinyint null,
  version bigint null, consultation_id bigint null, theme varchar(200) null, summary text null, raised_by int null,
  what_we_will_do text null, response_status varchar(20) null, reason text null, action_reference varchar(40) null,
  told_back_on date null, told_back_how varchar(500) null, published boolean null, published_on date null,
  primary key (rev, id)
) engine=InnoDB default charset=utf8mb4;
