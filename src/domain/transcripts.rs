//! Who may read a ticket's transcript: the ticket's opener, the guild's admins, and support
//! staff of the ticket's panel (a panel without teams is handled by all support staff).

use super::levels::Level;

/// What is known about the reader and the ticket.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reader {
    pub level: Level,
    pub is_opener: bool,
    /// `None`: the ticket's panel has no support teams (or it had no panel). `Some(b)`: whether
    /// the reader (or one of their roles) is in one of the panel's teams.
    pub in_panel_team: Option<bool>,
}

pub fn may_view(reader: Reader) -> bool {
    match reader.level {
        Level::Admin => true,
        Level::Support => reader.is_opener || reader.in_panel_team.unwrap_or(true),
        Level::Everyone => reader.is_opener,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn openers_admins_and_the_panels_support_may_view() {
        let cases = [
            (Level::Everyone, false, None, false),
            (Level::Everyone, true, None, true),
            (Level::Everyone, false, Some(true), false),
            (Level::Support, false, None, true),
            (Level::Support, false, Some(true), true),
            (Level::Support, false, Some(false), false),
            (Level::Support, true, Some(false), true),
            (Level::Admin, false, Some(false), true),
        ];
        for (level, is_opener, in_panel_team, expected) in cases {
            let reader = Reader {
                level,
                is_opener,
                in_panel_team,
            };
            assert_eq!(may_view(reader), expected, "{reader:?}");
        }
    }
}
