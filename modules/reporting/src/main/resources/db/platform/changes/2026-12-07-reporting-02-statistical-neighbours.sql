--liquibase formatted sql

--changeset reporting:statistical-neighbours
-- Each council's children's-services statistical neighbours (DfE's benchmarking model), ranked 1 (closest) to 10, as
-- a platform admin last loaded them. Codes are ONS area codes, so a neighbour need not be on the platform.
create table statistical_neighbour (
  council_ons varchar(9) not null,
  neighbour_rank int not null,
  neighbour_ons varchar(9) not null,
  primary key (council_ons, neighbour_rank)
) engine=InnoDB default charset=utf8mb4;

-- The table as a whole: one row, whose version a new load must quote (a stale one is refused), with who loaded it,
-- when, from what, and whether it is illustrative (made up for a demonstration) rather than DfE's.
create table statistical_neighbour_table (
  id int not null primary key,
  version bigint not null,
  councils int not null,
  illustrative boolean not null,
  source varchar(300) null,
  loaded_by varchar(200) null,
  loaded_at datetime(6) null
) engine=InnoDB default charset=utf8mb4;

insert into statistical_neighbour_table (id, version, councils, illustrative) values (1, 0, 0, false);
