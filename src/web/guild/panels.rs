//! `/servers/{guild}/panels…`: create, edit, delete, preview and post panels (admins). The
//! same store functions and domain checks as `/panel`.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;

use super::tickets::Done;
use super::{GuildCtx, GuildForm, Pickers};
use crate::domain::access_rules::{self, AccessRule};
use crate::domain::embeds::EmbedSpec;
use crate::domain::panels::{ButtonStyle, DEFAULT_COLOUR, Panel, PanelDraft, parse_colour};
use crate::domain::support_hours::{Outside, SupportHours, parse_holidays, parse_windows};
use crate::ids::{ChannelId, FormId, PanelId, RoleId, TeamId};
use crate::services::AppCore;
use crate::services::panels::{self as post, PostError};
use crate::store::{forms, panels, staff};
use crate::web::AppState;
use crate::web::embed_form;
use crate::web::error::{OrFail, PageError};
use crate::web::form::Fields;
use crate::web::lang;
use crate::web::view::{self, Chrome, Tab};

pub struct Listed {
    pub id: String,
    pub title: String,
    pub posted_in: Option<String>,
    pub disabled: bool,
}

#[derive(Template)]
#[template(path = "guild/panels.html")]
struct ListPage {
    chrome: Chrome,
    panels: Vec<Listed>,
    channels: Vec<(String, String)>,
}

/// The editor's fields, as stored or as typed (one bool per checkbox).
#[derive(Debug, Clone, Default)]
#[allow(clippy::struct_excessive_bools)]
pub struct Editor {
    pub title: String,
    pub content: String,
    pub colour: String,
    pub button_label: String,
    pub button_emoji: String,
    pub button_style: String,
    pub category: String,
    pub naming_scheme: String,
    pub welcome_message: String,
    pub mention_opener: bool,
    pub mention_here: bool,
    pub mention_roles: Vec<String>,
    pub mode: String,
    pub ticket_limit: String,
    pub open_cap: String,
    pub cooldown_minutes: String,
    pub disabled: bool,
    pub form: String,
    pub exit_survey: String,
    pub awaiting_category: String,
    pub teams: Vec<String>,
    /// The panel message's embed beyond its title, text and colour.
    pub embed: EmbedSpec,
    pub welcome_embed: EmbedSpec,
    /// What could not be read at all (an order or colour that is no number).
    pub typo: Option<String>,
    /// The access rules in order: role id and whether it allows.
    pub access_rules: Vec<(String, bool)>,
    /// Its own log channel (empty: the server's).
    pub log_channel: String,
    /// Support hours as typed (see [`crate::domain::support_hours`]).
    pub hours_on: bool,
    pub hours_timezone: String,
    pub hours_windows: String,
    pub hours_holidays: String,
    pub hours_outside: String,
    pub hours_message: String,
    pub hours_colour: String,
}

impl Editor {
    fn of(p: &PanelDraft, forms: PanelLinks, teams: &[TeamId]) -> Self {
        Self {
            title: p.title.clone(),
            content: p.content.clone(),
            colour: format!("#{:06x}", p.colour),
            button_label: p.button_label.clone(),
            button_emoji: p.button_emoji.clone().unwrap_or_default(),
            button_style: p.button_style.as_str().to_owned(),
            category: p.category.map(|c| c.to_string()).unwrap_or_default(),
            naming_scheme: p.naming_scheme.clone().unwrap_or_default(),
            welcome_message: p.welcome_message.clone().unwrap_or_default(),
            mention_opener: p.mention_opener,
            mention_here: p.mention_here,
            mention_roles: p.mention_roles.iter().map(ToString::to_string).collect(),
            mode: match p.use_threads {
                None => String::new(),
                Some(false) => "channel".to_owned(),
                Some(true) => "thread".to_owned(),
            },
            ticket_limit: p.ticket_limit.map(|l| l.to_string()).unwrap_or_default(),
            open_cap: p.open_cap.map(|c| c.to_string()).unwrap_or_default(),
            cooldown_minutes: (p.cooldown_secs / 60).to_string(),
            disabled: p.disabled,
            form: forms.form.map(|f| f.get().to_string()).unwrap_or_default(),
            exit_survey: forms
                .exit_survey
                .map(|f| f.get().to_string())
                .unwrap_or_default(),
            awaiting_category: forms
                .awaiting_category
                .map(|c| c.to_string())
                .unwrap_or_default(),
            teams: teams.iter().map(|t| t.get().to_string()).collect(),
            embed: p.embed.clone(),
            welcome_embed: p.welcome_embed.clone(),
            typo: None,
            access_rules: p
                .access_rules
                .iter()
                .map(|r| (r.role.to_string(), r.allow))
                .collect(),
            log_channel: p.log_channel.map(|c| c.to_string()).unwrap_or_default(),
            hours_on: p.support_hours.is_some(),
            hours_timezone: p
                .support_hours
                .as_ref()
                .map_or_else(|| "UTC".to_owned(), |h| h.timezone.clone()),
            hours_windows: p
                .support_hours
                .as_ref()
                .map(SupportHours::windows_text)
                .unwrap_or_default(),
            hours_holidays: p
                .support_hours
                .as_ref()
                .map(SupportHours::holidays_text)
                .unwrap_or_default(),
            hours_outside: p
                .support_hours
                .as_ref()
                .map_or("refuse", |h| h.outside.as_str())
                .to_owned(),
            hours_message: p
                .support_hours
                .as_ref()
                .map(|h| h.message.clone())
                .unwrap_or_default(),
            hours_colour: p
                .support_hours
                .as_ref()
                .and_then(|h| h.colour)
                .map(|c| format!("#{c:06x}"))
                .unwrap_or_default(),
        }
    }

    fn typed(f: &Fields) -> Self {
        let all = |name| f.all(name).into_iter().map(str::to_owned).collect();
        let embed = embed_form::typed(f, "embed_", false);
        let welcome_embed = embed_form::typed(f, "welcome_", true);
        let access = typed_access(f);
        let typo = embed
            .as_ref()
            .err()
            .or(welcome_embed.as_ref().err())
            .or(access.as_ref().err())
            .cloned();
        Self {
            title: f.get("title").trim().to_owned(),
            content: f.get("content").replace("\r\n", "\n"),
            colour: f.get("colour").to_owned(),
            button_label: f.get("button_label").trim().to_owned(),
            button_emoji: f.get("button_emoji").trim().to_owned(),
            button_style: f.get("button_style").to_owned(),
            category: f.get("category").to_owned(),
            naming_scheme: f.get("naming_scheme").trim().to_owned(),
            welcome_message: f.get("welcome_message").replace("\r\n", "\n"),
            mention_opener: f.checked("mention_opener"),
            mention_here: f.checked("mention_here"),
            mention_roles: all("mention_roles"),
            mode: f.get("mode").to_owned(),
            ticket_limit: f.get("ticket_limit").trim().to_owned(),
            open_cap: f.get("open_cap").trim().to_owned(),
            cooldown_minutes: f.get("cooldown_minutes").trim().to_owned(),
            disabled: f.checked("disabled"),
            form: f.get("form").to_owned(),
            exit_survey: f.get("exit_survey").to_owned(),
            awaiting_category: f.get("awaiting_category").to_owned(),
            teams: all("teams"),
            embed: embed.unwrap_or_default(),
            welcome_embed: welcome_embed.unwrap_or_default(),
            typo,
            access_rules: access.unwrap_or_default(),
            log_channel: f.get("log_channel").to_owned(),
            hours_on: f.checked("hours_on"),
            hours_timezone: f.get("hours_timezone").trim().to_owned(),
            hours_windows: f.get("hours_windows").trim().to_owned(),
            hours_holidays: f.get("hours_holidays").trim().to_owned(),
            hours_outside: f.get("hours_outside").to_owned(),
            hours_message: f.get("hours_message").replace("\r\n", "\n"),
            hours_colour: f.get("hours_colour").trim().to_owned(),
        }
    }

    /// Every IANA time zone name, for the picker's suggestions.
    #[allow(clippy::unused_self)] // called from the template as a method of the editor
    pub fn timezones(&self) -> impl Iterator<Item = &'static str> {
        chrono_tz::TZ_VARIANTS.iter().map(|tz| tz.name())
    }

    /// The access rule rows: the rules, then two blank ones (index, role, allows).
    pub fn access_rows(&self) -> Vec<(usize, String, bool)> {
        self.access_rules
            .iter()
            .cloned()
            .chain(std::iter::repeat_n((String::new(), true), 2))
            .enumerate()
            .map(|(i, (role, allow))| (i, role, allow))
            .collect()
    }

    pub fn embed_rows(&self) -> Vec<(usize, String, String, bool)> {
        embed_form::rows(&self.embed)
    }

    pub fn welcome_rows(&self) -> Vec<(usize, String, String, bool)> {
        embed_form::rows(&self.welcome_embed)
    }

    /// The welcome embed's preview title (placeholders shown as typed; the built-in one in
    /// `lang`, the server's).
    pub fn welcome_title(&self, lang: crate::i18n::Lang) -> String {
        let title = crate::domain::panels::welcome_embed_of(&self.welcome_embed, "", 0).title;
        if title == crate::domain::panels::WELCOME_TITLE {
            crate::msg!("welcome-title").render(lang)
        } else {
            title
        }
    }

    pub fn has_role(&self, id: &str) -> bool {
        self.mention_roles.iter().any(|r| r == id)
    }

    pub fn has_team(&self, id: &str) -> bool {
        self.teams.iter().any(|t| t == id)
    }

    /// The preview's colour (black when the field is not a colour).
    pub fn preview_colour(&self) -> String {
        parse_colour(&self.colour).map_or_else(|_| "#000000".to_owned(), |c| format!("#{c:06x}"))
    }
}

/// What the editor offers.
struct Choices {
    pick: Pickers,
    forms: Vec<(String, String)>,
    /// The forms that can be exit surveys (text and choice questions only).
    surveys: Vec<(String, String)>,
    /// Why each other form cannot be one, by id.
    not_surveys: Vec<(String, String)>,
    teams: Vec<(String, String)>,
    guild: crate::ids::GuildId,
    /// The server's language: the built-in texts members will read (the preview's title).
    server_lang: crate::i18n::Lang,
}

impl Choices {
    async fn load(core: &AppCore, ctx: &GuildCtx) -> Result<Self, PageError> {
        let pick = Pickers::load(core, ctx.guild).await?;
        let all = forms::list(&core.db, ctx.guild)
            .await
            .or_fail("cannot list forms")?;
        let (mut surveys, mut not_surveys) = (Vec::new(), Vec::new());
        for f in &all {
            let id = f.id.get().to_string();
            match f.check_exit_survey() {
                Ok(()) => surveys.push((id, f.title.clone())),
                Err(why) => not_surveys.push((id, lang::render(&why))),
            }
        }
        let forms = all
            .into_iter()
            .map(|f| (f.id.get().to_string(), f.title))
            .collect();
        let teams = staff::teams(&core.db, ctx.guild)
            .await
            .or_fail("cannot list teams")?
            .into_iter()
            .map(|t| (t.id.get().to_string(), t.name))
            .collect();
        Ok(Self {
            pick,
            forms,
            surveys,
            not_surveys,
            teams,
            guild: ctx.guild,
            server_lang: crate::services::language::server(core, ctx.guild).await,
        })
    }
}

#[derive(Template)]
#[template(path = "guild/panel_edit.html")]
struct EditPage {
    chrome: Chrome,
    /// `None` for a new panel.
    id: Option<String>,
    e: Editor,
    pick: Pickers,
    forms: Vec<(String, String)>,
    surveys: Vec<(String, String)>,
    teams: Vec<(String, String)>,
    /// @everyone's role id (the guild's).
    everyone: String,
    /// The welcome embed preview's title (the built-in one in the server's language).
    welcome_title: String,
}

/// The access rule rows as typed (`access_role`, `access_action`, `access_order` per row,
/// `access_remove` with the row's index): sorted by order, blank and removed rows left out.
fn typed_access(f: &Fields) -> Result<Vec<(String, bool)>, String> {
    let (roles, actions, orders) = (
        f.all("access_role"),
        f.all("access_action"),
        f.all("access_order"),
    );
    let removed = f.all("access_remove");
    let mut rows = Vec::new();
    for (i, role) in roles.iter().enumerate() {
        if role.is_empty() || removed.contains(&i.to_string().as_str()) {
            continue;
        }
        let order: i64 = match orders.get(i).copied().unwrap_or_default().trim() {
            "" => i64::MAX,
            n => n
                .parse()
                .map_err(|_| lang::t1("web-panel-err-access-order", "number", i + 1))?,
        };
        let allow = actions.get(i).copied() != Some("deny");
        rows.push((order, ((*role).to_owned(), allow)));
    }
    rows.sort_by_key(|(order, _)| *order);
    Ok(rows.into_iter().map(|(_, rule)| rule).collect())
}

/// The typed support hours (`None` when switched off), read by the domain's parsers.
fn hours_from(e: &Editor) -> Result<Option<SupportHours>, String> {
    if !e.hours_on {
        return Ok(None);
    }
    Ok(Some(SupportHours {
        timezone: e.hours_timezone.clone(),
        windows: parse_windows(&e.hours_windows).map_err(|m| lang::render(&m))?,
        holidays: parse_holidays(&e.hours_holidays).map_err(|m| lang::render(&m))?,
        outside: Outside::parse(&e.hours_outside)
            .ok_or_else(|| lang::t("web-panel-err-hours-outside"))?,
        message: e.hours_message.trim().to_owned(),
        colour: match e.hours_colour.as_str() {
            "" => None,
            raw => Some(parse_colour(raw).map_err(|m| lang::render(&m))?),
        },
    }))
}

/// The typed access rules, roles picked from the list (or @everyone), checked.
fn access_from(e: &Editor, c: &Choices) -> Result<Vec<AccessRule>, String> {
    let mut rules = Vec::new();
    let everyone = RoleId::new(c.guild.get());
    for (role, allow) in &e.access_rules {
        let id: u64 = role
            .parse()
            .map_err(|_| lang::t("web-panel-err-access-roles"))?;
        if id != everyone.get() && !c.pick.has_role(role) {
            return Err(lang::t("web-panel-err-access-roles"));
        }
        rules.push(AccessRule {
            role: RoleId::new(id),
            allow: *allow,
        });
    }
    let name = |r: RoleId| {
        c.pick
            .roles
            .iter()
            .find(|(id, _)| *id == r.to_string())
            .map_or_else(|| "@everyone".to_owned(), |(_, n)| format!("@{n}"))
    };
    access_rules::validate(&rules, everyone, name).map_err(|m| lang::render(&m))?;
    Ok(rules)
}

/// The roles the welcome message mentions, each one of the guild's.
fn mention_roles_from(e: &Editor, c: &Choices) -> Result<Vec<RoleId>, String> {
    e.mention_roles
        .iter()
        .map(|role| {
            let id: u64 = role.parse().map_err(|_| lang::t("web-panel-err-roles"))?;
            if c.pick.has_role(role) {
                Ok(RoleId::new(id))
            } else {
                Err(lang::t("web-panel-err-mention-roles"))
            }
        })
        .collect()
}

/// The typed editor as a draft, its form and teams, checked.
fn parse(e: &Editor, c: &Choices) -> Result<(PanelDraft, PanelLinks, Vec<TeamId>), String> {
    if let Some(typo) = &e.typo {
        return Err(typo.clone());
    }
    let mut d = PanelDraft::new(&e.title);
    d.content.clone_from(&e.content);
    d.colour = if e.colour.trim().is_empty() {
        DEFAULT_COLOUR
    } else {
        parse_colour(&e.colour).map_err(|m| lang::render(&m))?
    };
    d.button_label.clone_from(&e.button_label);
    if !e.button_emoji.is_empty() && !crate::domain::panels::is_emoji(e.button_emoji.trim()) {
        return Err(lang::t1(
            "web-panel-err-emoji",
            "emoji",
            format!("{:?}", e.button_emoji),
        ));
    }
    d.button_emoji = Some(e.button_emoji.clone()).filter(|x| !x.is_empty());
    d.button_style =
        ButtonStyle::parse(&e.button_style).ok_or_else(|| lang::t("web-panel-err-button-style"))?;
    d.category = match e.category.as_str() {
        "" => None,
        id if c.pick.has_category(id) => Some(ChannelId::new(
            id.parse().map_err(|_| lang::t("web-panel-err-category"))?,
        )),
        _ => return Err(lang::t("web-panel-err-category")),
    };
    d.naming_scheme = Some(e.naming_scheme.clone()).filter(|x| !x.is_empty());
    d.welcome_message = Some(e.welcome_message.clone()).filter(|x| !x.trim().is_empty());
    d.mention_opener = e.mention_opener;
    d.mention_here = e.mention_here;
    d.mention_roles = mention_roles_from(e, c)?;
    d.use_threads = match e.mode.as_str() {
        "" => None,
        "channel" => Some(false),
        "thread" => Some(true),
        _ => return Err(lang::t("web-panel-err-mode")),
    };
    d.ticket_limit = match e.ticket_limit.as_str() {
        "" => None,
        raw => Some(
            raw.parse()
                .map_err(|_| lang::t("web-panel-err-ticket-limit"))?,
        ),
    };
    let minutes: u32 = match e.cooldown_minutes.as_str() {
        "" => 0,
        raw => raw.parse().map_err(|_| lang::t("web-panel-err-cooldown"))?,
    };
    d.cooldown_secs = minutes.saturating_mul(60);
    d.open_cap =
        crate::domain::settings::parse_open_cap(&e.open_cap).map_err(|m| lang::render(&m))?;
    d.disabled = e.disabled;
    d.embed = e.embed.clone();
    d.welcome_embed = e.welcome_embed.clone();
    d.access_rules = access_from(e, c)?;
    d.support_hours = hours_from(e)?;
    d.log_channel = match e.log_channel.as_str() {
        "" => None,
        id if c.pick.has_text(id) => Some(ChannelId::new(
            id.parse()
                .map_err(|_| lang::t("web-panel-err-log-channel"))?,
        )),
        _ => return Err(lang::t("web-panel-err-log-channel")),
    };
    d.validate().map_err(|m| lang::render(&m))?;
    // `refusal`: the message id saying to pick that form from the list.
    let pick = |raw: &str, refusal: &str| match raw {
        "" => Ok(None),
        id if c.forms.iter().any(|(f, _)| f == id) => id
            .parse()
            .map(|id| Some(FormId::new(id)))
            .map_err(|_| lang::t(refusal)),
        _ => Err(lang::t(refusal)),
    };
    let awaiting_category = match e.awaiting_category.as_str() {
        "" => None,
        id if c.pick.has_category(id) => Some(ChannelId::new(
            id.parse().map_err(|_| lang::t("web-panel-err-awaiting"))?,
        )),
        _ => return Err(lang::t("web-panel-err-awaiting")),
    };
    crate::domain::pending::validate(awaiting_category, d.category)
        .map_err(|m| lang::render(&m))?;
    let form = PanelLinks {
        form: pick(&e.form, "web-panel-err-form")?,
        exit_survey: match c.not_surveys.iter().find(|(f, _)| *f == e.exit_survey) {
            Some((_, why)) => {
                return Err(lang::t1("web-panel-err-exit-survey-form", "reason", why));
            }
            None => pick(&e.exit_survey, "web-panel-err-exit-survey")?,
        },
        awaiting_category,
    };
    Ok((d, form, teams_from(e, c)?))
}

/// The picked support teams, each one of the guild's.
fn teams_from(e: &Editor, c: &Choices) -> Result<Vec<TeamId>, String> {
    e.teams
        .iter()
        .map(|team| {
            if !c.teams.iter().any(|(t, _)| t == team) {
                return Err(lang::t("web-panel-err-teams"));
            }
            team.parse()
                .map(TeamId::new)
                .map_err(|_| lang::t("web-panel-err-teams"))
        })
        .collect()
}

pub async fn list(
    State(core): State<AppState>,
    ctx: GuildCtx,
    Query(q): Query<Done>,
) -> Result<Response, PageError> {
    let pick = Pickers::load(&core, ctx.guild).await?;
    let all = panels::list(&core.db, ctx.guild)
        .await
        .or_fail("cannot list panels")?;
    let listed = all
        .into_iter()
        .map(|p: Panel| Listed {
            id: p.id.get().to_string(),
            posted_in: p.channel.map(|c| {
                pick.text_channels
                    .iter()
                    .find(|(id, _)| *id == c.to_string())
                    .map_or_else(
                        || lang::t1("web-panels-channel-id", "id", c),
                        |(_, name)| format!("#{name}"),
                    )
            }),
            title: p.draft.title,
            disabled: p.draft.disabled,
        })
        .collect();
    Ok(view::page(
        StatusCode::OK,
        &ListPage {
            chrome: ctx.chrome(Tab::Panels, q.done.as_deref()),
            panels: listed,
            channels: pick.text_channels,
        },
    ))
}

pub async fn new(State(core): State<AppState>, ctx: GuildCtx) -> Result<Response, PageError> {
    let c = Choices::load(&core, &ctx).await?;
    let no_forms = PanelLinks {
        form: None,
        exit_survey: None,
        awaiting_category: None,
    };
    // The built-in texts in the server's language, for the admin to keep or change.
    let lang = crate::services::language::server(&core, ctx.guild).await;
    let mut e = Editor::of(&PanelDraft::new_in("", lang), no_forms, &[]);
    e.cooldown_minutes.clear();
    Ok(editor(
        ctx.chrome(Tab::Panels, None),
        None,
        e,
        c,
        StatusCode::OK,
    ))
}

fn editor(
    chrome: Chrome,
    id: Option<PanelId>,
    e: Editor,
    c: Choices,
    status: StatusCode,
) -> Response {
    view::page(
        status,
        &EditPage {
            chrome,
            id: id.map(|i| i.get().to_string()),
            pick: c.pick,
            forms: c.forms,
            surveys: c.surveys,
            teams: c.teams,
            everyone: c.guild.to_string(),
            welcome_title: e.welcome_title(c.server_lang),
            e,
        },
    )
}

pub async fn create(
    State(core): State<AppState>,
    GuildForm { ctx, form: f }: GuildForm,
) -> Result<Response, PageError> {
    let c = Choices::load(&core, &ctx).await?;
    let e = Editor::typed(&f);
    let (draft, form, teams) = match parse(&e, &c) {
        Ok(parsed) => parsed,
        Err(message) => return Ok(refused(&ctx, None, e, c, message)),
    };
    let title = draft.title.clone();
    let created = panels::create(&core.db, ctx.guild, draft, teams, core.clock.now())
        .await
        .or_fail("cannot create a panel")?;
    let Some(id) = created else {
        let message = lang::t1("web-panel-err-title-taken", "title", format!("{title:?}"));
        return Ok(refused(&ctx, None, e, c, message));
    };
    saved(&core, &ctx, id, form, ("panel.create", &title, "created")).await
}

/// What a panel links to besides its draft: the forms it asks (before opening, and after
/// rating: the exit survey) and its awaiting-response category.
#[derive(Debug, Clone, Copy)]
pub struct PanelLinks {
    pub form: Option<FormId>,
    pub exit_survey: Option<FormId>,
    pub awaiting_category: Option<ChannelId>,
}

/// After a panel was created or updated: attaches its forms, records the change (`audit`
/// action, the panel's title, and what was done) and answers. When the form was deleted
/// meanwhile (another tab) the panel change stands and the answer says so.
async fn saved(
    core: &AppCore,
    ctx: &GuildCtx,
    id: PanelId,
    form: PanelLinks,
    (action, title, done): (&str, &str, &str),
) -> Result<Response, PageError> {
    let attached = forms::set_panel_form(&core.db, ctx.guild, id, form.form)
        .await
        .or_fail("cannot attach a form")?
        && forms::set_panel_exit_survey(&core.db, ctx.guild, id, form.exit_survey)
            .await
            .or_fail("cannot attach an exit survey")?;
    crate::store::awaiting::set_panel_category(&core.db, ctx.guild, id, form.awaiting_category)
        .await
        .or_fail("cannot set the awaiting-response category")?;
    ctx.audit(core, action, format!("panel {title:?} (#{})", id.get()))
        .await;
    if !attached {
        let message = if done == "created" {
            lang::t("web-panel-err-created-form-gone")
        } else {
            lang::t("web-panel-err-saved-form-gone")
        };
        return Err(PageError::Message(StatusCode::CONFLICT, message));
    }
    Ok(ctx.done(&format!("/panels/{}", id.get()), done))
}

fn refused(
    ctx: &GuildCtx,
    id: Option<PanelId>,
    e: Editor,
    c: Choices,
    message: String,
) -> Response {
    let mut chrome = ctx.chrome(Tab::Panels, None);
    chrome.error = Some(message);
    editor(chrome, id, e, c, StatusCode::UNPROCESSABLE_ENTITY)
}

/// The panel `{panel}` of the path, in the visitor's guild.
async fn find(core: &AppCore, ctx: &GuildCtx, panel: i64) -> Result<Panel, PageError> {
    panels::get(&core.db, ctx.guild, PanelId::new(panel))
        .await
        .or_fail("cannot load a panel")?
        .ok_or_else(|| PageError::Message(StatusCode::NOT_FOUND, lang::t("web-panel-err-gone")))
}

pub async fn edit(
    State(core): State<AppState>,
    ctx: GuildCtx,
    Path((_, panel)): Path<(u64, i64)>,
    Query(q): Query<Done>,
) -> Result<Response, PageError> {
    let p = find(&core, &ctx, panel).await?;
    let teams = panels::team_ids(&core.db, p.id)
        .await
        .or_fail("cannot load a panel's teams")?;
    let c = Choices::load(&core, &ctx).await?;
    let e = Editor::of(
        &p.draft,
        PanelLinks {
            form: p.form,
            exit_survey: p.exit_survey,
            awaiting_category: p.awaiting_category,
        },
        &teams,
    );
    Ok(editor(
        ctx.chrome(Tab::Panels, q.done.as_deref()),
        Some(p.id),
        e,
        c,
        StatusCode::OK,
    ))
}

pub async fn update(
    State(core): State<AppState>,
    Path((_, panel)): Path<(u64, i64)>,
    GuildForm { ctx, form: f }: GuildForm,
) -> Result<Response, PageError> {
    let p = find(&core, &ctx, panel).await?;
    let c = Choices::load(&core, &ctx).await?;
    let e = Editor::typed(&f);
    let (draft, form, teams) = match parse(&e, &c) {
        Ok(parsed) => parsed,
        Err(message) => return Ok(refused(&ctx, Some(p.id), e, c, message)),
    };
    let title = draft.title.clone();
    let updated = panels::update(&core.db, ctx.guild, p.id, draft, Some(teams))
        .await
        .or_fail("cannot save a panel")?;
    if !updated {
        let message = lang::t1("web-panel-err-title-taken", "title", format!("{title:?}"));
        return Ok(refused(&ctx, Some(p.id), e, c, message));
    }
    saved(&core, &ctx, p.id, form, ("panel.update", &title, "saved")).await
}

pub async fn delete(
    State(core): State<AppState>,
    Path((_, panel)): Path<(u64, i64)>,
    GuildForm { ctx, .. }: GuildForm,
) -> Result<Response, PageError> {
    let p = find(&core, &ctx, panel).await?;
    panels::delete(&core.db, ctx.guild, p.id)
        .await
        .or_fail("cannot delete a panel")?;
    ctx.audit(
        &core,
        "panel.delete",
        format!("panel {:?} (#{})", p.draft.title, p.id.get()),
    )
    .await;
    Ok(ctx.done("/panels", "deleted"))
}

pub async fn send(
    State(core): State<AppState>,
    Path((_, panel)): Path<(u64, i64)>,
    GuildForm { ctx, form: f }: GuildForm,
) -> Result<Response, PageError> {
    let p = find(&core, &ctx, panel).await?;
    let pick = Pickers::load(&core, ctx.guild).await?;
    let channel = f.get("channel");
    let channel = match channel.parse::<u64>() {
        Ok(id) if pick.has_text(channel) => ChannelId::new(id),
        _ => {
            return Err(PageError::Message(
                StatusCode::UNPROCESSABLE_ENTITY,
                lang::t("web-panel-err-channel"),
            ));
        }
    };
    match post::post_panel(&core, ctx.guild, p.id, channel).await {
        Ok(_) => {}
        Err(PostError::Internal(detail)) => {
            return Err(PageError::internal("cannot post a panel", &detail));
        }
        Err(e @ PostError::NoPanel) => {
            let text = e.message().render(lang::current());
            return Err(PageError::Message(StatusCode::NOT_FOUND, text));
        }
        Err(e) => {
            let text = e.message().render(lang::current());
            return Err(PageError::Message(StatusCode::BAD_GATEWAY, text));
        }
    }
    let detail = format!(
        "panel {:?} (#{}) posted in channel {channel}",
        p.draft.title,
        p.id.get()
    );
    ctx.audit(&core, "panel.send", detail).await;
    Ok(ctx.done("/panels", "sent"))
}
