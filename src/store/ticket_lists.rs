//! The dashboard's lists: a guild's stored transcripts with filters and paging, narrowed to
//! what a viewer may read.

use rusqlite::types::Value;

use super::tickets::Ticket;
use super::{Db, StoreError};
use crate::clock::Timestamp;
use crate::ids::{GuildId, PanelId, RoleId, TicketId, TicketNumber, UserId};

/// Whose view a list is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Viewer {
    /// Admins: every ticket of the guild.
    All,
    /// Support staff: tickets without support teams, tickets of teams they (or one of their
    /// roles) belong to, and their own tickets.
    Support { user: UserId, roles: Vec<RoleId> },
}

/// Filters of the transcript list; `None` means any.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TranscriptFilter {
    pub number: Option<TicketNumber>,
    pub opener: Option<UserId>,
    pub closer: Option<UserId>,
    pub claimed_by: Option<UserId>,
    pub panel: Option<PanelId>,
    /// Closed at or after.
    pub closed_from: Option<Timestamp>,
    /// Closed before.
    pub closed_until: Option<Timestamp>,
    /// Rated exactly this many stars.
    pub rating: Option<u8>,
    /// The close reason contains this (case-insensitive).
    pub reason: Option<String>,
    /// Carries the label of this name (without case).
    pub label: Option<String>,
}

/// One row of the transcript list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranscriptRow {
    pub id: TicketId,
    pub number: TicketNumber,
    pub opener: UserId,
    pub claimed_by: Option<UserId>,
    pub closed_by: Option<UserId>,
    pub panel: Option<String>,
    pub subject: Option<String>,
    pub reason: Option<String>,
    pub opened_at: Timestamp,
    pub closed_at: Option<Timestamp>,
    pub rating: Option<u8>,
}

/// The team condition of a ticket for a support viewer. `teams` is the SQL listing the
/// ticket's team ids (recorded at archive time for transcripts, the panel's for open tickets).
pub(crate) fn support_condition(teams: &str, user: usize, roles: usize) -> String {
    format!(
        "(t.opener_id = ?{user}
          OR NOT EXISTS ({teams})
          OR EXISTS (SELECT 1 FROM support_team_members m
                     WHERE m.team_id IN ({teams}) AND (
                        (m.target_kind = 'user' AND m.target_id = ?{user})
                        OR (m.target_kind = 'role'
                            AND m.target_id IN (SELECT value FROM json_each(?{roles}))))))"
    )
}

pub(crate) fn roles_json(roles: &[RoleId]) -> String {
    let ids: Vec<i64> = roles.iter().map(|r| r.to_sql()).collect();
    serde_json::to_string(&ids).unwrap_or_else(|_| "[]".to_owned())
}

/// The `FROM … WHERE …` of a transcript list and its arguments: the guild's stored
/// transcripts, narrowed by `filter` and, for support staff, to their teams' tickets.
fn transcript_conditions(
    guild: GuildId,
    viewer: &Viewer,
    filter: &TranscriptFilter,
) -> (String, Vec<Value>) {
    let mut sql = String::from(
        " FROM tickets t
          LEFT JOIN close_reasons c ON c.ticket_id = t.id
          LEFT JOIN panels p ON p.id = t.panel_id
          LEFT JOIN feedback f ON f.ticket_id = t.id
          WHERE t.guild_id = ?1 AND t.has_transcript = 1",
    );
    let mut args: Vec<Value> = vec![Value::Integer(guild.to_sql())];
    let conditions = [
        (
            " AND t.number = ?",
            filter.number.map(|n| i64::from(n.get())),
        ),
        (" AND t.opener_id = ?", filter.opener.map(UserId::to_sql)),
        (" AND c.closed_by = ?", filter.closer.map(UserId::to_sql)),
        (
            " AND t.claimed_by = ?",
            filter.claimed_by.map(UserId::to_sql),
        ),
        (" AND t.panel_id = ?", filter.panel.map(PanelId::get)),
        (
            " AND t.closed_at >= ?",
            filter.closed_from.map(Timestamp::millis),
        ),
        (
            " AND t.closed_at < ?",
            filter.closed_until.map(Timestamp::millis),
        ),
        (" AND f.rating = ?", filter.rating.map(i64::from)),
    ];
    for (clause, value) in conditions {
        if let Some(value) = value {
            args.push(Value::Integer(value));
            sql.push_str(&clause.replace('?', &format!("?{}", args.len())));
        }
    }
    if let Some(reason) = &filter.reason {
        args.push(Value::Text(format!("%{}%", super::like_escaped(reason))));
        let clause = " AND lower(c.reason) LIKE ? ESCAPE '\\'";
        sql.push_str(&clause.replace('?', &format!("?{}", args.len())));
    }
    if let Some(label) = &filter.label {
        args.push(Value::Text(label.trim().to_owned()));
        let clause = " AND EXISTS (SELECT 1 FROM ticket_labels tl JOIN labels l
                       ON l.id = tl.label_id WHERE tl.ticket_id = t.id AND l.name = ? COLLATE NOCASE)";
        sql.push_str(&clause.replace('?', &format!("?{}", args.len())));
    }
    if let Viewer::Support { user, roles } = viewer {
        args.push(Value::Integer(user.to_sql()));
        let u = args.len();
        args.push(Value::Text(roles_json(roles)));
        let r = args.len();
        sql.push_str(" AND ");
        sql.push_str(&support_condition(
            "SELECT team_id FROM transcript_teams WHERE ticket_id = t.id",
            u,
            r,
        ));
    }
    (sql, args)
}

/// One page of the guild's stored transcripts, newest closed first, and the total matching.
pub async fn transcripts(
    db: &Db,
    guild: GuildId,
    viewer: Viewer,
    filter: TranscriptFilter,
    page: u32,
    per_page: u32,
) -> Result<(Vec<TranscriptRow>, u64), StoreError> {
    db.read(move |conn| {
        let (sql, mut args) = transcript_conditions(guild, &viewer, &filter);
        let total: i64 = conn.query_row(
            &format!("SELECT count(*){sql}"),
            rusqlite::params_from_iter(args.iter()),
            |r| r.get(0),
        )?;
        args.push(Value::Integer(per_page.into()));
        let limit = args.len();
        args.push(Value::Integer(i64::from(page) * i64::from(per_page)));
        let offset = args.len();
        let mut stmt = conn.prepare(&format!(
            "SELECT t.number, t.opener_id, t.claimed_by, c.closed_by, p.title, t.subject,
                    c.reason, t.opened_at, t.closed_at, f.rating, t.id{sql}
             ORDER BY t.closed_at DESC, t.number DESC LIMIT ?{limit} OFFSET ?{offset}"
        ))?;
        let rows = stmt
            .query_map(rusqlite::params_from_iter(args.iter()), |r| {
                Ok(TranscriptRow {
                    id: TicketId::new(r.get(10)?),
                    number: TicketNumber::new(r.get(0)?),
                    opener: UserId::from_sql(r.get(1)?),
                    claimed_by: r.get::<_, Option<i64>>(2)?.map(UserId::from_sql),
                    closed_by: r.get::<_, Option<i64>>(3)?.map(UserId::from_sql),
                    panel: r.get(4)?,
                    subject: r.get(5)?,
                    reason: r.get(6)?,
                    opened_at: Timestamp::from_millis(r.get(7)?),
                    closed_at: r.get::<_, Option<i64>>(8)?.map(Timestamp::from_millis),
                    rating: r.get(9)?,
                })
            })?
            .collect::<Result<_, _>>()?;
        Ok((rows, u64::try_from(total).unwrap_or(0)))
    })
    .await
}

/// The guild's open tickets `viewer` may see, oldest first (support staff: by the panel's
/// current teams).
pub async fn open_visible_to(
    db: &Db,
    guild: GuildId,
    viewer: Viewer,
) -> Result<Vec<Ticket>, StoreError> {
    db.read(move |conn| {
        let mut sql = format!(
            "SELECT {} FROM tickets t WHERE t.guild_id = ?1 AND t.state = 'open'",
            super::tickets::COLUMNS
        );
        let mut args: Vec<Value> = vec![Value::Integer(guild.to_sql())];
        if let Viewer::Support { user, roles } = &viewer {
            args.push(Value::Integer(user.to_sql()));
            args.push(Value::Text(roles_json(roles)));
            sql.push_str(" AND ");
            sql.push_str(&support_condition(
                "SELECT team_id FROM panel_support_teams WHERE panel_id = t.panel_id",
                2,
                3,
            ));
        }
        sql.push_str(" ORDER BY t.number");
        let mut stmt = conn.prepare(&sql)?;
        let rows = stmt
            .query_map(
                rusqlite::params_from_iter(args.iter()),
                super::tickets::ticket,
            )?
            .collect::<Result<_, _>>()?;
        Ok(rows)
    })
    .await
}
