//! Business rules. No serenity, axum or rusqlite types: everything here is tested without
//! Discord.

pub mod levels;
pub mod naming;
pub mod permissions;
pub mod placeholders;
