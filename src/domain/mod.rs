//! Business rules. No serenity, axum or rusqlite types: everything here is tested without
//! Discord.

pub mod permissions;
