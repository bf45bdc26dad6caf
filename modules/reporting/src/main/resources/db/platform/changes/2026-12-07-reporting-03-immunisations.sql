--liquibase formatted sql

--changeset reporting:immunisations-indicator
-- Immunisations up to date, which the SSDA903 return's OC2 table gives beside health assessments and dental checks.
insert into indicator (code, position, name, definition, unit, polarity, cohort, source) values
('IMMUNISATIONS', 45, 'Immunisations up to date',
 'Children looked after for at least 12 months on 31 March whose immunisations were up to date.',
 'PERCENTAGE', 'HIGHER_IS_BETTER', 'CHILDREN_LOOKED_AFTER', 'DfE children looked after in England (SSDA903)');
