//! Slash commands, one file per group. Each is a dozen lines: parse, authorise, call the
//! domain, render.

mod help;

use super::{Data, Error};

/// Every command the bot registers.
pub fn all() -> Vec<poise::Command<Data, Error>> {
    vec![help::help()]
}
