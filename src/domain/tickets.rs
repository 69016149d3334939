//! The ticket rules: who may open, close, claim, add and remove, and which channel overwrites a
//! ticket gets. Pure functions over plain facts; the bot gathers the facts and applies the result.

use std::fmt;

use super::levels::{Level, Target};
use super::permissions::{Overwrite, Permissions, Target as OverwriteTarget};
use super::ticket_permissions::with_denied;
use crate::clock::Timestamp;
use crate::ids::{RoleId, UserId};

/// Why a ticket action is refused. [`Refusal::message`] is the text the user reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    Blacklisted,
    LimitReached {
        limit: u32,
    },
    PanelDisabled,
    /// The panel's access rules turn the member away.
    AccessDenied(super::access_rules::Denied),
    /// Outside the panel's support hours: the notice saying when staff are back.
    OutsideHours(String),
    /// The server opens tickets from its panels only.
    OpenCommandDisabled,
    PanelLimitReached {
        limit: u32,
    },
    /// The server's cap on open tickets (all members) is reached.
    ServerFull {
        cap: u32,
    },
    /// The panel's cap on open tickets (all members) is reached.
    PanelFull {
        cap: u32,
    },
    Cooldown {
        ready_at: Timestamp,
    },
    NeedsLevel(Level),
    UsersCannotClose,
    NotATicket,
    AlreadyClaimed {
        by: UserId,
    },
    NotClaimed,
    NotClaimer,
    TargetNotStaff,
    CannotRemoveStaff,
    CannotRemoveOpener,
    OnlyOwnTicket,
    TicketNotOpen,
}

impl Refusal {
    /// What the user reads, in their language when it is sent.
    pub fn message(&self) -> crate::i18n::Msg {
        use crate::msg;
        match self {
            Self::Blacklisted => msg!("refusal-blacklisted"),
            Self::LimitReached { limit } => msg!("refusal-limit-reached", limit = *limit),
            Self::PanelDisabled => msg!("refusal-panel-disabled"),
            Self::OpenCommandDisabled => msg!("refusal-open-command-disabled"),
            Self::OutsideHours(notice) => msg!("refusal-outside-hours", notice = notice),
            Self::AccessDenied(d) if d.everyone => {
                msg!("refusal-access-denied-everyone", rule = d.rule)
            }
            Self::AccessDenied(d) => msg!("refusal-access-denied", role = d.role, rule = d.rule),
            Self::PanelLimitReached { limit } => {
                msg!("refusal-panel-limit-reached", limit = *limit)
            }
            Self::ServerFull { cap } => msg!("refusal-server-full", cap = *cap),
            Self::PanelFull { cap } => msg!("refusal-panel-full", cap = *cap),
            Self::Cooldown { ready_at } => msg!(
                "refusal-cooldown",
                at = ready_at.millis().div_euclid(1000).to_string()
            ),
            Self::NeedsLevel(Level::Admin) => msg!("refusal-needs-admin"),
            Self::NeedsLevel(_) => msg!("refusal-needs-support"),
            Self::UsersCannotClose => msg!("refusal-users-cannot-close"),
            Self::NotATicket => msg!("refusal-not-a-ticket"),
            Self::AlreadyClaimed { by } => msg!("refusal-already-claimed", user = *by),
            Self::NotClaimed => msg!("refusal-not-claimed"),
            Self::NotClaimer => msg!("refusal-not-claimer"),
            Self::TargetNotStaff => msg!("refusal-target-not-staff"),
            Self::CannotRemoveStaff => msg!("refusal-cannot-remove-staff"),
            Self::CannotRemoveOpener => msg!("refusal-cannot-remove-opener"),
            Self::OnlyOwnTicket => msg!("refusal-only-own-ticket"),
            Self::TicketNotOpen => msg!("refusal-ticket-not-open"),
        }
    }
}

/// English, for logs and tests.
impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.message().fmt(f)
    }
}

/// Requires at least `needed`.
pub fn require(level: Level, needed: Level) -> Result<(), Refusal> {
    if level >= needed {
        Ok(())
    } else {
        Err(Refusal::NeedsLevel(needed))
    }
}

/// The panel's side of an open request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PanelFacts {
    pub disabled: bool,
    /// Per-user open tickets allowed from this panel.
    pub limit: Option<u32>,
    /// The member's open tickets from this panel.
    pub open_on_panel: u32,
    pub cooldown_secs: u32,
    /// When the member last opened a ticket from this panel.
    pub last_opened_at: Option<Timestamp>,
    /// Open tickets from this panel allowed in all (any member).
    pub cap: Option<u32>,
    /// Open tickets from this panel, everyone's.
    pub all_open: u32,
    /// The access rule turning the member away, if one does.
    pub denied: Option<super::access_rules::Denied>,
    /// Outside the panel's support hours with "refuse": the notice telling when staff are back.
    pub closed: Option<String>,
}

/// Everything deciding whether a member may open a ticket now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenFacts {
    pub level: Level,
    /// The member (or one of their roles) is on the blacklist.
    pub blacklisted: bool,
    pub user_open: u32,
    pub user_limit: u32,
    /// Open tickets the server allows in all (any member), and how many are open.
    pub server_cap: Option<u32>,
    pub server_open: u32,
    pub panel: Option<PanelFacts>,
    pub now: Timestamp,
}

/// Staff are never blacklisted and are exempt from the per-user limit, panel cooldowns and the
/// server's and panels' caps on open tickets (they may open one for a member when the queue is
/// full); a disabled panel and a panel's own per-member limit apply to everyone.
pub fn may_open(facts: &OpenFacts) -> Result<(), Refusal> {
    let staff = facts.level >= Level::Support;
    if facts.blacklisted && !staff {
        return Err(Refusal::Blacklisted);
    }
    if let Some(panel) = &facts.panel {
        if panel.disabled {
            return Err(Refusal::PanelDisabled);
        }
        if let Some(denied) = panel.denied
            && !staff
        {
            return Err(Refusal::AccessDenied(denied));
        }
        if let Some(notice) = &panel.closed
            && !staff
        {
            return Err(Refusal::OutsideHours(notice.clone()));
        }
        if let Some(limit) = panel.limit
            && panel.open_on_panel >= limit
        {
            return Err(Refusal::PanelLimitReached { limit });
        }
        if let Some(cap) = panel.cap
            && !staff
            && panel.all_open >= cap
        {
            return Err(Refusal::PanelFull { cap });
        }
        if !staff
            && panel.cooldown_secs > 0
            && let Some(last) = panel.last_opened_at
        {
            let ready_at =
                Timestamp::from_millis(last.millis() + i64::from(panel.cooldown_secs) * 1000);
            if ready_at > facts.now {
                return Err(Refusal::Cooldown { ready_at });
            }
        }
    }
    if let Some(cap) = facts.server_cap
        && !staff
        && facts.server_open >= cap
    {
        return Err(Refusal::ServerFull { cap });
    }
    if !staff && facts.user_open >= facts.user_limit {
        return Err(Refusal::LimitReached {
            limit: facts.user_limit,
        });
    }
    Ok(())
}

/// `/open` when the server disabled it (TicketsBot's "disable /open"): staff still may.
pub fn may_use_open_command(disabled: bool, level: Level) -> Result<(), Refusal> {
    if disabled && level < Level::Support {
        Err(Refusal::OpenCommandDisabled)
    } else {
        Ok(())
    }
}

/// Staff close any ticket; the opener closes their own only when "users can close" is on.
pub fn may_close(level: Level, is_opener: bool, users_can_close: bool) -> Result<(), Refusal> {
    if level >= Level::Support || (is_opener && users_can_close) {
        Ok(())
    } else if is_opener {
        Err(Refusal::UsersCannotClose)
    } else {
        Err(Refusal::NeedsLevel(Level::Support))
    }
}

pub fn may_claim(level: Level, claimed_by: Option<UserId>) -> Result<(), Refusal> {
    require(level, Level::Support)?;
    match claimed_by {
        Some(by) => Err(Refusal::AlreadyClaimed { by }),
        None => Ok(()),
    }
}

/// The claimer or an admin.
pub fn may_unclaim(
    actor: UserId,
    level: Level,
    claimed_by: Option<UserId>,
) -> Result<UserId, Refusal> {
    let by = claimed_by.ok_or(Refusal::NotClaimed)?;
    if by == actor || level == Level::Admin {
        Ok(by)
    } else {
        Err(Refusal::NotClaimer)
    }
}

/// Transfer a claim: the claimer, or an admin (or any staff when unclaimed); the target must
/// be staff.
pub fn may_transfer(
    actor: UserId,
    level: Level,
    claimed_by: Option<UserId>,
    target_level: Level,
) -> Result<(), Refusal> {
    require(level, Level::Support)?;
    if let Some(by) = claimed_by
        && by != actor
        && level != Level::Admin
    {
        return Err(Refusal::NotClaimer);
    }
    if target_level < Level::Support {
        return Err(Refusal::TargetNotStaff);
    }
    Ok(())
}

/// `/add`: staff anywhere, others only in their own ticket.
pub fn may_add(level: Level, is_opener: bool) -> Result<(), Refusal> {
    if level >= Level::Support || is_opener {
        Ok(())
    } else {
        Err(Refusal::OnlyOwnTicket)
    }
}

/// `/remove`: as `/add`, and staff and the opener cannot be removed.
pub fn may_remove(
    level: Level,
    is_opener: bool,
    target_is_staff: bool,
    target_is_opener: bool,
) -> Result<(), Refusal> {
    may_add(level, is_opener)?;
    if target_is_opener {
        return Err(Refusal::CannotRemoveOpener);
    }
    if target_is_staff {
        return Err(Refusal::CannotRemoveStaff);
    }
    Ok(())
}

/// Read and write in a ticket.
pub const PARTICIPANT: Permissions = Permissions(
    Permissions::VIEW_CHANNEL.0
        | Permissions::SEND_MESSAGES.0
        | Permissions::READ_MESSAGE_HISTORY.0
        | Permissions::ATTACH_FILES.0
        | Permissions::EMBED_LINKS.0
        | Permissions::ADD_REACTIONS.0,
);
/// Read only.
pub const VIEWER: Permissions =
    Permissions(Permissions::VIEW_CHANNEL.0 | Permissions::READ_MESSAGE_HISTORY.0);
/// What the bot needs in its own ticket channels.
pub const BOT_IN_TICKET: Permissions =
    Permissions(PARTICIPANT.0 | Permissions::MANAGE_CHANNELS.0 | Permissions::MANAGE_MESSAGES.0);

/// Who a ticket channel is for.
#[derive(Debug, Clone)]
pub struct Access<'a> {
    pub everyone: RoleId,
    pub bot: UserId,
    pub opener: UserId,
    /// Users and roles added with `/add`.
    pub added: &'a [Target],
    /// Support staff of the ticket: the panel's teams, or every support entry without teams.
    pub support: &'a [Target],
    /// Configured admin users and roles.
    pub admins: &'a [Target],
    pub claimed_by: Option<UserId>,
    pub claim_support_can_view: bool,
    pub claim_support_can_type: bool,
    /// The server's ticket permissions turned off for the opener and for support staff.
    pub opener_denied: Permissions,
    pub support_denied: Permissions,
}

fn overwrite_target(target: Target) -> OverwriteTarget {
    match target {
        Target::User(user) => OverwriteTarget::Member(user),
        Target::Role(role) => OverwriteTarget::Role(role),
    }
}

/// The channel overwrites of a ticket. @everyone cannot see it; the opener, added members,
/// admins and the bot can write; support can write until someone claims it, after which the
/// claim settings decide. A target named twice gets its last entry, and entries are written
/// weakest first (support, then added members and admins, the opener, the claimer, the bot),
/// so that is its strongest.
pub fn ticket_overwrites(access: &Access<'_>) -> Vec<Overwrite> {
    let mut out: Vec<Overwrite> = Vec::new();
    let mut put = |target: OverwriteTarget, allow: Permissions, deny: Permissions| {
        if let Some(existing) = out.iter_mut().find(|o| o.target == target) {
            existing.allow = allow;
            existing.deny = deny;
        } else {
            out.push(Overwrite {
                target,
                allow,
                deny,
            });
        }
    };
    put(
        OverwriteTarget::Role(access.everyone),
        Permissions::NONE,
        Permissions::VIEW_CHANNEL,
    );
    let support = match (
        access.claimed_by,
        access.claim_support_can_view,
        access.claim_support_can_type,
    ) {
        (None, _, _) | (Some(_), _, true) => Some(with_denied(PARTICIPANT, access.support_denied)),
        (Some(_), true, false) => Some((VIEWER, Permissions::SEND_MESSAGES)),
        (Some(_), false, false) => None,
    };
    // @everyone keeps its deny whatever the lists say (an admin who made @everyone support
    // staff must not open every ticket to the server).
    let everyone = Target::Role(access.everyone);
    if let Some((allow, deny)) = support {
        for target in access.support.iter().filter(|t| **t != everyone) {
            put(overwrite_target(*target), allow, deny);
        }
    }
    for target in access
        .added
        .iter()
        .chain(access.admins)
        .filter(|t| **t != everyone)
    {
        put(overwrite_target(*target), PARTICIPANT, Permissions::NONE);
    }
    let (allow, deny) = with_denied(PARTICIPANT, access.opener_denied);
    put(OverwriteTarget::Member(access.opener), allow, deny);
    if let Some(claimer) = access.claimed_by {
        put(
            OverwriteTarget::Member(claimer),
            PARTICIPANT,
            Permissions::NONE,
        );
    }
    put(
        OverwriteTarget::Member(access.bot),
        BOT_IN_TICKET,
        Permissions::NONE,
    );
    out
}

/// The overwrites of ticketbox's own categories and log channel: hidden from @everyone, open
/// to the bot (admins see them through Administrator; staff roles are given access by hand).
pub fn private_overwrites(everyone: RoleId, bot: UserId) -> [Overwrite; 2] {
    [
        Overwrite {
            target: OverwriteTarget::Role(everyone),
            allow: Permissions::NONE,
            deny: Permissions::VIEW_CHANNEL,
        },
        Overwrite {
            target: OverwriteTarget::Member(bot),
            allow: BOT_IN_TICKET,
            deny: Permissions::NONE,
        },
    ]
}

/// The permissions the bot needs guild-wide to open a ticket that it lacks, named as Discord's
/// client names them in the reader's language.
pub fn missing_bot_permissions(bot: Permissions, threads: bool) -> Vec<crate::i18n::Msg> {
    use crate::msg;
    let needed: Vec<(Permissions, crate::i18n::Msg)> = if threads {
        vec![
            (Permissions::VIEW_CHANNEL, msg!("perm-view-channels")),
            (Permissions::SEND_MESSAGES, msg!("perm-send-messages")),
            (
                Permissions::CREATE_PRIVATE_THREADS,
                msg!("perm-create-private-threads"),
            ),
            (
                Permissions::SEND_MESSAGES_IN_THREADS,
                msg!("perm-send-messages-in-threads"),
            ),
            (Permissions::MANAGE_THREADS, msg!("perm-manage-threads")),
            (Permissions::EMBED_LINKS, msg!("perm-embed-links")),
        ]
    } else {
        vec![
            (Permissions::VIEW_CHANNEL, msg!("perm-view-channels")),
            (Permissions::MANAGE_CHANNELS, msg!("perm-manage-channels")),
            (Permissions::MANAGE_ROLES, msg!("perm-manage-roles")),
            (Permissions::SEND_MESSAGES, msg!("perm-send-messages")),
            (Permissions::EMBED_LINKS, msg!("perm-embed-links")),
            (
                Permissions::READ_MESSAGE_HISTORY,
                msg!("perm-read-message-history"),
            ),
        ]
    };
    needed
        .into_iter()
        .filter(|(p, _)| !bot.contains(*p))
        .map(|(_, name)| name)
        .collect()
}

#[cfg(test)]
#[path = "tickets_tests.rs"]
mod tests;
