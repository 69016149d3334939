//! `POST /servers/{guild}/settings/access`: the settings page's second form — the "Start
//! ticket" message menu (who, whether it adds the message's author, which panel), the ticket
//! permissions of openers and support staff, and thread mode's on-call role. The same rules as
//! `/setup start-ticket`, `/setup permissions` and `/setup on-call`.

use axum::extract::State;
use axum::response::Response;

use super::{GuildCtx, GuildForm, Pickers};
use crate::domain::levels::Level;
use crate::domain::permissions::Permissions;
use crate::domain::settings::GuildSettings;
use crate::domain::ticket_permissions::{self, SWITCHES};
use crate::ids::{PanelId, RoleId};
use crate::services::AppCore;
use crate::store::{on_call, panels, settings};
use crate::web::AppState;
use crate::web::error::{OrFail, PageError};
use crate::web::form::Fields;

/// One permission switch as the form shows it.
pub struct Switch {
    pub name: &'static str,
    /// What it allows, in the visitor's language.
    pub label: String,
    pub opener: bool,
    pub support: bool,
}

/// The access form as shown: from the saved settings, or as typed when refused.
pub struct AccessShown {
    pub start_level: String,
    pub start_add_author: bool,
    pub start_panel: String,
    /// The guild's panels: (id, title).
    pub panels: Vec<(String, String)>,
    pub switches: Vec<Switch>,
    pub on_call_role: String,
}

fn switches(opener: Permissions, support: Permissions) -> Vec<Switch> {
    SWITCHES
        .iter()
        .map(|(name, label, p)| Switch {
            name,
            label: label_of(name, label),
            opener: !opener.contains(*p),
            support: !support.contains(*p),
        })
        .collect()
}

/// A switch's label in the visitor's language (`english`, the domain's, for one the catalog
/// does not know).
fn label_of(name: &str, english: &str) -> String {
    let id = match name {
        "attach_files" => "web-settings-permission-attach-files",
        "embed_links" => "web-settings-permission-embed-links",
        "add_reactions" => "web-settings-permission-add-reactions",
        "external_emoji" => "web-settings-permission-external-emoji",
        "external_stickers" => "web-settings-permission-external-stickers",
        "voice_messages" => "web-settings-permission-voice-messages",
        _ => return english.to_owned(),
    };
    crate::web::lang::t(id)
}

async fn panel_list(core: &AppCore, ctx: &GuildCtx) -> Result<Vec<(String, String)>, PageError> {
    Ok(panels::list(&core.db, ctx.guild)
        .await
        .or_fail("cannot list panels")?
        .into_iter()
        .map(|p| (p.id.get().to_string(), p.draft.title))
        .collect())
}

impl AccessShown {
    /// The saved settings.
    pub async fn load(
        core: &AppCore,
        ctx: &GuildCtx,
        s: &GuildSettings,
    ) -> Result<Self, PageError> {
        let role = on_call::role(&core.db, ctx.guild)
            .await
            .or_fail("cannot load the on-call role")?;
        Ok(Self {
            start_level: s.start_ticket_level.as_str().to_owned(),
            start_add_author: s.start_ticket_add_author,
            start_panel: s
                .start_ticket_panel
                .map(|p| p.get().to_string())
                .unwrap_or_default(),
            panels: panel_list(core, ctx).await?,
            switches: switches(s.opener_denied, s.support_denied),
            on_call_role: role.map(|r| r.to_string()).unwrap_or_default(),
        })
    }

    /// As typed.
    async fn typed(core: &AppCore, ctx: &GuildCtx, f: &Fields) -> Result<Self, PageError> {
        Ok(Self {
            start_level: f.get("start_ticket_level").to_owned(),
            start_add_author: !f.get("start_ticket_add_author").is_empty(),
            start_panel: f.get("start_ticket_panel").to_owned(),
            panels: panel_list(core, ctx).await?,
            switches: switches(denied(f, "opener_"), denied(f, "support_")),
            on_call_role: f.get("on_call_role").to_owned(),
        })
    }
}

/// The permissions whose `<prefix><name>` box is not ticked.
fn denied(f: &Fields, prefix: &str) -> Permissions {
    SWITCHES
        .iter()
        .filter(|(name, _, _)| f.get(&format!("{prefix}{name}")).is_empty())
        .fold(Permissions::NONE, |d, (_, _, p)| d.union(*p))
}

/// What the form asks for, checked.
struct Access {
    level: Level,
    add_author: bool,
    panel: Option<PanelId>,
    opener_denied: Permissions,
    support_denied: Permissions,
    on_call_role: Option<RoleId>,
}

fn parse(f: &Fields, panels: &[(String, String)], pick: &Pickers) -> Result<Access, String> {
    let level = Level::parse(f.get("start_ticket_level"))
        .ok_or_else(|| crate::web::lang::t("web-settings-start-ticket-level-invalid"))?;
    let panel = match f.get("start_ticket_panel").trim() {
        "" => None,
        raw if panels.iter().any(|(id, _)| id == raw) => raw.parse().ok().map(PanelId::new),
        _ => {
            return Err(crate::web::lang::t(
                "web-settings-start-ticket-panel-invalid",
            ));
        }
    };
    let on_call_role = match f.get("on_call_role").trim() {
        "" => None,
        raw if pick.has_role(raw) => raw.parse().ok().map(RoleId::new),
        _ => return Err(crate::web::lang::t("web-settings-on-call-role-invalid")),
    };
    Ok(Access {
        level,
        add_author: !f.get("start_ticket_add_author").is_empty(),
        panel,
        opener_denied: denied(f, "opener_"),
        support_denied: denied(f, "support_"),
        on_call_role,
    })
}

pub async fn save(
    State(core): State<AppState>,
    GuildForm { ctx, form: f }: GuildForm,
) -> Result<Response, PageError> {
    let pick = Pickers::load(&core, ctx.guild).await?;
    let panels = panel_list(&core, &ctx).await?;
    let refuse = |message: String| {
        let (core, ctx, f) = (&core, &ctx, &f);
        async move {
            let typed = AccessShown::typed(core, ctx, f).await?;
            super::settings::refused(core, ctx, message, None, Some(typed)).await
        }
    };
    let access = match parse(&f, &panels, &pick) {
        Ok(a) => a,
        Err(message) => return refuse(message).await,
    };
    // The on-call role first: a role ticketbox could not hand out is refused, nothing saved.
    let current_role = on_call::role(&core.db, ctx.guild)
        .await
        .or_fail("cannot load the on-call role")?;
    if access.on_call_role != current_role {
        let chosen = crate::services::on_call::choose_role(&core, ctx.guild, access.on_call_role)
            .await
            .map_err(|e| PageError::internal("cannot set the on-call role", &e))?;
        if let Err(message) = chosen {
            return refuse(crate::web::lang::render(&message)).await;
        }
    }
    let saved = settings::update(&core.db, ctx.guild, core.clock.now(), move |s| {
        s.start_ticket_level = access.level;
        s.start_ticket_add_author = access.add_author;
        s.start_ticket_panel = access.panel;
        s.opener_denied = access.opener_denied;
        s.support_denied = access.support_denied;
    })
    .await
    .or_fail("cannot save settings")?;
    ctx.audit(
        &core,
        "settings.access",
        format!(
            "start ticket {} (adds author {}, panel {}), openers: {}, support staff: {}, on-call role {}",
            saved.start_ticket_level.as_str(),
            saved.start_ticket_add_author,
            saved
                .start_ticket_panel
                .map_or_else(|| "none".to_owned(), |p| p.get().to_string()),
            ticket_permissions::describe(saved.opener_denied),
            ticket_permissions::describe(saved.support_denied),
            access
                .on_call_role
                .map_or_else(|| "made by ticketbox".to_owned(), |r| r.to_string()),
        ),
    )
    .await;
    Ok(ctx.done("/settings", "saved"))
}
