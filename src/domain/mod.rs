//! Business rules. No serenity, axum or rusqlite types: everything here is tested without
//! Discord.

pub mod access_rules;
pub mod activity;
pub mod autoclose;
pub mod backups;
pub mod components;
pub mod data_requests;
pub mod embeds;
pub mod feedback;
pub mod form_questions;
pub mod forms;
pub mod integration_requests;
pub mod integrations;
pub mod job_kind;
pub mod jobs;
pub mod labels;
pub mod language;
pub mod levels;
pub mod member_names;
pub mod multi_panel_look;
pub mod naming;
pub mod on_call;
pub mod panels;
pub mod pending;
pub mod permissions;
pub mod placeholders;
pub mod renames;
pub mod roblox;
pub mod settings;
pub mod ssrf;
pub mod stats;
pub mod support_hours;
pub mod tags;
pub mod ticket_permissions;
pub mod tickets;
pub mod transcripts;
