//! `GET /transcripts/{guild}/{ticket}`: a stored transcript, decrypted, for those allowed to
//! read it (the opener, the guild's admins, the panel's support staff); and its archived
//! attachments with their content type. The "View transcript" link of the log channel and the
//! close DM points here.
//!
//! Anything not allowed answers 404, the same as a transcript that does not exist, so nobody
//! learns about another guild's tickets.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use askama::Template;
use axum::extract::{FromRequestParts, State};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};

use super::AppState;
use super::auth::MaybeUser;
use super::error::{OrFail, PageError};
use super::routes::{self, Access};
use crate::archive::{ArchiveError, Opened, render};
use crate::domain::levels::{Level, Target};
use crate::domain::transcripts::{Reader, may_view};
use crate::ids::{GuildId, TicketNumber, UserId};
use crate::store::sessions::Session;
use crate::store::{tickets, transcripts};

fn not_found() -> PageError {
    PageError::Message(
        StatusCode::NOT_FOUND,
        super::lang::t("web-transcript-not-found"),
    )
}

/// Whether `user` may read ticket `number` of `guild`: recomputed from the cache and the
/// staff settings on every request.
async fn allowed(
    core: &crate::services::AppCore,
    guild: GuildId,
    number: TicketNumber,
    user: UserId,
) -> Result<Option<Level>, PageError> {
    // The level first, for every request alike. Someone who is not (or no longer) in the guild
    // has no staff level there, whatever the guild's settings say; an opener still reads their
    // own ticket.
    let (roles, level) = crate::services::facts::member_level(core, guild, user)
        .await
        .or_fail("cannot compute a dashboard user's level")?
        .unwrap_or((Vec::new(), Level::Everyone));
    let Some(ticket) = tickets::by_number(&core.db, guild, number)
        .await
        .or_fail("cannot read a ticket")?
    else {
        return Ok(None);
    };
    let stored = transcripts::has_transcript(&core.db, ticket.id)
        .await
        .or_fail("cannot read a ticket")?;
    if !stored {
        return Ok(None);
    }
    // The teams recorded when the transcript was stored decide, even if the panel is gone.
    let in_panel_team = if level == Level::Support {
        transcripts::team_members(&core.db, ticket.id)
            .await
            .or_fail("cannot read a transcript's teams")?
            .map(|members| {
                members.iter().any(|t| match t {
                    Target::User(u) => *u == user,
                    Target::Role(r) => roles.contains(r),
                })
            })
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

/// A turn to load (held until the response is built), or the answer of a viewer too busy to
/// give one.
async fn load_turn() -> Result<tokio::sync::SemaphorePermit<'static>, PageError> {
    match tokio::time::timeout(LOAD_WAIT, LOADS.turns.acquire()).await {
        Ok(Ok(permit)) => {
            let taken = PARALLEL_LOADS - LOADS.turns.available_permits();
            LOADS.most.fetch_max(taken, Ordering::SeqCst);
            Ok(permit)
        }
        _ => Err(PageError::Message(
            StatusCode::SERVICE_UNAVAILABLE,
            super::lang::t("web-transcript-busy"),
        )),
    }
}

/// A transcript a visitor may read, extracted under the route's access rule
/// (`Access::TranscriptReader`): a load turn taken, the visitor logged in (else to the login)
/// and allowed (else 404, like a transcript that does not exist), the index opened.
pub struct Visit {
    pub guild: GuildId,
    pub number: TicketNumber,
    pub opened: Arc<Opened>,
    /// The reader's level in the guild.
    pub level: Level,
    pub session: Session,
    /// Held until the response is built.
    _turn: tokio::sync::SemaphorePermit<'static>,
}

impl FromRequestParts<AppState> for Visit {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, core: &AppState) -> Result<Self, PageError> {
        let (pattern, access) = routes::matched(parts);
        if access != Some(Access::TranscriptReader) {
            return Err(PageError::internal(
                "a transcript route has no transcript reader rule",
                &pattern,
            ));
        }
        let numbers = routes::numbers(parts, core).await?;
        let guild = routes::number(&numbers, "guild").ok_or_else(not_found)?;
        let number = routes::number(&numbers, "ticket")
            .and_then(|n| u32::try_from(n).ok())
            .ok_or_else(not_found)?;
        let turn = load_turn().await?;
        let MaybeUser(session) = MaybeUser::from_request_parts(parts, core).await?;
        let Some(session) = session else {
            return Err(PageError::Login {
                next: parts.uri.path().to_owned(),
            });
        };
        let (guild, number) = (GuildId::new(guild), TicketNumber::new(number));
        let Some(level) = allowed(core, guild, number, session.user).await? else {
            return Err(not_found());
        };
        let opened = match core.archive.open_transcript(guild, number).await {
            Ok(opened) => opened,
            Err(ArchiveError::NotFound { .. }) => return Err(not_found()),
            Err(e) => return Err(PageError::internal("cannot open a transcript", &e)),
        };
        Ok(Self {
            guild,
            number,
            opened,
            level,
            session,
            _turn: turn,
        })
    }
}

/// The viewer: the transcript page with the dashboard's top bar.
#[derive(Template)]
#[template(path = "transcript_viewer.html")]
struct Viewer<'a> {
    t: crate::archive::render_view::TranscriptView,
    csrf: &'a str,
    name: &'a str,
    guild: Option<(u64, &'a str)>,
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

/// The opener's rating, comment and exit survey answers, for the header (given after the transcript was stored).
async fn feedback_rows(
    core: &AppState,
    guild: crate::ids::GuildId,
    number: crate::ids::TicketNumber,
) -> Result<Vec<(String, String)>, PageError> {
    let Some(ticket) = crate::store::tickets::by_number(&core.db, guild, number)
        .await
        .or_fail("cannot read a ticket")?
    else {
        return Ok(Vec::new());
    };
    let given = crate::store::feedback::get(&core.db, ticket.id)
        .await
        .or_fail("cannot read a rating")?;
    let survey = crate::store::exit_survey::answers(&core.db, ticket.id)
        .await
        .or_fail("cannot read exit survey answers")?;
    let mut rows = given.map_or_else(Vec::new, |f| {
        let mut rows = vec![(
            super::lang::t("web-transcript-rating"),
            format!(
                "{} ({}/5)",
                crate::domain::feedback::stars(f.rating),
                f.rating
            ),
        )];
        rows.extend(
            f.comment
                .map(|c| (super::lang::t("web-transcript-comment"), c)),
        );
        rows
    });
    rows.extend(survey.into_iter().map(|(question, answer)| {
        (
            super::lang::t1("web-transcript-survey", "question", question),
            crate::domain::feedback::shown_answer(&answer, None, super::lang::current()),
        )
    }));
    Ok(rows)
}

pub async fn view(
    State(core): State<AppState>,
    visit: Visit,
    axum::extract::Query(q): axum::extract::Query<ViewQuery>,
) -> Result<Response, PageError> {
    let Visit {
        guild,
        number,
        opened,
        level,
        session,
        ..
    } = &visit;
    let path = format!("/transcripts/{guild}/{number}");
    let total = opened.index.message_count;
    let per_page = MESSAGES_PER_PAGE;
    if let Some(id) = q.message {
        // A reply's original on another page: find it (one segment), then go there.
        let at = core
            .archive
            .position_of(opened, crate::ids::MessageId::new(id))
            .await
            .or_fail("cannot open a transcript")?
            .ok_or_else(not_found)?;
        return Ok(Redirect::to(&format!("{path}?page={}#m{id}", at / per_page)).into_response());
    }
    let show_all = q.all.is_some() && total <= SHOW_ALL_UP_TO;
    let page = q.page.unwrap_or(0).min(total.saturating_sub(1) / per_page);
    let wanted = if show_all || total <= per_page {
        0..total
    } else {
        page * per_page..(page + 1) * per_page
    };
    let (first, messages) = core
        .archive
        .load_messages(opened, wanted)
        .await
        .or_fail("cannot open a transcript")?;
    let mut doc = opened.index.header();
    doc.messages = messages;
    let window = (!show_all && total > per_page).then_some(render::Window {
        page,
        per_page,
        first,
        total,
    });
    let base = path.clone();
    let links = (
        "/assets/css/ticketbox.css".to_owned(),
        "/assets/js/dashboard.js".to_owned(),
    );
    let url = |stored: &str| format!("{base}/{stored}");
    // The dashboard's header: the way back to the server's pages for staff, and logout.
    let back = (*level >= Level::Support).then_some((guild.get(), doc.guild.name.as_str()));
    let mut t = render::view(
        &doc,
        Some(links),
        Some(&url),
        window,
        super::lang::current(),
    );
    t.summary
        .extend(feedback_rows(&core, *guild, *number).await?);
    let page = Viewer {
        t,
        csrf: &session.csrf,
        name: &session.username,
        guild: back,
    }
    .render()
    .or_fail("cannot render a transcript")?;
    let mut response = Html(page).into_response();
    // A transcript is private: never kept by a browser or proxy cache.
    response.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    Ok(response)
}

/// `GET /transcripts/{guild}/{ticket}/attachments/{file}`: an archived attachment, decrypted.
pub async fn attachment(
    State(core): State<AppState>,
    visit: Visit,
    axum::extract::Path((_, _, file)): axum::extract::Path<(u64, u32, String)>,
) -> Result<Response, PageError> {
    // The index lists every attachment: no segment is opened for a file.
    let stored = format!("attachments/{file}");
    let meta = visit.opened.attachment(&stored).ok_or_else(not_found)?;
    let bytes = core
        .archive
        .load_attachment(visit.guild, visit.number, &stored)
        .await
        .or_fail("cannot open an attachment")?
        .ok_or_else(not_found)?;
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
    Ok(response)
}
