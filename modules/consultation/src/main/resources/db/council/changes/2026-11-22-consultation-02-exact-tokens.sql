--liquibase formatted sql

--changeset consultation:exact-link-tokens
-- A link's token matches only as written: the default collation ignores case and trailing spaces, which would let
-- one link answer to many spellings (and each spelling have its own share of the abuse guard).
alter table survey_link modify token varchar(43) character set ascii collate ascii_bin not null;
alter table survey_link_aud modify token varchar(43) character set ascii collate ascii_bin null;
