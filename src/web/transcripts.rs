//! `GET /transcripts/{guild}/{ticket}`: a stored transcript, decrypted, for those allowed to
//! read it (the opener, the guild's admins, the panel's support staff); and its archived
//! attachments with their content type. The "View transcript" link of the log channel and the
//! close DM points here.
//!
//! Anything not allowed answers 404, the same as a transcript that does not exist, so nobody
//! learns about another guild's tickets.

use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use axum::response::{Html, IntoResponse, Redirect, Response};

use super::AppState;
use super::auth::{MaybeUser, login_redirect};
use super::pages;
use crate::archive::{ArchiveError, Opened, render};
use crate::domain::levels::{Level, Target};
use crate::domain::transcripts::{Reader, may_view};
use crate::ids::{GuildId, TicketNumber, UserId};
use crate::store::{tickets, transcripts};

const NOT_FOUND: &str = "No transcript here, or you may not read it.";

fn not_found() -> Response {
    pages::message(StatusCode::NOT_FOUND, NOT_FOUND)
}

use pages::failed;

/// Whether `user` may read ticket `number` of `guild`: recomputed from the cache and the
/// staff settings on every request.
async fn allowed(
    core: &crate::services::AppCore,
    guild: GuildId,
    number: TicketNumber,
    user: UserId,
) -> Result<Option<Level>, Response> {
    // The level first, for every request alike. Someone who is not (or no longer) in the guild
    // has no staff level there, whatever the guild's settings say; an opener still reads their
    // own ticket.
    let (roles, level) = match crate::services::facts::member_level(core, guild, user).await {
        Ok(Some(found)) => found,
        Ok(None) => (Vec::new(), Level::Everyone),
        Err(e) => return Err(failed("cannot compute a dashboard user's level", &e)),
    };
    let ticket = match tickets::by_number(&core.db, guild, number).await {
        Ok(Some(t)) => t,
        Ok(None) => return Ok(None),
        Err(e) => return Err(failed("cannot read a ticket", &e)),
    };
    match transcripts::has_transcript(&core.db, ticket.id).await {
        Ok(true) => {}
        Ok(false) => return Ok(None),
        Err(e) => return Err(failed("cannot read a ticket", &e)),
    }
    // The teams recorded when the transcript was stored decide, even if the panel is gone.
    let in_panel_team = if level == Level::Support {
        match transcripts::team_members(&core.db, ticket.id).await {
            Ok(None) => None,
            Ok(Some(members)) => Some(members.iter().any(|t| match t {
                Target::User(u) => *u == user,
                Target::Role(r) => roles.contains(r),
            })),
            Err(e) => return Err(failed("cannot read a transcript's teams", &e)),
        }
    } else {
        None
    };
    Ok(may_view(Reader {
        level,
        is_opener: ticket.opener == user,
        in_panel_team,
    })
    .then_some(level))
}

/// Transcript loads at once across all readers (each holds a few segments in memory while it
/// renders); more wait their turn, for at most [`LOAD_WAIT`].
pub const PARALLEL_LOADS: usize = 4;
const LOAD_WAIT: std::time::Duration = std::time::Duration::from_secs(10);

struct Loads {
    turns: tokio::sync::Semaphore,
    /// The most turns taken at once so far.
    most: AtomicUsize,
}

static LOADS: Loads = Loads {
    turns: tokio::sync::Semaphore::const_new(PARALLEL_LOADS),
    most: AtomicUsize::new(0),
};

/// The most transcript loads that ran at once since start (never above [`PARALLEL_LOADS`]).
pub fn most_loads_at_once() -> usize {
    LOADS.most.load(Ordering::SeqCst)
}

/// A turn to load (held until the response is built), or the response for a viewer too busy
/// to give one.
async fn load_turn() -> Result<tokio::sync::SemaphorePermit<'static>, Response> {
    match tokio::time::timeout(LOAD_WAIT, LOADS.turns.acquire()).await {
        Ok(Ok(permit)) => {
            let taken = PARALLEL_LOADS - LOADS.turns.available_permits();
            LOADS.most.fetch_max(taken, Ordering::SeqCst);
            Ok(permit)
        }
        _ => Err(pages::message(
            StatusCode::SERVICE_UNAVAILABLE,
            "Many transcripts are being opened right now. Try again in a moment.",
        )),
    }
}

/// Opens the transcript's index if `user` may read it (with the reader's level in the guild);
/// otherwise the response to send.
async fn readable(
    core: &crate::services::AppCore,
    guild: u64,
    number: u32,
    user: Option<UserId>,
    path: &str,
) -> Result<(Arc<Opened>, Level), Response> {
    let Some(user) = user else {
        return Err(login_redirect(path));
    };
    let (guild, number) = (GuildId::new(guild), TicketNumber::new(number));
    let Some(level) = allowed(core, guild, number, user).await? else {
        return Err(not_found());
    };
    match core.archive.open_transcript(guild, number).await {
        Ok(opened) => Ok((opened, level)),
        Err(ArchiveError::NotFound { .. }) => Err(not_found()),
        Err(e) => Err(failed("cannot open a transcript", &e)),
    }
}

/// Messages per viewer page; `?all=1` shows the whole transcript up to [`SHOW_ALL_UP_TO`].
pub const MESSAGES_PER_PAGE: usize = 500;
pub use render::SHOW_ALL_UP_TO;

#[derive(Debug, Default, serde::Deserialize)]
pub struct ViewQuery {
    page: Option<usize>,
    all: Option<String>,
    /// A message id: redirects to the page that shows it.
    message: Option<u64>,
}

pub async fn view(
    State(core): State<AppState>,
    MaybeUser(session): MaybeUser,
    Path((guild, number)): Path<(u64, u32)>,
    axum::extract::Query(q): axum::extract::Query<ViewQuery>,
) -> Response {
    let path = format!("/transcripts/{guild}/{number}");
    let _turn = match load_turn().await {
        Ok(turn) => turn,
        Err(busy) => return busy,
    };
    let (opened, level) = match readable(
        &core,
        guild,
        number,
        session.as_ref().map(|s| s.user),
        &path,
    )
    .await
    {
        Ok(found) => found,
        Err(response) => return response,
    };
    let total = opened.index.message_count;
    let per_page = MESSAGES_PER_PAGE;
    if let Some(id) = q.message {
        // A reply's original on another page: find it (one segment), then go there.
        return match core
            .archive
            .position_of(&opened, crate::ids::MessageId::new(id))
            .await
        {
            Ok(Some(at)) => {
                Redirect::to(&format!("{path}?page={}#m{id}", at / per_page)).into_response()
            }
            Ok(None) => not_found(),
            Err(e) => failed("cannot open a transcript", &e),
        };
    }
    let show_all = q.all.is_some() && total <= SHOW_ALL_UP_TO;
    let page = q.page.unwrap_or(0).min(total.saturating_sub(1) / per_page);
    let wanted = if show_all || total <= per_page {
        0..total
    } else {
        page * per_page..(page + 1) * per_page
    };
    let (first, messages) = match core.archive.load_messages(&opened, wanted).await {
        Ok(found) => found,
        Err(e) => return failed("cannot open a transcript", &e),
    };
    let mut doc = opened.index.header();
    doc.messages = messages;
    let window = (!show_all && total > per_page).then_some(render::Window {
        page,
        per_page,
        first,
        total,
    });
    let base = path.clone();
    let page = render::html_linked(
        &doc,
        "/assets/css/ticketbox.css",
        "/assets/js/dashboard.js",
        &|stored| format!("{base}/{stored}"),
        window,
    );
    // The dashboard's header: the way back to the server's pages for staff, and logout.
    let back = (level >= Level::Support).then_some((guild, doc.guild.name.as_str()));
    let header = session
        .as_ref()
        .map(|s| pages::top_bar(&s.csrf, &s.username, back))
        .unwrap_or_default();
    let page = page.replacen(
        "<body class=\"transcript\">",
        &format!("<body class=\"transcript\">{header}"),
        1,
    );
    let mut response = Html(page).into_response();
    // A transcript is private: never kept by a browser or proxy cache.
    response.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    response
}

/// `GET /transcripts/{guild}/{ticket}/attachments/{file}`: an archived attachment, decrypted.
pub async fn attachment(
    State(core): State<AppState>,
    MaybeUser(session): MaybeUser,
    Path((guild, number, file)): Path<(u64, u32, String)>,
) -> Response {
    let path = format!("/transcripts/{guild}/{number}/attachments/{file}");
    let _turn = match load_turn().await {
        Ok(turn) => turn,
        Err(busy) => return busy,
    };
    let opened = match readable(&core, guild, number, session.map(|s| s.user), &path).await {
        Ok((opened, _)) => opened,
        Err(response) => return response,
    };
    // The index lists every attachment: no segment is opened for a file.
    let stored = format!("attachments/{file}");
    let Some(meta) = opened.attachment(&stored) else {
        return not_found();
    };
    let bytes = match core
        .archive
        .load_attachment(GuildId::new(guild), TicketNumber::new(number), &stored)
        .await
    {
        Ok(Some(bytes)) => bytes,
        Ok(None) => return not_found(),
        Err(e) => return failed("cannot open an attachment", &e),
    };
    // Only plain raster images are served as what they are, inline; everything else is an
    // opaque download. The uploader chose the declared type, so nothing of theirs may run here.
    let inline = render::inline_image_type(meta.content_type.as_deref());
    let disposition = format!(
        "{}; filename=\"{}\"",
        if inline.is_some() {
            "inline"
        } else {
            "attachment"
        },
        meta.safe_filename()
    );
    let mut response = bytes.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(inline.unwrap_or("application/octet-stream")),
    );
    if let Ok(v) = HeaderValue::from_str(&disposition) {
        headers.insert(header::CONTENT_DISPOSITION, v);
    }
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'none'; sandbox"),
    );
    headers.insert(
        "cross-origin-resource-policy",
        HeaderValue::from_static("same-origin"),
    );
    response
}
