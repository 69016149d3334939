//! `GET /servers/{guild}/transcripts`: the guild's stored transcripts the visitor may read,
//! with filters (ticket number, opener, closer, claimed by, panel, closing date range) and
//! paging. Each row links to the viewer.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use super::GuildCtx;
use super::tickets::{name_of, names};
use crate::archive::dates::parse_date;
use crate::domain::feedback::stars;
use crate::domain::labels::Label;
use crate::domain::member_names::Pick;
use crate::ids::{GuildId, PanelId, TicketNumber, UserId};
use crate::services::AppCore;
use crate::services::members;
use crate::store::labels as label_store;
use crate::store::panels;
use crate::store::ticket_lists::{self, TranscriptFilter};
use crate::web::AppState;
use crate::web::error::{OrFail, PageError};
use crate::web::view::{self, Chrome, Tab};

pub const PER_PAGE: u32 = 50;

/// The filter form as typed (kept to fill the form again).
#[derive(Debug, Default, Clone, Deserialize)]
pub struct Filters {
    #[serde(default)]
    pub number: String,
    #[serde(default)]
    pub opener: String,
    #[serde(default)]
    pub closer: String,
    #[serde(default)]
    pub claimed: String,
    #[serde(default)]
    pub panel: String,
    #[serde(default)]
    pub from: String,
    #[serde(default)]
    pub to: String,
    #[serde(default)]
    pub rating: String,
    #[serde(default)]
    pub reason: String,
    #[serde(default)]
    pub label: String,
    #[serde(default)]
    pub page: Option<u32>,
}

impl Filters {
    /// The query string of these filters on another page.
    fn query(&self, page: u32) -> String {
        let mut q = url::form_urlencoded::Serializer::new(String::new());
        for (k, v) in [
            ("number", &self.number),
            ("opener", &self.opener),
            ("closer", &self.closer),
            ("claimed", &self.claimed),
            ("panel", &self.panel),
            ("from", &self.from),
            ("to", &self.to),
            ("rating", &self.rating),
            ("reason", &self.reason),
            ("label", &self.label),
        ] {
            if !v.trim().is_empty() {
                q.append_pair(k, v.trim());
            }
        }
        q.append_pair("page", &page.to_string());
        q.finish()
    }
}

pub struct Row {
    pub number: String,
    pub href: String,
    pub subject: String,
    pub opener: String,
    pub claimer: String,
    pub closer: String,
    pub panel: String,
    pub closed: String,
    pub reason: String,
    pub rating: String,
    pub labels: Vec<Label>,
}

#[derive(Template)]
#[template(path = "guild/transcripts.html")]
struct Page {
    chrome: Chrome,
    f: Filters,
    panels: Vec<(String, String)>,
    labels: Vec<Label>,
    rows: Vec<Row>,
    /// How many transcripts match, and the page shown.
    count: String,
    prev: Option<String>,
    next: Option<String>,
}

/// Which users a typed name or ID may stand for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Who {
    /// Members of the guild now (staff entries, teams, the blacklist).
    Member,
    /// Also anyone by ID (filters: openers who have left since).
    AnyoneById,
}

/// A user typed by name or ID. A username (unique on Discord) wins; otherwise a display name
/// or nickname must match exactly one member, so nobody can pose as someone by taking their
/// name as a nickname. Members are looked up in the cache and with Discord's member search
/// (`services::members`): the cache holds only members who interacted.
pub async fn member_named(
    core: &AppCore,
    guild: GuildId,
    raw: &str,
    who: Who,
) -> Result<UserId, String> {
    let raw = raw.trim().trim_start_matches('@').to_owned();
    let unavailable = |e: &dyn std::fmt::Display| {
        tracing::error!(error = %e, "cannot look up a member");
        crate::web::lang::t("web-transcripts-members-unavailable")
    };
    if let Some(id) = raw.parse::<u64>().ok().filter(|id| *id > 0) {
        let user = UserId::new(id);
        if who == Who::AnyoneById {
            return Ok(user);
        }
        match members::member(core, guild, user).await {
            Ok(Some(_)) => return Ok(user),
            Ok(None) => {}
            Err(e) => return Err(unavailable(&e)),
        }
    }
    match members::named(core, guild, &raw).await {
        Ok(Pick::One(user)) => Ok(user),
        Ok(Pick::Several) => Err(crate::web::lang::t1(
            "web-transcripts-several-members",
            "name",
            format!("{raw:?}"),
        )),
        Ok(Pick::Nobody) => Err(crate::web::lang::t1(
            "web-transcripts-no-member",
            "name",
            format!("{raw:?}"),
        )),
        Err(e) => Err(unavailable(&e)),
    }
}

/// A user typed into a filter (empty: any).
async fn user_filter(
    core: &AppCore,
    guild: GuildId,
    raw: &str,
    what: &str,
) -> Result<Option<UserId>, String> {
    if raw.trim().is_empty() {
        return Ok(None);
    }
    member_named(core, guild, raw, Who::AnyoneById)
        .await
        .map(Some)
        .map_err(|e| {
            crate::web::lang::t2("web-transcripts-filter-error", "error", e, "field", what)
        })
}

async fn filter(core: &AppCore, guild: GuildId, f: &Filters) -> Result<TranscriptFilter, String> {
    let number = match f.number.trim().trim_start_matches('#') {
        "" => None,
        n => Some(TicketNumber::new(n.parse().map_err(|_| {
            crate::web::lang::t1(
                "web-transcripts-bad-number",
                "value",
                format!("{:?}", f.number.trim()),
            )
        })?)),
    };
    // `bad`: the catalog message saying the date is not one.
    let date = |raw: &str, bad: &str| -> Result<_, String> {
        if raw.trim().is_empty() {
            return Ok(None);
        }
        parse_date(raw)
            .map(Some)
            .ok_or_else(|| crate::web::lang::t(bad))
    };
    let from = date(&f.from, "web-transcripts-bad-from")?;
    // "To" is inclusive: up to the end of that day.
    let until = date(&f.to, "web-transcripts-bad-to")?
        .map(|t| crate::clock::Timestamp::from_millis(t.millis() + 86_400_000));
    let panel = match f.panel.trim() {
        "" => None,
        p => {
            Some(PanelId::new(p.parse().map_err(|_| {
                crate::web::lang::t("web-transcripts-bad-panel")
            })?))
        }
    };
    let rating = match f.rating.trim() {
        "" => None,
        r => Some(
            r.parse::<u8>()
                .ok()
                .filter(|n| (1..=5).contains(n))
                .ok_or_else(|| crate::web::lang::t("web-transcripts-bad-rating"))?,
        ),
    };
    let reason = Some(f.reason.trim().to_owned()).filter(|r| !r.is_empty());
    let label = Some(f.label.trim().to_owned()).filter(|l| !l.is_empty());
    Ok(TranscriptFilter {
        rating,
        reason,
        label,
        number,
        opener: user_filter(
            core,
            guild,
            &f.opener,
            &crate::web::lang::t("web-transcripts-field-opener"),
        )
        .await?,
        closer: user_filter(
            core,
            guild,
            &f.closer,
            &crate::web::lang::t("web-transcripts-field-closer"),
        )
        .await?,
        claimed_by: user_filter(
            core,
            guild,
            &f.claimed,
            &crate::web::lang::t("web-transcripts-field-claimed"),
        )
        .await?,
        panel,
        closed_from: from,
        closed_until: until,
    })
}

pub async fn list(
    State(core): State<AppState>,
    ctx: GuildCtx,
    Query(f): Query<Filters>,
) -> Result<Response, PageError> {
    let path = Tab::Transcripts.url(ctx.guild.get());
    let mut chrome = ctx.chrome(Tab::Transcripts, None);
    let panel_list = panels::list(&core.db, ctx.guild)
        .await
        .or_fail("cannot list panels")?
        .into_iter()
        .map(|p| (p.id.get().to_string(), p.draft.title))
        .collect();
    // Capped: a page number from the URL must not overflow the arithmetic below.
    let page = f.page.unwrap_or(0).min(1_000_000);
    let (rows, total, status) = match filter(&core, ctx.guild, &f).await {
        Ok(filter) => {
            let (rows, total) = ticket_lists::transcripts(
                &core.db,
                ctx.guild,
                ctx.viewer(),
                filter,
                page,
                PER_PAGE,
            )
            .await
            .or_fail("cannot list transcripts")?;
            (rows, total, StatusCode::OK)
        }
        Err(message) => {
            chrome.error = Some(message);
            (Vec::new(), 0, StatusCode::UNPROCESSABLE_ENTITY)
        }
    };
    let mut users: Vec<UserId> = rows.iter().map(|r| r.opener).collect();
    users.extend(rows.iter().filter_map(|r| r.claimed_by));
    users.extend(rows.iter().filter_map(|r| r.closed_by));
    let names = names(&core, users).await?;
    let mut on = label_store::on_tickets(&core.db, rows.iter().map(|r| r.id).collect())
        .await
        .or_fail("cannot load labels")?;
    let opt = |u: Option<UserId>| u.map_or_else(String::new, |u| name_of(&names, u));
    let rows = rows
        .into_iter()
        .map(|r| Row {
            labels: on.remove(&r.id).unwrap_or_default(),
            href: format!("/transcripts/{}/{}", ctx.guild, r.number),
            number: r.number.to_string(),
            subject: r
                .subject
                .as_deref()
                .map(|s| crate::archive::transcript::shown(s, crate::web::lang::current()))
                .unwrap_or_default(),
            opener: name_of(&names, r.opener),
            claimer: opt(r.claimed_by),
            closer: opt(r.closed_by),
            panel: r.panel.unwrap_or_default(),
            closed: r.closed_at.map(view::when).unwrap_or_default(),
            reason: r
                .reason
                .as_deref()
                .map(|s| crate::archive::transcript::shown(s, crate::web::lang::current()))
                .unwrap_or_default(),
            rating: r.rating.map(stars).unwrap_or_default(),
        })
        .collect();
    let shown_to = u64::from(page + 1) * u64::from(PER_PAGE);
    Ok(view::page(
        status,
        &Page {
            chrome,
            prev: (page > 0).then(|| format!("{path}?{}", f.query(page - 1))),
            next: (shown_to < total).then(|| format!("{path}?{}", f.query(page + 1))),
            f,
            panels: panel_list,
            labels: label_store::defined(&core.db, ctx.guild)
                .await
                .or_fail("cannot list labels")?,
            rows,
            count: if total > 0 {
                crate::web::lang::render(&crate::msg!(
                    "web-transcripts-count-page",
                    count = total,
                    page = page + 1
                ))
            } else {
                crate::web::lang::n("web-transcripts-count", "count", 0)
            },
        },
    ))
}
