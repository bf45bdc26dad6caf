--liquibase formatted sql

--changeset reporting:indicator-catalogue
-- The national indicators every council reports (the DfE's children looked after and care leavers statistics), so
-- that councils and partnerships compare like with like. Councils add their own local indicators in their schema.
create table indicator (
  code varchar(40) not null primary key,
  position int not null,
  name varchar(200) not null,
  definition text not null,
  unit varchar(20) not null,
  polarity varchar(20) not null,
  cohort varchar(30) not null,
  source varchar(300) not null
) engine=InnoDB default charset=utf8mb4;

insert into indicator (code, position, name, definition, unit, polarity, cohort, source) values
('CLA-RATE', 10, 'Children looked after per 10,000 children',
 'Children looked after on 31 March per 10,000 children under 18 living in the area.', 'RATE', 'CONTEXT',
 'CHILDREN_LOOKED_AFTER', 'DfE children looked after in England (SSDA903)'),
('PLACEMENTS-3PLUS', 20, 'Three or more placements in the year',
 'Children looked after on 31 March who had three or more placements during the year, as a share of all children looked after on 31 March.',
 'PERCENTAGE', 'LOWER_IS_BETTER', 'CHILDREN_LOOKED_AFTER', 'DfE children looked after in England (SSDA903)'),
('PLACEMENT-STABILITY', 30, 'Long-term placement stability',
 'Children under 16 looked after for two and a half years or more who have lived in the same placement for at least two years.',
 'PERCENTAGE', 'HIGHER_IS_BETTER', 'CHILDREN_LOOKED_AFTER', 'DfE children looked after in England (SSDA903)'),
('HEALTH-ASSESSMENT', 40, 'Annual health assessments up to date',
 'Children looked after for at least 12 months on 31 March whose annual health assessment was up to date.',
 'PERCENTAGE', 'HIGHER_IS_BETTER', 'CHILDREN_LOOKED_AFTER', 'DfE children looked after in England (SSDA903)'),
('DENTAL-CHECK', 50, 'Dental checks up to date',
 'Children looked after for at least 12 months on 31 March whose teeth had been checked by a dentist in the year.',
 'PERCENTAGE', 'HIGHER_IS_BETTER', 'CHILDREN_LOOKED_AFTER', 'DfE children looked after in England (SSDA903)'),
('SDQ-RETURNED', 60, 'Strengths and Difficulties Questionnaires returned',
 'Children aged 5 to 16 looked after for at least 12 months for whom a Strengths and Difficulties Questionnaire was returned.',
 'PERCENTAGE', 'HIGHER_IS_BETTER', 'CHILDREN_LOOKED_AFTER', 'DfE children looked after in England (SSDA903)'),
('SDQ-SCORE', 70, 'Average Strengths and Difficulties score',
 'The average total difficulties score of the questionnaires returned (0 to 40; 17 or more is a cause for concern).',
 'SCORE', 'LOWER_IS_BETTER', 'CHILDREN_LOOKED_AFTER', 'DfE children looked after in England (SSDA903)'),
('PEP-TIMESCALE', 80, 'Personal Education Plans completed in timescale',
 'Children looked after of school age whose Personal Education Plan was reviewed within the statutory timescale.',
 'PERCENTAGE', 'HIGHER_IS_BETTER', 'CHILDREN_LOOKED_AFTER', 'Virtual School returns'),
('KS4-ENG-MATHS', 90, 'Grade 4 or above in English and maths',
 'Children looked after at the end of key stage 4 who achieved grade 4 or above in both English and maths.',
 'PERCENTAGE', 'HIGHER_IS_BETTER', 'CHILDREN_LOOKED_AFTER', 'DfE outcomes for children in need, including children looked after'),
('MISSING-INCIDENTS', 100, 'Missing incidents',
 'Incidents of children looked after going missing from their placement during the period.',
 'COUNT', 'LOWER_IS_BETTER', 'CHILDREN_LOOKED_AFTER', 'DfE children looked after in England (SSDA903)'),
('CL-EET-17-18', 110, 'Care leavers aged 17-18 in education, employment or training',
 'Care leavers aged 17 or 18 in education, employment or training around their birthday, as a share of all care leavers of that age.',
 'PERCENTAGE', 'HIGHER_IS_BETTER', 'CARE_LEAVERS', 'DfE children looked after in England (SSDA903)'),
('CL-EET-19-21', 120, 'Care leavers aged 19-21 in education, employment or training',
 'Care leavers aged 19 to 21 in education, employment or training around their birthday, as a share of all care leavers of that age.',
 'PERCENTAGE', 'HIGHER_IS_BETTER', 'CARE_LEAVERS', 'DfE children looked after in England (SSDA903)'),
('CL-ACCOM-17-18', 130, 'Care leavers aged 17-18 in suitable accommodation',
 'Care leavers aged 17 or 18 whose accommodation was judged suitable, as a share of all care leavers of that age.',
 'PERCENTAGE', 'HIGHER_IS_BETTER', 'CARE_LEAVERS', 'DfE children looked after in England (SSDA903)'),
('CL-ACCOM-19-21', 140, 'Care leavers aged 19-21 in suitable accommodation',
 'Care leavers aged 19 to 21 whose accommodation was judged suitable, as a share of all care leavers of that age.',
 'PERCENTAGE', 'HIGHER_IS_BETTER', 'CARE_LEAVERS', 'DfE children looked after in England (SSDA903)'),
('CL-IN-TOUCH-17-18', 150, 'Care leavers aged 17-18 the council is in touch with',
 'Care leavers aged 17 or 18 the council was in touch with around their birthday.',
 'PERCENTAGE', 'HIGHER_IS_BETTER', 'CARE_LEAVERS', 'DfE children looked after in England (SSDA903)'),
('CL-IN-TOUCH-19-21', 160, 'Care leavers aged 19-21 the council is in touch with',
 'Care leavers aged 19 to 21 the council was in touch with around their birthday.',
 'PERCENTAGE', 'HIGHER_IS_BETTER', 'CARE_LEAVERS', 'DfE children looked after in England (SSDA903)'),
('STAYING-PUT', 170, 'Care leavers staying put',
 'Care leavers aged 18 still living with their former foster carers under a Staying Put arrangement.',
 'COUNT', 'HIGHER_IS_BETTER', 'CARE_LEAVERS', 'DfE children looked after in England (SSDA903)');

--changeset reporting:england-values
-- England's value of a national indicator for a period, where a platform admin has entered it.
create table england_value (
  indicator_code varchar(40) not null,
  period varchar(10) not null,
  period_start date not null,
  value decimal(14,2) not null,
  illustrative boolean not null,
  entered_by varchar(200) not null,
  entered_at datetime(6) not null,
  primary key (indicator_code, period),
  constraint fk_england_value_indicator foreign key (indicator_code) references indicator (code)
) engine=InnoDB default charset=utf8mb4;

--changeset reporting:published-values
-- What councils published to their partnerships when they finalised a period: small numbers already suppressed
-- in the council (a suppressed value is stored as null with suppressed set, never the figure). Written only by
-- the publication listener, which replaces a council's rows for a period as a whole.
create table published_value (
  partnership_slug varchar(60) not null,
  council_slug varchar(40) not null,
  indicator_code varchar(40) not null,
  period varchar(10) not null,
  period_start date not null,
  value decimal(14,2) null,
  suppressed boolean not null,
  published_at datetime(6) not null,
  primary key (partnership_slug, indicator_code, period, council_slug),
  index ix_published_value_council (council_slug, period)
) engine=InnoDB default charset=utf8mb4;

-- Delivery progress by standard theme as each council last shared it (it is live, not a period's figure): the
-- share of actions on track or complete, suppressed when a theme has fewer than 5 actions.
create table published_theme_progress (
  partnership_slug varchar(60) not null,
  council_slug varchar(40) not null,
  theme varchar(40) not null,
  share decimal(5,1) null,
  suppressed boolean not null,
  as_at datetime(6) not null,
  primary key (partnership_slug, theme, council_slug),
  index ix_published_theme_council (council_slug)
) engine=InnoDB default charset=utf8mb4;
