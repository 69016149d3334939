//! Newtype identifiers. Discord snowflakes and ticketbox's own row ids never cross a module
//! boundary as bare integers.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

macro_rules! snowflake {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(u64);

        impl $name {
            pub const fn new(raw: u64) -> Self {
                Self(raw)
            }

            pub const fn get(self) -> u64 {
                self.0
            }

            /// The value as SQLite stores it. Snowflakes are below 2^63 by Discord's construction.
            pub const fn to_sql(self) -> i64 {
                self.0 as i64
            }

            #[allow(clippy::cast_sign_loss)]
            pub const fn from_sql(raw: i64) -> Self {
                Self(raw as u64)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Display::fmt(&self.0, f)
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}({})", stringify!($name), self.0)
            }
        }

        impl FromStr for $name {
            type Err = std::num::ParseIntError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                s.parse().map(Self)
            }
        }
    };
}

snowflake!(
    /// A Discord guild (server).
    GuildId
);
snowflake!(
    /// A Discord channel, category or thread.
    ChannelId
);
snowflake!(
    /// A Discord user.
    UserId
);
snowflake!(
    /// A Discord role. The @everyone role has the guild's id.
    RoleId
);
snowflake!(
    /// A Discord message.
    MessageId
);
snowflake!(
    /// The Discord application (bot) id.
    ApplicationId
);

macro_rules! row_id {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(i64);

        impl $name {
            pub const fn new(raw: i64) -> Self {
                Self(raw)
            }

            pub const fn get(self) -> i64 {
                self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Display::fmt(&self.0, f)
            }
        }
    };
}

row_id!(
    /// ticketbox's internal id of a ticket row (unique across guilds).
    TicketId
);
row_id!(
    /// A panel.
    PanelId
);
row_id!(
    /// A multi-panel.
    MultiPanelId
);
row_id!(
    /// A form.
    FormId
);
row_id!(
    /// A support team.
    TeamId
);
row_id!(
    /// A durable job.
    JobId
);

/// The per-guild ticket number users see (`#12`). Unique and gap-free within a guild.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Serialize, Deserialize)]
#[serde(transparent)]
pub struct TicketNumber(u32);

impl TicketNumber {
    pub const fn new(raw: u32) -> Self {
        Self(raw)
    }

    pub const fn get(self) -> u32 {
        self.0
    }
}

impl fmt::Display for TicketNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snowflake_survives_sql_round_trip() {
        let id = GuildId::new(1_234_567_890_123_456_789);
        assert_eq!(GuildId::from_sql(id.to_sql()), id);
        assert_eq!(id.to_string(), "1234567890123456789");
        assert_eq!(format!("{id:?}"), "GuildId(1234567890123456789)");
        assert_eq!("42".parse::<UserId>().unwrap(), UserId::new(42));
    }

    #[test]
    fn snowflake_serialises_as_plain_number() {
        let json = serde_json::to_string(&ChannelId::new(7)).unwrap();
        assert_eq!(json, "7");
    }
}
