--liquibase formatted sql

--changeset consultation:wellbeing-surveys
-- A consultation started from the standard well-being survey: which version and edition of the template, and how
-- many of its first questions are the template's (fixed, so its answers compare with other councils').
create table wellbeing_survey (
  consultation_id bigint not null primary key,
  wellbeing_version varchar(30) not null,
  edition int not null,
  template_questions int not null,
  constraint fk_wellbeing_consultation foreign key (consultation_id) references consultation (id)
) engine=InnoDB default charset=utf8mb4;

-- Whether the council takes part in the well-being comparison across councils: one row, its history kept.
create table wellbeing_sharing (
  id bigint not null primary key,
  version bigint not null,
  opted_in boolean not null
) engine=InnoDB default charset=utf8mb4;

create table wellbeing_sharing_aud (
  id bigint not null, rev bigint not null, revtype tinyint null,
  version bigint null, opted_in boolean null,
  primary key (rev, id)
) engine=InnoDB default charset=utf8mb4;

-- Not taking part until the council chooses to: the row is there from the start, so that the first choice is
-- already a change of a version a page or the API read (and a stale choice is refused).
insert into wellbeing_sharing (id, version, opted_in) values (1, 0, false);
