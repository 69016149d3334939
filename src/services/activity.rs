//! Follows messages in tickets. The gateway hands each message written in an open ticket to the
//! [`ActivityFeed`] (deciding that needs no SQLite: [`crate::store::Db::open_ticket_in`]); one
//! task decides each author's kind from the roles the message carried and the staff settings,
//! and writes everything that arrived within [`BATCH_WINDOW`] in one transaction.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::mpsc;

use super::{AppCore, facts};
use crate::clock::Timestamp;
use crate::domain::activity::{AuthorKind, Seen, Summary};
use crate::domain::levels::Level;
use crate::domain::pending::{Place, wanted};
use crate::ids::{GuildId, RoleId, TicketId, UserId};
use crate::store::OpenTicket;
use crate::store::activity::{self, Participant, TicketActivity};
use crate::store::awaiting;

/// How long messages gather before they are written together.
pub const BATCH_WINDOW: Duration = Duration::from_millis(250);
/// The most messages one transaction takes.
const MAX_BATCH: usize = 5_000;

/// A message a member wrote in an open ticket.
#[derive(Debug, Clone)]
pub struct TicketMessage {
    pub ticket: OpenTicket,
    pub author: UserId,
    /// The roles of the member object MESSAGE_CREATE carried.
    pub roles: Vec<RoleId>,
    pub message: u64,
}

/// The sending end; cheap to clone. Dropping every clone ends the task after a last write.
#[derive(Clone)]
pub struct ActivityFeed {
    tx: mpsc::UnboundedSender<(TicketMessage, Timestamp)>,
    core: Arc<AppCore>,
}

impl ActivityFeed {
    /// Starts the writer task on `runtime`.
    pub fn start(core: Arc<AppCore>, runtime: &tokio::runtime::Handle) -> Self {
        let (tx, rx) = mpsc::unbounded_channel();
        runtime.spawn(run(Arc::clone(&core), rx));
        Self { tx, core }
    }

    /// Records `message` as seen now. Never blocks.
    pub fn seen(&self, message: TicketMessage) {
        let now = self.core.clock.now();
        // The task only ends when every sender is gone, so this cannot fail while `self` lives.
        let _ = self.tx.send((message, now));
    }
}

async fn run(core: Arc<AppCore>, mut rx: mpsc::UnboundedReceiver<(TicketMessage, Timestamp)>) {
    while let Some(first) = rx.recv().await {
        let mut batch = vec![first];
        let window = tokio::time::sleep(BATCH_WINDOW);
        tokio::pin!(window);
        while batch.len() < MAX_BATCH {
            tokio::select! {
                () = &mut window => break,
                next = rx.recv() => match next {
                    Some(m) => batch.push(m),
                    None => break,
                },
            }
        }
        let n = batch.len();
        if let Err(e) = record_now(&core, batch).await {
            tracing::error!(messages = n, error = %e, "cannot record ticket activity");
        }
    }
}

/// Classifies the authors (once per guild, author and roles) and writes the batch: the feed's
/// task, and the auto-close catch-up with messages read from Discord.
pub async fn record_now(
    core: &AppCore,
    batch: Vec<(TicketMessage, Timestamp)>,
) -> Result<(), super::ServiceError> {
    let mut asks: HashMap<GuildId, Vec<(UserId, Vec<RoleId>)>> = HashMap::new();
    for (m, _) in &batch {
        let who = (m.author, m.roles.clone());
        let list = asks.entry(m.ticket.guild).or_default();
        if !list.contains(&who) {
            list.push(who);
        }
    }
    let mut staff: HashMap<(GuildId, UserId, Vec<RoleId>), bool> = HashMap::new();
    for (guild, members) in asks {
        let levels = facts::levels(core, guild, &members).await?;
        for ((user, roles), level) in members.into_iter().zip(levels) {
            staff.insert((guild, user, roles), level >= Level::Support);
        }
    }
    let mut tickets: HashMap<TicketId, (Summary, Vec<Participant>)> = HashMap::new();
    for (m, at) in batch {
        let is_staff = staff
            .get(&(m.ticket.guild, m.author, m.roles))
            .copied()
            .unwrap_or(false);
        let (summary, participants) = tickets.entry(m.ticket.id).or_default();
        summary.add(Seen {
            author: m.author,
            kind: AuthorKind::of(m.author, m.ticket.opener, is_staff),
            at,
            message: m.message,
        });
        match participants.iter_mut().find(|p| p.user == m.author) {
            Some(p) => {
                p.messages += 1;
                p.last_at = p.last_at.max(at);
                p.is_staff = is_staff;
            }
            None => participants.push(Participant {
                user: m.author,
                is_staff,
                messages: 1,
                first_at: at,
                last_at: at,
            }),
        }
    }
    let rows: Vec<TicketActivity> = tickets
        .into_iter()
        .map(|(ticket, (summary, participants))| TicketActivity {
            ticket,
            summary,
            participants,
        })
        .collect();
    // Where each ticket belongs after its newest message in the batch (awaiting-response
    // category); only tickets whose panel has one and whose place changes get a move.
    let wants: Vec<(TicketId, Place)> = rows
        .iter()
        .filter_map(|t| Some((t.ticket, wanted(t.summary.last?.1)?)))
        .collect();
    activity::record(&core.db, rows).await?;
    if awaiting::schedule(&core.db, wants, core.clock.now()).await? > 0 {
        core.wake_jobs();
    }
    Ok(())
}
