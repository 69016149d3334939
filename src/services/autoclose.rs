//! Auto-close: settings as both transports change them, the sweep that queues what is due, and
//! openers who left. The close itself (and the warning) is the Discord-bound
//! [`JobKind::AutoClose`] job, which catches up on the ticket's messages and checks again
//! before acting, so a ticket answered during an outage is not closed.

use crate::clock::Timestamp;
pub use crate::domain::autoclose::RulesInput;
use crate::domain::autoclose::{Due, Rules, RulesError, apply};
use crate::domain::job_kind::JobKind;
use crate::ids::{GuildId, TicketId, UserId};
use crate::store::{autoclose, jobs};

use super::{AppCore, MemberAnswer, ServiceError};

/// Checks a change that gives every field (the dashboard's form) without saving it.
pub fn check(input: &RulesInput) -> Result<(), RulesError> {
    apply(Rules::default(), input).map(|_| ())
}

/// The rules after a change, and how many open tickets were already past them (they close
/// after the grace period).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Configured {
    pub rules: Rules,
    pub overdue: usize,
}

/// Applies `input` to the guild's rules. Errors name the field. A change restarts the grace
/// for tickets already past a rule; saving the same rules again does not.
pub async fn configure(
    core: &AppCore,
    guild: GuildId,
    input: RulesInput,
) -> Result<Configured, ConfigureError> {
    let current = autoclose::rules(&core.db, guild).await?;
    let mut rules = apply(current, &input)?;
    let unchanged = Rules {
        changed_at: current.changed_at,
        ..rules
    } == current;
    if !unchanged {
        rules.changed_at = core.clock.now();
    }
    let overdue = autoclose::set_rules(&core.db, guild, rules).await?;
    core.wake_jobs();
    Ok(Configured { rules, overdue })
}

/// Why a change was refused: the rules' own message (naming the field), or an internal error.
#[derive(Debug, thiserror::Error)]
pub enum ConfigureError {
    #[error(transparent)]
    Rules(#[from] RulesError),
    #[error(transparent)]
    Service(#[from] ServiceError),
}

impl From<crate::store::StoreError> for ConfigureError {
    fn from(e: crate::store::StoreError) -> Self {
        Self::Service(e.into())
    }
}

/// The dedupe key of a ticket's auto-close job.
fn job_key(ticket: TicketId) -> String {
    format!("autoclose:{}", ticket.get())
}

/// What a sweep did: jobs queued, and the next moment a warning or close falls due (so the
/// runner can come back then rather than a minute later).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Swept {
    pub queued: usize,
    pub next_due: Option<Timestamp>,
    /// A ticket was due while its previous job (a warning just posted) was still queued or
    /// running: look again as soon as the runner wakes.
    pub busy: bool,
}

/// Queues an auto-close job for every open ticket whose warning or close is due. Cheap when
/// nothing is due: one query, no Discord.
pub async fn sweep(core: &AppCore) -> Result<Swept, ServiceError> {
    let now = core.clock.now();
    let mut swept = Swept::default();
    let mut next = |at: Timestamp| {
        swept.next_due = Some(swept.next_due.map_or(at, |n| n.min(at)));
    };
    let mut due = Vec::new();
    for (rules, candidate) in autoclose::candidates(&core.db).await? {
        match rules.check(&candidate.facts, now, candidate.warned_for) {
            Due::Later(at) => {
                if let Some(at) = at {
                    next(at);
                }
                continue;
            }
            // After the warning, the close follows at the deadline.
            Due::Warn { deadline, .. } => next(deadline),
            Due::Close(_) => {}
        }
        due.push(candidate.ticket);
    }
    for ticket in due {
        let job = JobKind::AutoClose {
            ticket: ticket.get(),
        };
        if jobs::enqueue(&core.db, job, Some(job_key(ticket)), now, now)
            .await?
            .is_some()
        {
            swept.queued += 1;
        } else {
            swept.busy = true;
        }
    }
    if swept.queued > 0 {
        core.wake_jobs();
    }
    Ok(swept)
}

/// "Keep open" pressed on a warning: every rule's duration restarts now.
pub async fn keep_open(core: &AppCore, ticket: TicketId) -> Result<(), ServiceError> {
    autoclose::keep_open(&core.db, ticket, core.clock.now()).await?;
    Ok(())
}

/// A member left (`left`) or joined a guild: if they opened tickets there, the on-leave rule
/// follows them.
pub async fn opener_presence(
    core: &AppCore,
    guild: GuildId,
    user: UserId,
    left: bool,
) -> Result<(), ServiceError> {
    let at = left.then(|| core.clock.now());
    let changed = autoclose::opener_presence(&core.db, guild, user, at).await?;
    if left && !changed.is_empty() {
        tracing::info!(guild = %guild, tickets = changed.len(), "a ticket opener left the server");
        sweep(core).await?;
    }
    Ok(())
}

/// At connect: openers of open tickets in guilds with the on-leave rule who left while
/// ticketbox was offline (Get Guild Member answers Unknown Member) count as left.
pub async fn check_departed_openers(core: &AppCore) -> Result<usize, ServiceError> {
    let Some(port) = core.discord_port() else {
        return Ok(0);
    };
    let mut left = 0;
    for (guild, opener) in autoclose::open_openers(&core.db).await? {
        let rules = autoclose::rules(&core.db, guild).await?;
        if !(rules.enabled && rules.on_leave) {
            continue;
        }
        match port.member(guild, opener).await {
            MemberAnswer::Gone => {
                opener_presence(core, guild, opener, true).await?;
                left += 1;
            }
            MemberAnswer::Found(..) => {}
            MemberAnswer::Unavailable(why) => {
                tracing::warn!(guild = %guild, error = %why, "cannot check whether a ticket opener is still in the server");
            }
        }
    }
    Ok(left)
}
