//! ticketbox: a self-hosted Discord support-ticket bot.
//!
//! The binary (`src/main.rs`) parses the command line and hands over to [`app`].
//! Modules are listed here and nothing else lives in this file.

pub mod app;
pub mod archive;
pub mod cache;
pub mod cli;
pub mod clock;
pub mod config;
pub mod crypto;
pub mod discord;
pub mod domain;
pub mod files;
pub mod i18n;
pub mod ids;
pub mod jobs;
pub mod logging;
pub mod services;
pub mod store;
pub mod web;

#[cfg(feature = "testkit")]
pub mod testkit;
