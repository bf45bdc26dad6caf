--liquibase formatted sql

--changeset reporting:dashboard-incremental
-- A figure belongs to a section, so a dashboard reads sections and their figures in one query; the strategy section
-- remembers the plan it counts, so a change to one action updates its priority's row only.
alter table dashboard_figure add column section varchar(20) null;
update dashboard_figure set section = 'PLEDGES' where name like 'pledges.%' or name like 'work-streams.%';
update dashboard_figure set section = 'ALLIANCE' where name like 'alliance.%';
update dashboard_figure set section = 'CONSULTATION' where name like 'consultations.%' or name like 'you-said-we-did.%';
delete from dashboard_figure where section is null;
alter table dashboard_figure modify column section varchar(20) not null;
alter table dashboard_section add column plan_id bigint null;

--changeset reporting:dashboard-section-version
-- Each section counts its changes, so an instance can tell, from the sections' row alone, whether the dashboard it
-- built earlier is still the current one. The indicators' section changes with the figures and followed indicators.
alter table dashboard_section add column version bigint not null default 0;
insert into dashboard_section (section) values ('INDICATORS');
