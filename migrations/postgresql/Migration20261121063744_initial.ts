import { Migration } from '@mikro-orm/migrations';

export class Migration20261121063744_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_entry" ("id" serial primary key, "at" timestamptz not null, "actor" varchar(200) not null, "source" varchar(20) not null, "entity_name" varchar(50) not null, "entity_id" int not null, "action" varchar(10) not null, "changes" jsonb null);`);
    this.addSql(`create index "audit_entry_entity_name_entity_id_index" on "audit_entry" ("entity_name", "entity_id");`);

    this.addSql(`create table "locality" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(10) not null, "name" varchar(200) not null, "name_search" varchar(200) not null, "name_sort" varchar(600) not null, "level" text check ("level" in ('province', 'district', 'commune')) not null, "kind" text check ("kind" in ('tinh', 'thanh_pho_tw', 'quan', 'huyen', 'thi_xa', 'thanh_pho', 'xa', 'phuong', 'thi_tran', 'dac_khu')) not null, "parent_id" int null, "path" varchar(500) not null, "merged_into_id" int null, "valid_from" date null, "valid_to" date null);`);
    this.addSql(`create index "locality_code_index" on "locality" ("code");`);
    this.addSql(`create index "locality_name_search_index" on "locality" ("name_search");`);
    this.addSql(`create index "locality_name_sort_index" on "locality" ("name_sort");`);
    this.addSql(`create index "locality_parent_id_index" on "locality" ("parent_id");`);
    this.addSql(`create index "locality_path_index" on "locality" ("path");`);
    this.addSql(`create index "locality_merged_into_id_index" on "locality" ("merged_into_id");`);

    this.addSql(`create table "planning_term" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(50) not null, "start_year" int not null, "end_year" int not null);`);
    this.addSql(`alter table "planning_term" add constraint "planning_term_start_year_end_year_unique" unique ("start_year", "end_year");`);

    this.addSql(`create table "position" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(200) not null, "name_search" varchar(200) not null, "name_sort" varchar(600) not null, "level" text check ("level" in ('province', 'provincial_department', 'district', 'commune', 'division')) not null, "is_leadership" boolean not null, "seniority" int not null);`);
    this.addSql(`create index "position_name_search_index" on "position" ("name_search");`);
    this.addSql(`create index "position_name_sort_index" on "position" ("name_sort");`);
    this.addSql(`alter table "position" add constraint "position_name_level_unique" unique ("name", "level");`);

    this.addSql(`create table "training" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(50) null, "name" varchar(300) not null, "name_search" varchar(300) not null, "name_sort" varchar(900) not null, "kind" text check ("kind" in ('degree', 'political_theory', 'state_management', 'fostering', 'foreign_language', 'it', 'defence_security')) not null, "mode" text check ("mode" in ('full_time', 'in_service')) not null, "location" text check ("location" in ('domestic', 'abroad', 'joint')) not null, "programme" varchar(200) null, "organiser" varchar(300) null, "country" varchar(100) null, "grants_professional_level" text check ("grants_professional_level" in ('below_intermediate', 'intermediate', 'college', 'university', 'master', 'doctor')) null, "grants_political_theory" text check ("grants_political_theory" in ('elementary', 'intermediate', 'advanced', 'bachelor')) null, "grants_state_management" text check ("grants_state_management" in ('officer', 'specialist', 'principal_specialist', 'senior_specialist')) null, "fostering_group" int null, "start_date" date null, "end_date" date null);`);
    this.addSql(`alter table "training" add constraint "training_code_unique" unique ("code");`);
    this.addSql(`create index "training_name_search_index" on "training" ("name_search");`);
    this.addSql(`create index "training_name_sort_index" on "training" ("name_sort");`);
    this.addSql(`create index "training_start_date_index" on "training" ("start_date");`);

    this.addSql(`create table "unit" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(50) null, "name" varchar(300) not null, "name_search" varchar(300) not null, "name_sort" varchar(900) not null, "block" text check ("block" in ('party', 'government', 'front_mass', 'hc_sn', 'commune')) not null, "kind" text check ("kind" in ('party_committee', 'peoples_council', 'peoples_committee', 'department', 'fatherland_front', 'mass_organisation', 'public_service', 'other')) not null, "locality_id" int not null, "parent_id" int null, "path" varchar(500) not null);`);
    this.addSql(`alter table "unit" add constraint "unit_code_unique" unique ("code");`);
    this.addSql(`create index "unit_name_search_index" on "unit" ("name_search");`);
    this.addSql(`create index "unit_name_sort_index" on "unit" ("name_sort");`);
    this.addSql(`create index "unit_locality_id_index" on "unit" ("locality_id");`);
    this.addSql(`create index "unit_parent_id_index" on "unit" ("parent_id");`);
    this.addSql(`create index "unit_path_index" on "unit" ("path");`);

    this.addSql(`create table "target" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "locality_id" int null, "unit_id" int null, "term_id" int not null, "metric" text check ("metric" in ('women_share', 'youth_share', 'minority_share', 'party_member_share', 'university_share', 'postgraduate_share', 'llct_advanced_share')) not null, "age_threshold" int null, "population" text check ("population" in ('working', 'planned', 'leadership')) not null, "comparator" text check ("comparator" in ('at_least', 'at_most', 'equal')) not null, "value" double precision not null, "note" text null);`);
    this.addSql(`create index "target_locality_id_index" on "target" ("locality_id");`);
    this.addSql(`create index "target_unit_id_index" on "target" ("unit_id");`);
    this.addSql(`create index "target_term_id_index" on "target" ("term_id");`);
    this.addSql(`create index "target_term_id_unit_id_index" on "target" ("term_id", "unit_id");`);
    this.addSql(`create index "target_term_id_locality_id_index" on "target" ("term_id", "locality_id");`);

    this.addSql(`create table "cadre" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "full_name" varchar(200) not null, "name_search" varchar(200) not null, "name_sort" varchar(600) not null, "other_name" varchar(200) null, "birth_date" date null, "birth_year" int not null, "sex" text check ("sex" in ('M', 'F')) not null, "place_of_birth" varchar(300) null, "home_town" varchar(300) null, "ethnicity" text check ("ethnicity" in ('01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20', '21', '22', '23', '24', '25', '26', '27', '28', '29', '30', '31', '32', '33', '34', '35', '36', '37', '38', '39', '40', '41', '42', '43', '44', '45', '46', '47', '48', '49', '50', '51', '52', '53', '54', '55')) not null, "religion" text check ("religion" in ('00', '01', '02', '03', '04', '05', '06', '99')) not null default '00', "id_number" varchar(12) null, "social_insurance_number" varchar(20) null, "category" text check ("category" in ('cadre', 'civil_servant', 'public_employee', 'contract')) not null, "rank" text check ("rank" in ('01.001', '01.002', '01.003', '01.004', '01.005')) null, "grade" text check ("grade" in ('I', 'II', 'III', 'IV', 'V')) null, "pay_step" int null, "job_position" varchar(300) null, "unit_id" int null, "start_date" date null, "general_education" varchar(10) null, "professional_level" text check ("professional_level" in ('below_intermediate', 'intermediate', 'college', 'university', 'master', 'doctor')) null, "major" varchar(300) null, "academic_title" text check ("academic_title" in ('associate_professor', 'professor')) null, "political_theory" text check ("political_theory" in ('elementary', 'intermediate', 'advanced', 'bachelor')) null, "state_management" text check ("state_management" in ('officer', 'specialist', 'principal_specialist', 'senior_specialist')) null, "foreign_language" varchar(200) null, "it_skill" varchar(200) null, "party_joined_at" date null, "party_official_at" date null, "status" text check ("status" in ('working', 'retired', 'transferred', 'resigned', 'deceased')) not null default 'working', "note" text null);`);
    this.addSql(`create index "cadre_name_search_index" on "cadre" ("name_search");`);
    this.addSql(`create index "cadre_name_sort_index" on "cadre" ("name_sort");`);
    this.addSql(`create index "cadre_birth_date_index" on "cadre" ("birth_date");`);
    this.addSql(`create index "cadre_birth_year_index" on "cadre" ("birth_year");`);
    this.addSql(`alter table "cadre" add constraint "cadre_id_number_unique" unique ("id_number");`);
    this.addSql(`alter table "cadre" add constraint "cadre_social_insurance_number_unique" unique ("social_insurance_number");`);
    this.addSql(`create index "cadre_unit_id_index" on "cadre" ("unit_id");`);
    this.addSql(`create index "cadre_status_index" on "cadre" ("status");`);

    this.addSql(`create table "rotation" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "cadre_id" int not null, "from_unit_id" int not null, "to_unit_id" int not null, "kind" text check ("kind" in ('rotation', 'transfer', 'secondment')) not null, "direction" text check ("direction" in ('province_to_district', 'district_to_province', 'district_to_district', 'sector_to_sector', 'to_commune', 'from_commune', 'between_communes')) not null, "start_date" date not null, "end_date" date null, "decision_number" varchar(100) null, "note" text null);`);
    this.addSql(`create index "rotation_cadre_id_index" on "rotation" ("cadre_id");`);
    this.addSql(`create index "rotation_from_unit_id_index" on "rotation" ("from_unit_id");`);
    this.addSql(`create index "rotation_to_unit_id_index" on "rotation" ("to_unit_id");`);

    this.addSql(`create table "planning_entry" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "term_id" int not null, "cadre_id" int not null, "position_id" int not null, "unit_id" int not null, "added_at" date not null, "decision_number" varchar(100) null, "removed_at" date null, "removal_reason" text check ("removal_reason" in ('age', 'discipline', 'rating', 'transfer', 'health', 'other')) null, "removal_note" text null);`);
    this.addSql(`create index "planning_entry_term_id_index" on "planning_entry" ("term_id");`);
    this.addSql(`create index "planning_entry_cadre_id_index" on "planning_entry" ("cadre_id");`);
    this.addSql(`create index "planning_entry_position_id_index" on "planning_entry" ("position_id");`);
    this.addSql(`create index "planning_entry_unit_id_index" on "planning_entry" ("unit_id");`);
    this.addSql(`create index "planning_entry_term_id_unit_id_position_id_index" on "planning_entry" ("term_id", "unit_id", "position_id");`);

    this.addSql(`create table "evaluation" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "cadre_id" int not null, "year" int not null, "rating" text check ("rating" in ('excellent', 'good', 'completed', 'not_completed')) not null, "note" text null);`);
    this.addSql(`create index "evaluation_cadre_id_index" on "evaluation" ("cadre_id");`);
    this.addSql(`alter table "evaluation" add constraint "evaluation_cadre_id_year_unique" unique ("cadre_id", "year");`);

    this.addSql(`create table "enrollment" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "cadre_id" int not null, "training_id" int not null, "status" text check ("status" in ('registered', 'studying', 'completed', 'withdrawn', 'failed')) not null default 'registered', "result" text check ("result" in ('excellent', 'very_good', 'good', 'average', 'fail')) null, "certificate" varchar(100) null, "completed_at" date null);`);
    this.addSql(`create index "enrollment_cadre_id_index" on "enrollment" ("cadre_id");`);
    this.addSql(`create index "enrollment_training_id_index" on "enrollment" ("training_id");`);
    this.addSql(`alter table "enrollment" add constraint "enrollment_cadre_id_training_id_unique" unique ("cadre_id", "training_id");`);

    this.addSql(`create table "qualification_change" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "cadre_id" int not null, "field" text check ("field" in ('professional_level', 'political_theory', 'state_management')) not null, "from_value" varchar(50) null, "to_value" varchar(50) not null, "changed_at" date not null, "enrollment_id" int null);`);
    this.addSql(`create index "qualification_change_cadre_id_index" on "qualification_change" ("cadre_id");`);
    this.addSql(`create index "qualification_change_enrollment_id_index" on "qualification_change" ("enrollment_id");`);
    this.addSql(`create index "qualification_change_cadre_id_changed_at_index" on "qualification_change" ("cadre_id", "changed_at");`);

    this.addSql(`create table "discipline" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "cadre_id" int not null, "decided_at" date not null, "form" text check ("form" in ('reprimand', 'warning', 'salary_downgrade', 'demotion', 'dismissal', 'recall', 'forced_resignation', 'expulsion')) not null, "decision_number" varchar(100) null, "authority" varchar(300) null, "reason" text null);`);
    this.addSql(`create index "discipline_cadre_id_index" on "discipline" ("cadre_id");`);
    this.addSql(`create index "discipline_cadre_id_decided_at_index" on "discipline" ("cadre_id", "decided_at");`);

    this.addSql(`create table "assignment" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "cadre_id" int not null, "unit_id" int not null, "position_id" int not null, "start_date" date not null, "end_date" date null, "is_concurrent" boolean not null default false, "decision_number" varchar(100) null);`);
    this.addSql(`create index "assignment_cadre_id_index" on "assignment" ("cadre_id");`);
    this.addSql(`create index "assignment_unit_id_index" on "assignment" ("unit_id");`);
    this.addSql(`create index "assignment_position_id_index" on "assignment" ("position_id");`);
    this.addSql(`create index "assignment_cadre_id_start_date_index" on "assignment" ("cadre_id", "start_date");`);

    this.addSql(`alter table "locality" add constraint "locality_parent_id_foreign" foreign key ("parent_id") references "locality" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "locality" add constraint "locality_merged_into_id_foreign" foreign key ("merged_into_id") references "locality" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "unit" add constraint "unit_locality_id_foreign" foreign key ("locality_id") references "locality" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "unit" add constraint "unit_parent_id_foreign" foreign key ("parent_id") references "unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "target" add constraint "target_locality_id_foreign" foreign key ("locality_id") references "locality" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "target" add constraint "target_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "target" add constraint "target_term_id_foreign" foreign key ("term_id") references "planning_term" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "cadre" add constraint "cadre_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "rotation" add constraint "rotation_cadre_id_foreign" foreign key ("cadre_id") references "cadre" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "rotation" add constraint "rotation_from_unit_id_foreign" foreign key ("from_unit_id") references "unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "rotation" add constraint "rotation_to_unit_id_foreign" foreign key ("to_unit_id") references "unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "planning_entry" add constraint "planning_entry_term_id_foreign" foreign key ("term_id") references "planning_term" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "planning_entry" add constraint "planning_entry_cadre_id_foreign" foreign key ("cadre_id") references "cadre" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "planning_entry" add constraint "planning_entry_position_id_foreign" foreign key ("position_id") references "position" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "planning_entry" add constraint "planning_entry_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "evaluation" add constraint "evaluation_cadre_id_foreign" foreign key ("cadre_id") references "cadre" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "enrollment" add constraint "enrollment_cadre_id_foreign" foreign key ("cadre_id") references "cadre" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "enrollment" add constraint "enrollment_training_id_foreign" foreign key ("training_id") references "training" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "qualification_change" add constraint "qualification_change_cadre_id_foreign" foreign key ("cadre_id") references "cadre" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "qualification_change" add constraint "qualification_change_enrollment_id_foreign" foreign key ("enrollment_id") references "enrollment" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "discipline" add constraint "discipline_cadre_id_foreign" foreign key ("cadre_id") references "cadre" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "assignment" add constraint "assignment_cadre_id_foreign" foreign key ("cadre_id") references "cadre" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "assignment" add constraint "assignment_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "assignment" add constraint "assignment_position_id_foreign" foreign key ("position_id") references "position" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "locality" drop constraint "locality_parent_id_foreign";`);

    this.addSql(`alter table "locality" drop constraint "locality_merged_into_id_foreign";`);

    this.addSql(`alter table "unit" drop constraint "unit_locality_id_foreign";`);

    this.addSql(`alter table "target" drop constraint "target_locality_id_foreign";`);

    this.addSql(`alter table "target" drop constraint "target_term_id_foreign";`);

    this.addSql(`alter table "planning_entry" drop constraint "planning_entry_term_id_foreign";`);

    this.addSql(`alter table "planning_entry" drop constraint "planning_entry_position_id_foreign";`);

    this.addSql(`alter table "assignment" drop constraint "assignment_position_id_foreign";`);

    this.addSql(`alter table "enrollment" drop constraint "enrollment_training_id_foreign";`);

    this.addSql(`alter table "unit" drop constraint "unit_parent_id_foreign";`);

    this.addSql(`alter table "target" drop constraint "target_unit_id_foreign";`);

    this.addSql(`alter table "cadre" drop constraint "cadre_unit_id_foreign";`);

    this.addSql(`alter table "rotation" drop constraint "rotation_from_unit_id_foreign";`);

    this.addSql(`alter table "rotation" drop constraint "rotation_to_unit_id_foreign";`);

    this.addSql(`alter table "planning_entry" drop constraint "planning_entry_unit_id_foreign";`);

    this.addSql(`alter table "assignment" drop constraint "assignment_unit_id_foreign";`);

    this.addSql(`alter table "rotation" drop constraint "rotation_cadre_id_foreign";`);

    this.addSql(`alter table "planning_entry" drop constraint "planning_entry_cadre_id_foreign";`);

    this.addSql(`alter table "evaluation" drop constraint "evaluation_cadre_id_foreign";`);

    this.addSql(`alter table "enrollment" drop constraint "enrollment_cadre_id_foreign";`);

    this.addSql(`alter table "qualification_change" drop constraint "qualification_change_cadre_id_foreign";`);

    this.addSql(`alter table "discipline" drop constraint "discipline_cadre_id_foreign";`);

    this.addSql(`alter table "assignment" drop constraint "assignment_cadre_id_foreign";`);

    this.addSql(`alter table "qualification_change" drop constraint "qualification_change_enrollment_id_foreign";`);

    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop table if exists "locality" cascade;`);

    this.addSql(`drop table if exists "planning_term" cascade;`);

    this.addSql(`drop table if exists "position" cascade;`);

    this.addSql(`drop table if exists "training" cascade;`);

    this.addSql(`drop table if exists "unit" cascade;`);

    this.addSql(`drop table if exists "target" cascade;`);

    this.addSql(`drop table if exists "cadre" cascade;`);

    this.addSql(`drop table if exists "rotation" cascade;`);

    this.addSql(`drop table if exists "planning_entry" cascade;`);

    this.addSql(`drop table if exists "evaluation" cascade;`);

    this.addSql(`drop table if exists "enrollment" cascade;`);

    this.addSql(`drop table if exists "qualification_change" cascade;`);

    this.addSql(`drop table if exists "discipline" cascade;`);

    this.addSql(`drop table if exists "assignment" cascade;`);
  }

}
