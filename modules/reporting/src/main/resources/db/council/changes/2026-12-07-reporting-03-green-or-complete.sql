--liquibase formatted sql

--changeset reporting:dashboard-green-or-complete
-- Delivery progress counts the actions rated green or complete, not those whose status says on track (which may
-- be rated red). Until the nightly rebuild counts them again, a priority's green actions stand in (complete
-- actions are rated green unless an officer overrode the rating).
alter table dashboard_priority change column on_track green_or_complete int not null;
update dashboard_priority set green_or_complete = green;
