-- Kring vault schema. Every table lives inside the AES-encrypted H2 file.

CREATE TABLE partner (
  id               VARCHAR(64)  NOT NULL PRIMARY KEY,
  name             VARCHAR(200) NOT NULL,
  role             VARCHAR(40)  NOT NULL,
  tier             VARCHAR(10)  NOT NULL,
  agreement_signed DATE,
  agreement_ends   DATE,
  closed_on        DATE
);

CREATE TABLE attendee (
  id         VARCHAR(64)  NOT NULL PRIMARY KEY,
  partner_id VARCHAR(64)  NOT NULL REFERENCES partner(id) ON DELETE CASCADE,
  name       VARCHAR(200) NOT NULL,
  job_title  VARCHAR(200)
);

CREATE TABLE case_file (
  number                   VARCHAR(32)  NOT NULL PRIMARY KEY,
  first_names              VARCHAR(200),
  roepnaam                 VARCHAR(100),
  prefix                   VARCHAR(40),
  surname                  VARCHAR(200) NOT NULL,
  birth_date               DATE,
  bsn                      VARCHAR(9),
  address                  VARCHAR(300),
  phone                    VARCHAR(40),
  legal_representative     VARCHAR(200),
  incapacitated            BOOLEAN      DEFAULT FALSE NOT NULL,
  referrer_name            VARCHAR(200),
  referrer_organisation    VARCHAR(200),
  referrer_anonymous       BOOLEAN      DEFAULT FALSE NOT NULL,
  reported_on              DATE,
  phase                    VARCHAR(32)  NOT NULL,
  consent_status           VARCHAR(20),
  consent_date             DATE,
  consent_by               VARCHAR(200),
  informed                 BOOLEAN,
  informed_reason          VARCHAR(2000),
  evident_interest         VARCHAR(4000),
  lighter_means_considered VARCHAR(4000),
  evaluation_due           DATE,
  closed_on                DATE,
  created_at               TIMESTAMP    DEFAULT CURRENT_TIMESTAMP NOT NULL
);

CREATE TABLE client_alias (
  case_number VARCHAR(32)  NOT NULL REFERENCES case_file(number) ON DELETE CASCADE,
  position    INT          NOT NULL,
  alias       VARCHAR(200) NOT NULL,
  PRIMARY KEY (case_number, position)
);

CREATE TABLE relative (
  case_number VARCHAR(32)  NOT NULL REFERENCES case_file(number) ON DELETE CASCADE,
  position    INT          NOT NULL,
  name        VARCHAR(200) NOT NULL,
  relation    VARCHAR(100) NOT NULL,
  PRIMARY KEY (case_number, position)
);

CREATE TABLE domain_assessment (
  case_number VARCHAR(32)  NOT NULL REFERENCES case_file(number) ON DELETE CASCADE,
  domain      VARCHAR(40)  NOT NULL,
  score       INT,
  note        VARCHAR(8000),
  PRIMARY KEY (case_number, domain)
);

CREATE TABLE case_kring (
  case_number VARCHAR(32) NOT NULL REFERENCES case_file(number) ON DELETE CASCADE,
  partner_id  VARCHAR(64) NOT NULL REFERENCES partner(id),
  PRIMARY KEY (case_number, partner_id)
);

CREATE TABLE meeting (
  meeting_date DATE         NOT NULL PRIMARY KEY,
  location     VARCHAR(200),
  start_time   TIME         DEFAULT TIME '09:00:00' NOT NULL
);

CREATE TABLE meeting_present (
  meeting_date DATE        NOT NULL REFERENCES meeting(meeting_date) ON DELETE CASCADE,
  attendee_id  VARCHAR(64) NOT NULL REFERENCES attendee(id) ON DELETE CASCADE,
  PRIMARY KEY (meeting_date, attendee_id)
);

CREATE TABLE agenda_item (
  id               BIGINT      AUTO_INCREMENT PRIMARY KEY,
  meeting_date     DATE        NOT NULL REFERENCES meeting(meeting_date) ON DELETE CASCADE,
  case_number      VARCHAR(32) NOT NULL REFERENCES case_file(number) ON DELETE CASCADE,
  position         INT         NOT NULL,
  duration_minutes INT         DEFAULT 10 NOT NULL,
  UNIQUE (meeting_date, case_number)
);

CREATE TABLE minutes_paragraph (
  id             BIGINT      AUTO_INCREMENT PRIMARY KEY,
  agenda_item_id BIGINT      NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
  position       INT         NOT NULL,
  category       VARCHAR(40),
  text           CLOB        NOT NULL
);

CREATE TABLE decision (
  id             BIGINT      AUTO_INCREMENT PRIMARY KEY,
  agenda_item_id BIGINT      NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
  position       INT         NOT NULL,
  action         VARCHAR(4000) NOT NULL,
  owner_partner  VARCHAR(64) REFERENCES partner(id),
  due            DATE
);

CREATE TABLE disclosure (
  id               BIGINT      AUTO_INCREMENT PRIMARY KEY,
  case_number      VARCHAR(32) NOT NULL REFERENCES case_file(number) ON DELETE CASCADE,
  meeting_date     DATE,
  categories       VARCHAR(1000) NOT NULL,
  recipients       VARCHAR(2000) NOT NULL,
  basis            VARCHAR(32)   NOT NULL,
  why              VARCHAR(4000),
  why_not_informed VARCHAR(4000),
  decided_by       VARCHAR(200),
  disclosed_on     DATE          NOT NULL
);

CREATE TABLE matrix_cell (
  role       VARCHAR(40) NOT NULL,
  domain     VARCHAR(40) NOT NULL,
  visibility VARCHAR(10) NOT NULL,
  PRIMARY KEY (role, domain)
);

CREATE TABLE audit_entry (
  seq        BIGINT        NOT NULL PRIMARY KEY,
  logged_at  TIMESTAMP     NOT NULL,
  action     VARCHAR(40)   NOT NULL,
  subject    VARCHAR(100),
  detail     VARCHAR(4000),
  prev_hash  VARCHAR(64)   NOT NULL,
  hash       VARCHAR(64)   NOT NULL
);

CREATE TABLE setting (
  name  VARCHAR(100) NOT NULL PRIMARY KEY,
  setting_value VARCHAR(4000)
);
