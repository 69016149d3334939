//! The integration tests: one binary (one link of the crate) with a module per area. Each
//! module starts its own test world; `support` holds the helpers they share. The browser test
//! stays a binary of its own (it drives Chromium, one at a time), and so does the per-guild
//! metrics test (it needs a metrics registry no other bot writes to).

mod access_rules;
mod activity_realtime;
mod archive_e2e;
mod archive_edge;
mod archive_privacy;
mod archive_segments;
mod archive_store;
mod autoclose;
mod awaiting;
mod backups;
mod binary;
mod cache_entities;
mod config;
mod embeds;
mod exit_survey;
mod fake_discord;
mod fake_gateway;
mod feedback;
mod form_questions;
mod gateway;
mod guild_purge;
mod http;
mod integrations;
mod labels_on_call;
mod language;
mod members_on_demand;
mod metrics;
mod metrics_common;
mod multi_panel_look;
mod operator;
mod panel_log_start_ticket;
mod privacy_bot_messages;
mod privacy_removal;
mod setting_switches;
mod stats;
mod stores;
mod support;
mod support_hours;
mod ticket_store;
mod tickets_edge;
mod tickets_open;
mod tickets_panels;
mod tickets_settings;
mod tickets_work;
mod viewer_pages;
mod web_access;
mod web_forms;
mod web_language;
mod web_lists;
mod web_panels;
mod web_settings;
mod web_setup;
mod web_transcripts;
