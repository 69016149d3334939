//! Members known not to be in a guild, for a short while: the negative side of the on-demand
//! member lookups (`discord::members`). A REST lookup answered "Unknown Member", or a
//! GUILD_MEMBER_REMOVE, marks the pair; a lookup within [`ABSENT_FOR_MS`] believes the mark
//! instead of asking Discord again, and a REST answer that was under way when a removal
//! arrived is not cached. In memory only: a restart forgets the marks, which costs at most one
//! lookup each.

use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};

use crate::clock::Timestamp;
use crate::ids::{GuildId, UserId};

/// How long "not a member" is believed.
pub const ABSENT_FOR_MS: i64 = 60 * 1000;
/// Marks kept at most; past it, expired marks go first, then all (the cost is a lookup each).
const MAX_MARKS: usize = 10_000;

#[derive(Debug, Default)]
pub struct Absences {
    marks: Mutex<HashMap<(GuildId, UserId), Timestamp>>,
}

impl Absences {
    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<(GuildId, UserId), Timestamp>> {
        self.marks.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// `user` was found not to be (or stopped being) a member of `guild` at `now`.
    pub fn mark(&self, guild: GuildId, user: UserId, now: Timestamp) {
        let mut marks = self.lock();
        if marks.len() >= MAX_MARKS {
            marks.retain(|_, at| now.millis() - at.millis() < ABSENT_FOR_MS);
            if marks.len() >= MAX_MARKS {
                marks.clear();
            }
        }
        marks.insert((guild, user), now);
    }

    /// `user` is (again) a member of `guild`: a join, an interaction.
    pub fn clear(&self, guild: GuildId, user: UserId) {
        self.lock().remove(&(guild, user));
    }

    /// When `user` was last marked absent from `guild`, whatever its age.
    pub fn since(&self, guild: GuildId, user: UserId) -> Option<Timestamp> {
        self.lock().get(&(guild, user)).copied()
    }

    /// Whether a mark younger than [`ABSENT_FOR_MS`] says `user` is not in `guild`.
    pub fn is_absent(&self, guild: GuildId, user: UserId, now: Timestamp) -> bool {
        self.since(guild, user)
            .is_some_and(|at| now.millis() - at.millis() < ABSENT_FOR_MS)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids() -> (GuildId, UserId) {
        (GuildId::new(1), UserId::new(2))
    }

    #[test]
    fn a_mark_is_believed_for_a_while_then_forgotten() {
        let absences = Absences::default();
        let (g, u) = ids();
        let t = Timestamp::from_millis(1_000_000);
        assert!(!absences.is_absent(g, u, t));
        absences.mark(g, u, t);
        assert!(absences.is_absent(g, u, Timestamp::from_millis(t.millis() + 59_999)));
        assert!(!absences.is_absent(g, u, Timestamp::from_millis(t.millis() + 60_000)));
        assert_eq!(absences.since(g, u), Some(t));
        absences.clear(g, u);
        assert!(!absences.is_absent(g, u, t));
    }

    #[test]
    fn marks_stay_bounded() {
        let absences = Absences::default();
        let t = Timestamp::from_millis(0);
        for n in 0..(MAX_MARKS as u64 + 5) {
            absences.mark(GuildId::new(1), UserId::new(n + 1), t);
        }
        assert!(absences.lock().len() <= MAX_MARKS);
    }
}
