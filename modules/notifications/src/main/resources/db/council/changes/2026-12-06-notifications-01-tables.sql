--liquibase formatted sql

--changeset notifications:notification-tables
-- Every reminder found for a person, once: the unique key is what stops a second instance, or a later day, sending it
-- again. A row is PENDING until its digest is sent (SENT), or FAILED after its last attempt; read_at is when the
-- person opened it in the product.
create table notification (
  id bigint auto_increment primary key,
  recipient_email varchar(254) not null,
  recipient_name varchar(200) null,
  kind varchar(40) not null,
  reminder_key varchar(200) not null,
  subject varchar(300) not null,
  detail varchar(500) not null,
  path varchar(300) not null,
  about_date date not null,
  found_on date not null,
  status varchar(20) not null,
  attempts int not null default 0,
  last_error varchar(500) null,
  sent_at datetime(6) null,
  read_at datetime(6) null,
  constraint uk_notification_reminder unique (recipient_email, reminder_key)
);
create index ix_notification_status on notification (status, recipient_email);

-- How often a person wants each kind of reminder; no row means the default, a daily digest.
create table notification_preference (
  recipient_email varchar(254) not null,
  kind varchar(40) not null,
  frequency varchar(10) not null,
  primary key (recipient_email, kind)
);

-- One run of the digests per council per day: the instance that inserts the day's row sends them; a run left
-- unfinished by a stopped instance is taken over once its claim is old.
create table notification_run (
  run_date date primary key,
  claimed_by varchar(100) not null,
  claimed_at datetime(6) not null,
  finished_at datetime(6) null
);
