//! `GET|POST /servers/{guild}/settings`: every ticket setting of the guild on one form, with
//! channel pickers fed by the entity cache. Admins only.

use askama::Template;
use axum::Form;
use axum::extract::{FromRequest, Query, Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::settings_access::AccessShown;
use super::tickets::Done;
use super::{GuildCtx, GuildForm, Pickers, Posted};
use crate::domain::autoclose::{Rules, format_duration};
use crate::domain::settings::{self as rules, GuildSettings};
use crate::i18n::Lang;
use crate::ids::ChannelId;
use crate::services::AppCore;
use crate::services::autoclose::{self as autoclose_service, RulesInput};
use crate::store::{autoclose, settings};
use crate::web::AppState;
use crate::web::error::{OrFail, PageError};
use crate::web::view::{self, Chrome, Tab};

/// The form as posted. Unchecked checkboxes are absent.
#[derive(Debug, Default, Deserialize)]
pub struct SettingsForm {
    pub csrf: String,
    #[serde(default)]
    pub ticket_category: String,
    #[serde(default)]
    pub overflow_category: String,
    #[serde(default)]
    pub log_channel: String,
    #[serde(default)]
    pub use_threads: Option<String>,
    #[serde(default)]
    pub thread_notification_channel: String,
    #[serde(default)]
    pub ticket_limit: String,
    #[serde(default)]
    pub open_cap: String,
    #[serde(default)]
    pub users_can_close: Option<String>,
    #[serde(default)]
    pub close_confirmation: Option<String>,
    #[serde(default)]
    pub naming_scheme: String,
    #[serde(default)]
    pub welcome_message: String,
    #[serde(default)]
    pub claim_support_can_view: Option<String>,
    #[serde(default)]
    pub claim_support_can_type: Option<String>,
    #[serde(default)]
    pub dm_on_close: Option<String>,
    #[serde(default)]
    pub feedback_enabled: Option<String>,
    #[serde(default)]
    pub thread_archive: String,
    #[serde(default)]
    pub hide_claim_button: Option<String>,
    /// Checked: closed tickets keep no transcript.
    pub no_transcripts: Option<String>,
    /// Checked: members open from panels only.
    pub disable_open_command: Option<String>,
    #[serde(default)]
    pub hide_close_button: Option<String>,
    #[serde(default)]
    pub hide_close_with_reason_button: Option<String>,
    #[serde(default)]
    pub autoclose_enabled: Option<String>,
    #[serde(default)]
    pub autoclose_no_response: String,
    #[serde(default)]
    pub autoclose_since_last_message: String,
    #[serde(default)]
    pub autoclose_on_leave: Option<String>,
    #[serde(default)]
    pub autoclose_warning: String,
    /// A shipped language's code; empty: follow the server's Discord language.
    #[serde(default)]
    pub language: String,
    #[serde(default)]
    pub member_language: Option<String>,
}

#[derive(Template)]
#[template(path = "guild/settings.html")]
struct Page {
    chrome: Chrome,
    s: Shown,
    pick: Pickers,
    /// The default welcome in the server's language.
    default_welcome: String,
    /// The languages offered: code and own name.
    languages: Vec<(&'static str, &'static str)>,
    /// The server's Discord language, named, for the "follow Discord" choice.
    discord_language: &'static str,
    /// The second form: Start ticket, ticket permissions, on-call role.
    access: AccessShown,
}

/// The settings as the form shows them.
#[allow(clippy::struct_excessive_bools)] // one checkbox per setting, as in GuildSettings
pub(super) struct Shown {
    ticket_category: String,
    overflow_category: String,
    log_channel: String,
    use_threads: bool,
    thread_notification_channel: String,
    ticket_limit: String,
    open_cap: String,
    users_can_close: bool,
    close_confirmation: bool,
    naming_scheme: String,
    welcome_message: String,
    claim_support_can_view: bool,
    claim_support_can_type: bool,
    dm_on_close: bool,
    feedback_enabled: bool,
    thread_archive: String,
    hide_claim_button: bool,
    hide_close_button: bool,
    no_transcripts: bool,
    disable_open_command: bool,
    hide_close_with_reason_button: bool,
    autoclose_enabled: bool,
    autoclose_no_response: String,
    autoclose_since_last_message: String,
    autoclose_on_leave: bool,
    autoclose_warning: String,
    language: String,
    member_language: bool,
}

fn id(c: Option<ChannelId>) -> String {
    c.map(|c| c.to_string()).unwrap_or_default()
}

fn timed(d: Option<std::time::Duration>) -> String {
    d.map(format_duration).unwrap_or_default()
}

impl From<(&GuildSettings, &Rules)> for Shown {
    fn from((s, a): (&GuildSettings, &Rules)) -> Self {
        Self {
            ticket_category: id(s.ticket_category),
            overflow_category: id(s.overflow_category),
            log_channel: id(s.log_channel),
            use_threads: s.use_threads,
            thread_notification_channel: id(s.thread_notification_channel),
            ticket_limit: s.ticket_limit.to_string(),
            open_cap: s.open_cap.map(|c| c.to_string()).unwrap_or_default(),
            users_can_close: s.users_can_close,
            close_confirmation: s.close_confirmation,
            naming_scheme: s.naming_scheme.clone(),
            welcome_message: s.welcome_message.clone().unwrap_or_default(),
            claim_support_can_view: s.claim_support_can_view,
            claim_support_can_type: s.claim_support_can_type,
            dm_on_close: s.dm_on_close,
            feedback_enabled: s.feedback_enabled,
            thread_archive: rules::thread_archive_name(s.thread_archive_minutes).to_owned(),
            hide_claim_button: s.hide_claim_button,
            hide_close_button: s.hide_close_button,
            no_transcripts: !s.store_transcripts,
            disable_open_command: s.disable_open_command,
            hide_close_with_reason_button: s.hide_close_with_reason_button,
            autoclose_enabled: a.enabled,
            autoclose_no_response: timed(a.no_response),
            autoclose_since_last_message: timed(a.since_last_message),
            autoclose_on_leave: a.on_leave,
            autoclose_warning: timed(a.warning),
            language: s.language.map(Lang::code).unwrap_or_default().to_owned(),
            member_language: s.member_language,
        }
    }
}

impl From<&SettingsForm> for Shown {
    fn from(f: &SettingsForm) -> Self {
        Self {
            ticket_category: f.ticket_category.clone(),
            overflow_category: f.overflow_category.clone(),
            log_channel: f.log_channel.clone(),
            use_threads: f.use_threads.is_some(),
            thread_notification_channel: f.thread_notification_channel.clone(),
            ticket_limit: f.ticket_limit.clone(),
            open_cap: f.open_cap.clone(),
            users_can_close: f.users_can_close.is_some(),
            close_confirmation: f.close_confirmation.is_some(),
            naming_scheme: f.naming_scheme.clone(),
            welcome_message: f.welcome_message.clone(),
            claim_support_can_view: f.claim_support_can_view.is_some(),
            claim_support_can_type: f.claim_support_can_type.is_some(),
            dm_on_close: f.dm_on_close.is_some(),
            feedback_enabled: f.feedback_enabled.is_some(),
            thread_archive: f.thread_archive.clone(),
            hide_claim_button: f.hide_claim_button.is_some(),
            hide_close_button: f.hide_close_button.is_some(),
            no_transcripts: f.no_transcripts.is_some(),
            disable_open_command: f.disable_open_command.is_some(),
            hide_close_with_reason_button: f.hide_close_with_reason_button.is_some(),
            autoclose_enabled: f.autoclose_enabled.is_some(),
            autoclose_no_response: f.autoclose_no_response.clone(),
            autoclose_since_last_message: f.autoclose_since_last_message.clone(),
            autoclose_on_leave: f.autoclose_on_leave.is_some(),
            autoclose_warning: f.autoclose_warning.clone(),
            language: f.language.clone(),
            member_language: f.member_language.is_some(),
        }
    }
}

impl SettingsForm {
    /// The auto-close part: every field given (an empty duration turns its rule off).
    fn autoclose(&self) -> RulesInput {
        RulesInput {
            enabled: Some(self.autoclose_enabled.is_some()),
            no_response: Some(self.autoclose_no_response.clone()),
            since_last_message: Some(self.autoclose_since_last_message.clone()),
            on_leave: Some(self.autoclose_on_leave.is_some()),
            warning: Some(self.autoclose_warning.clone()),
        }
    }
}

/// A picked channel: empty for none, otherwise one of the offered channels (`refusal`: the
/// catalog message saying to pick it from the list).
fn channel(raw: &str, offered: bool, refusal: &str) -> Result<Option<ChannelId>, String> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    match raw.parse::<u64>() {
        Ok(id) if offered => Ok(Some(ChannelId::new(id))),
        _ => Err(crate::web::lang::t(refusal)),
    }
}

/// The submitted settings, checked against the guild's channels and the domain rules.
fn parse(f: &SettingsForm, pick: &Pickers) -> Result<GuildSettings, String> {
    let limit: i64 = f
        .ticket_limit
        .trim()
        .parse()
        .map_err(|_| crate::web::lang::t("web-settings-ticket-limit-number"))?;
    rules::validate(GuildSettings {
        ticket_category: channel(
            &f.ticket_category,
            pick.has_category(f.ticket_category.trim()),
            "web-settings-pick-ticket-category",
        )?,
        overflow_category: channel(
            &f.overflow_category,
            pick.has_category(f.overflow_category.trim()),
            "web-settings-pick-overflow-category",
        )?,
        log_channel: channel(
            &f.log_channel,
            pick.has_text(f.log_channel.trim()),
            "web-settings-pick-log-channel",
        )?,
        use_threads: f.use_threads.is_some(),
        thread_notification_channel: channel(
            &f.thread_notification_channel,
            pick.has_text(f.thread_notification_channel.trim()),
            "web-settings-pick-notification-channel",
        )?,
        ticket_limit: rules::validate_ticket_limit(limit)
            .map_err(|m| crate::web::lang::render(&m))?,
        users_can_close: f.users_can_close.is_some(),
        close_confirmation: f.close_confirmation.is_some(),
        naming_scheme: f.naming_scheme.clone(),
        welcome_message: Some(f.welcome_message.replace("\r\n", "\n")),
        // Set elsewhere (the welcome embed page, /setup start-ticket, /setup permissions);
        // kept by this form.
        welcome_embed: crate::domain::embeds::EmbedSpec::default(),
        start_ticket_level: crate::domain::levels::Level::Everyone,
        start_ticket_add_author: true,
        start_ticket_panel: None,
        opener_denied: crate::domain::permissions::Permissions::NONE,
        support_denied: crate::domain::permissions::Permissions::NONE,
        claim_support_can_view: f.claim_support_can_view.is_some(),
        claim_support_can_type: f.claim_support_can_type.is_some(),
        dm_on_close: f.dm_on_close.is_some(),
        feedback_enabled: f.feedback_enabled.is_some(),
        hide_claim_button: f.hide_claim_button.is_some(),
        hide_close_button: f.hide_close_button.is_some(),
        store_transcripts: f.no_transcripts.is_none(),
        disable_open_command: f.disable_open_command.is_some(),
        hide_close_with_reason_button: f.hide_close_with_reason_button.is_some(),
        // A form without the field (an older page) keeps Discord's longest.
        thread_archive_minutes: if f.thread_archive.trim().is_empty() {
            10080
        } else {
            rules::parse_thread_archive(&f.thread_archive)
                .map_err(|m| crate::web::lang::render(&m))?
        },
        open_cap: rules::parse_open_cap(&f.open_cap).map_err(|m| crate::web::lang::render(&m))?,
        language: match f.language.trim() {
            "" => None,
            code => Some(
                Lang::ALL
                    .into_iter()
                    .find(|l| l.code() == code)
                    .ok_or_else(|| crate::web::lang::t("web-settings-pick-language"))?,
            ),
        },
        member_language: f.member_language.is_some(),
    })
    .map_err(|m| crate::web::lang::render(&m))
}

/// Offers the channels the settings name even when the cache does not have them (the bot is
/// reconnecting, or the channel is gone), so saving another setting does not clear them.
fn with_current(pick: &mut Pickers, s: &GuildSettings) {
    for c in [s.ticket_category, s.overflow_category]
        .into_iter()
        .flatten()
    {
        if !pick.has_category(&c.to_string()) {
            pick.categories.push((
                c.to_string(),
                crate::web::lang::t1("web-settings-unknown-channel", "id", c),
            ));
        }
    }
    for c in [s.log_channel, s.thread_notification_channel]
        .into_iter()
        .flatten()
    {
        if !pick.has_text(&c.to_string()) {
            pick.text_channels.push((
                c.to_string(),
                crate::web::lang::t1("web-settings-unknown-channel", "id", c),
            ));
        }
    }
}

/// The pickers, with the channels the current settings name even when they are gone, and
/// the current settings.
async fn pickers_and_settings(
    core: &AppCore,
    ctx: &GuildCtx,
) -> Result<(Pickers, GuildSettings), PageError> {
    let mut pick = Pickers::load(core, ctx.guild).await?;
    let current = settings::load(&core.db, ctx.guild)
        .await
        .or_fail("cannot load settings")?;
    with_current(&mut pick, &current);
    Ok((pick, current))
}

pub async fn show(
    State(core): State<AppState>,
    ctx: GuildCtx,
    Query(q): Query<Done>,
) -> Result<Response, PageError> {
    let chrome = ctx.chrome(Tab::Settings, q.done.as_deref());
    render(&core, &ctx, chrome, StatusCode::OK, None, None).await
}

/// The page: the saved settings, or either form as typed.
async fn render(
    core: &AppCore,
    ctx: &GuildCtx,
    chrome: Chrome,
    status: StatusCode,
    typed: Option<Shown>,
    typed_access: Option<AccessShown>,
) -> Result<Response, PageError> {
    let (pick, current) = pickers_and_settings(core, ctx).await?;
    let s = if let Some(s) = typed {
        s
    } else {
        let rules = autoclose::rules(&core.db, ctx.guild)
            .await
            .or_fail("cannot load auto-close settings")?;
        Shown::from((&current, &rules))
    };
    let access = match typed_access {
        Some(a) => a,
        None => AccessShown::load(core, ctx, &current).await?,
    };
    let server_lang = crate::services::language::server_with(core, ctx.guild, &current).await;
    let discord_lang = crate::services::language::server_with(
        core,
        ctx.guild,
        &GuildSettings {
            language: None,
            ..current.clone()
        },
    )
    .await;
    Ok(view::page(
        status,
        &Page {
            chrome,
            s,
            pick,
            default_welcome: current.welcome(server_lang).into_owned(),
            languages: Lang::ALL.map(|l| (l.code(), l.native_name())).to_vec(),
            discord_language: discord_lang.native_name(),
            access,
        },
    ))
}

/// The page again (422) saying why a form was not saved, with what was typed in it.
pub(super) async fn refused(
    core: &AppCore,
    ctx: &GuildCtx,
    message: String,
    typed: Option<Shown>,
    typed_access: Option<AccessShown>,
) -> Result<Response, PageError> {
    let mut chrome = ctx.chrome(Tab::Settings, None);
    chrome.error = Some(message);
    render(
        core,
        ctx,
        chrome,
        StatusCode::UNPROCESSABLE_ENTITY,
        typed,
        typed_access,
    )
    .await
}

impl Posted for SettingsForm {
    async fn read(req: Request, core: &AppState) -> Result<Self, PageError> {
        Form::<Self>::from_request(req, core)
            .await
            .map(|Form(form)| form)
            .map_err(|e| PageError::Response(Box::new(e.into_response())))
    }

    fn csrf(&self) -> &str {
        &self.csrf
    }
}

pub async fn save(
    State(core): State<AppState>,
    GuildForm { ctx, form }: GuildForm<SettingsForm>,
) -> Result<Response, PageError> {
    let (pick, _) = pickers_and_settings(&core, &ctx).await?;
    // The auto-close durations are checked first (nothing is saved when one is wrong).
    let checked = parse(&form, &pick).and_then(|new| {
        autoclose_service::check(&form.autoclose())
            .map(|()| new)
            .map_err(|e| crate::web::lang::render(&e.message()))
    });
    let new = match checked {
        Ok(new) => new,
        Err(message) => {
            return refused(&core, &ctx, message, Some(Shown::from(&form)), None).await;
        }
    };
    let saved = new.clone();
    settings::update(&core.db, ctx.guild, core.clock.now(), move |s| {
        let kept = s.clone();
        *s = GuildSettings {
            welcome_embed: kept.welcome_embed,
            start_ticket_level: kept.start_ticket_level,
            start_ticket_add_author: kept.start_ticket_add_author,
            start_ticket_panel: kept.start_ticket_panel,
            opener_denied: kept.opener_denied,
            support_denied: kept.support_denied,
            ..saved
        };
    })
    .await
    .or_fail("cannot save settings")?;
    let configured = autoclose_service::configure(&core, ctx.guild, form.autoclose())
        .await
        .map_err(|e| PageError::internal("cannot save auto-close settings", &e))?;
    ctx.audit(
        &core,
        "settings.update",
        format!(
            "{}, {}",
            describe(&new),
            describe_autoclose(&configured.rules)
        ),
    )
    .await;
    Ok(ctx.done("/settings", "saved"))
}

/// The audit log's summary of the auto-close rules.
fn describe_autoclose(a: &Rules) -> String {
    let t = |d| {
        let shown = timed(d);
        if shown.is_empty() {
            "off".to_owned()
        } else {
            shown
        }
    };
    format!(
        "auto-close {} (no response {}, since last message {}, on leave {}, warning {})",
        a.enabled,
        t(a.no_response),
        t(a.since_last_message),
        a.on_leave,
        t(a.warning)
    )
}

/// The audit log's summary of saved settings.
fn describe(s: &GuildSettings) -> String {
    format!(
        "category {}, log channel {}, threads {}, limit {}, open cap {}, users can close {}, confirmation {}, naming {}, claim view/type {}/{}, DM on close {}, feedback {}, transcripts kept {}, /open for members {}, language {}, member languages {}",
        id(s.ticket_category),
        id(s.log_channel),
        s.use_threads,
        s.ticket_limit,
        s.open_cap
            .map_or_else(|| "none".to_owned(), |c| c.to_string()),
        s.users_can_close,
        s.close_confirmation,
        s.naming_scheme,
        s.claim_support_can_view,
        s.claim_support_can_type,
        s.dm_on_close,
        s.feedback_enabled,
        s.store_transcripts,
        !s.disable_open_command,
        s.language.map_or("Discord's", crate::i18n::Lang::code),
        s.member_language
    )
}
