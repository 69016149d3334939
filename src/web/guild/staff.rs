//! `GET|POST /servers/{guild}/staff`: admins and support entries, support teams and the
//! blacklist (admins). One POST with an `action` field; the same rules as the slash commands
//! (staff cannot be blacklisted).

use std::collections::HashMap;

use askama::Template;
use axum::http::StatusCode;
use axum::response::Response;

use super::action::ActionPage;
use super::tickets::{name_of, names_looked_up};
use super::transcripts::{Who, member_named};
use super::{Change, GuildCtx, Outcome, Pickers, internal};
use crate::domain::levels::{Level, Target};
use crate::ids::{RoleId, TeamId, UserId};
use crate::services::AppCore;
use crate::store::staff;
use crate::web::error::{OrFail, PageError};
use crate::web::form::Fields;
use crate::web::view::{self, Chrome, Tab};

/// A user or role as the page shows it, with the value that names it in a form.
pub struct Shown {
    pub value: String,
    pub label: String,
}

pub struct TeamShown {
    pub id: String,
    pub name: String,
    pub members: Vec<Shown>,
}

#[derive(Template)]
#[template(path = "guild/staff.html")]
struct Page {
    chrome: Chrome,
    admins: Vec<Shown>,
    support: Vec<Shown>,
    teams: Vec<TeamShown>,
    blacklist: Vec<Shown>,
    roles: Vec<(String, String)>,
}

fn value(t: Target) -> String {
    match t {
        Target::User(u) => format!("user:{u}"),
        Target::Role(r) => format!("role:{r}"),
    }
}

fn parse_value(raw: &str) -> Option<Target> {
    let (kind, id) = raw.split_once(':')?;
    let id: u64 = id.parse().ok()?;
    match kind {
        "user" => Some(Target::User(UserId::new(id))),
        "role" => Some(Target::Role(RoleId::new(id))),
        _ => None,
    }
}

fn shown(t: Target, users: &HashMap<UserId, String>, roles: &[(String, String)]) -> Shown {
    let label = match t {
        Target::User(u) => name_of(users, u),
        Target::Role(r) => roles
            .iter()
            .find(|(id, _)| *id == r.to_string())
            .map_or_else(
                || crate::web::lang::t1("web-staff-deleted-role", "id", r),
                |(_, n)| format!("@{n}"),
            ),
    };
    Shown {
        value: value(t),
        label,
    }
}

/// The page for the shared action handlers ([`super::action`]).
pub struct StaffPage;

impl ActionPage for StaffPage {
    const TAB: Tab = Tab::Staff;

    async fn render(
        core: &AppCore,
        ctx: &GuildCtx,
        chrome: Chrome,
        status: StatusCode,
    ) -> Result<Response, PageError> {
        let pick = Pickers::load(core, ctx.guild).await?;
        // The staff entries and the blacklist come with the access facts.
        let (teams, facts, reasons) = tokio::try_join!(
            staff::teams(&core.db, ctx.guild),
            staff::access_facts(&core.db, ctx.guild),
            staff::blacklist_reasons(&core.db, ctx.guild)
        )
        .or_fail("cannot load staff")?;
        let entries = &facts.staff;
        let mut users: Vec<UserId> = Vec::new();
        let mut note = |t: &Target| {
            if let Target::User(u) = t {
                users.push(*u);
            }
        };
        for t in entries
            .iter()
            .map(|e| &e.target)
            .chain(teams.iter().flat_map(|t| &t.members))
            .chain(&facts.blacklist)
        {
            note(t);
        }
        let users = names_looked_up(core, ctx.guild, users).await?;
        let level = |l: Level| {
            entries
                .iter()
                .filter(|e| e.level == l)
                .map(|e| shown(e.target, &users, &pick.roles))
                .collect()
        };
        Ok(view::page(
            status,
            &Page {
                chrome,
                admins: level(Level::Admin),
                support: level(Level::Support),
                teams: teams
                    .iter()
                    .map(|t| TeamShown {
                        id: t.id.get().to_string(),
                        name: t.name.clone(),
                        members: t
                            .members
                            .iter()
                            .map(|m| shown(*m, &users, &pick.roles))
                            .collect(),
                    })
                    .collect(),
                blacklist: facts
                    .blacklist
                    .iter()
                    .map(|t| {
                        let mut s = shown(*t, &users, &pick.roles);
                        if let Some(reason) = reasons.get(t) {
                            s.label = format!("{} — {reason}", s.label);
                        }
                        s
                    })
                    .collect(),
                roles: pick.roles,
            },
        ))
    }

    async fn act(core: &AppCore, ctx: &GuildCtx, f: &Fields) -> Outcome {
        match f.get("action") {
            "add_staff" | "remove_staff" => act_staff(core, ctx, f).await,
            "create_team" | "team_add" | "team_remove" | "delete_team" => {
                act_team(core, ctx, f).await
            }
            "blacklist_add" | "blacklist_remove" => act_blacklist(core, ctx, f).await,
            _ => Err(crate::web::lang::t("web-staff-unknown-action")),
        }
    }
}

/// The user or role a form names: a picked role (`role`), or a member typed by name or ID
/// (`member`).
async fn target(core: &AppCore, ctx: &GuildCtx, f: &Fields) -> Result<Target, String> {
    let role = f.get("role").trim();
    let member = f.get("member").trim();
    match (role.is_empty(), member.is_empty()) {
        (false, true) => {
            let pick = Pickers::load(core, ctx.guild)
                .await
                .map_err(|_| crate::web::lang::t("web-staff-roles-unavailable"))?;
            match role.parse::<u64>() {
                Ok(id) if pick.has_role(role) => Ok(Target::Role(RoleId::new(id))),
                _ => Err(crate::web::lang::t("web-staff-pick-role")),
            }
        }
        (true, false) => member_named(core, ctx.guild, member, Who::Member)
            .await
            .map(Target::User),
        _ => Err(crate::web::lang::t("web-staff-role-or-member")),
    }
}

async fn act_staff(core: &AppCore, ctx: &GuildCtx, f: &Fields) -> Outcome {
    let (db, guild) = (&core.db, ctx.guild);
    if f.get("action") == "add_staff" {
        let level = match f.get("level") {
            "admin" => Level::Admin,
            "support" => Level::Support,
            _ => return Err(crate::web::lang::t("web-staff-pick-level")),
        };
        let t = target(core, ctx, f).await?;
        staff::add_staff(db, guild, t, level, ctx.user(), core.clock.now())
            .await
            .map_err(|e| internal("cannot change staff", &e))?;
        return Ok(
            Change::new("staff.add", format!("{} as {level:?}", value(t)), "added").about(t),
        );
    }
    let t = parse_value(f.get("target"))
        .ok_or_else(|| crate::web::lang::t("web-staff-unknown-entry"))?;
    let level = if f.get("level") == "admin" {
        Level::Admin
    } else {
        Level::Support
    };
    if t == Target::User(ctx.user()) && level == Level::Admin {
        return Err(crate::web::lang::t("web-staff-own-admin"));
    }
    staff::remove_staff(db, guild, t, level)
        .await
        .map_err(|e| internal("cannot change staff", &e))?;
    Ok(Change::new(
        "staff.remove",
        format!("{} as {level:?}", value(t)),
        "removed",
    )
    .about(t))
}

async fn act_team(core: &AppCore, ctx: &GuildCtx, f: &Fields) -> Outcome {
    let (db, guild) = (&core.db, ctx.guild);
    if f.get("action") == "create_team" {
        let name = f.get("name").trim();
        if name.is_empty() || name.chars().count() > 100 {
            return Err(crate::web::lang::t("web-staff-team-name"));
        }
        staff::ensure_team(db, guild, name.to_owned())
            .await
            .map_err(|e| internal("cannot change staff", &e))?;
        return Ok(Change::new(
            "team.create",
            format!("team {name:?}"),
            "created",
        ));
    }
    let team = team_of(core, ctx, f.get("team")).await?;
    match f.get("action") {
        "team_add" => {
            let t = target(core, ctx, f).await?;
            staff::add_team_member(db, team, t)
                .await
                .map_err(|e| internal("cannot change staff", &e))?;
            Ok(Change::new(
                "team.add",
                format!("{} to team {}", value(t), team.get()),
                "added",
            )
            .about(t))
        }
        "team_remove" => {
            let t = parse_value(f.get("target"))
                .ok_or_else(|| crate::web::lang::t("web-staff-unknown-entry"))?;
            staff::remove_team_member(db, guild, team, t)
                .await
                .map_err(|e| internal("cannot change staff", &e))?;
            Ok(Change::new(
                "team.remove",
                format!("{} from team {}", value(t), team.get()),
                "removed",
            )
            .about(t))
        }
        _ => {
            staff::delete_team(db, guild, team, core.clock.now())
                .await
                .map_err(|e| internal("cannot change staff", &e))?;
            Ok(Change::new(
                "team.delete",
                format!("team {}", team.get()),
                "deleted",
            ))
        }
    }
}

async fn act_blacklist(core: &AppCore, ctx: &GuildCtx, f: &Fields) -> Outcome {
    let (db, guild) = (&core.db, ctx.guild);
    let listed = staff::access_facts(db, guild)
        .await
        .map_err(|e| internal("cannot change staff", &e))?
        .blacklist;
    if f.get("action") == "blacklist_remove" {
        let t = parse_value(f.get("target"))
            .ok_or_else(|| crate::web::lang::t("web-staff-unknown-entry"))?;
        if listed.contains(&t) {
            staff::toggle_blacklist(db, guild, t, ctx.user(), None, core.clock.now())
                .await
                .map_err(|e| internal("cannot change staff", &e))?;
        }
        return Ok(Change::new("blacklist.remove", value(t), "unblacklisted").about(t));
    }
    let t = target(core, ctx, f).await?;
    let reason = crate::domain::settings::blacklist_reason(Some(f.get("reason")))
        .map_err(|m| crate::web::lang::render(&m))?;
    let is_staff = match t {
        Target::User(u) => crate::services::facts::level_of(core, guild, u)
            .await
            .map(|l| l >= Level::Support),
        Target::Role(r) => crate::services::facts::role_is_staff(core, guild, r).await,
    }
    .map_err(|e| internal("cannot change staff", &e))?;
    if is_staff {
        return Err(crate::web::lang::t("web-staff-staff-not-blacklisted"));
    }
    if listed.contains(&t) {
        return Err(crate::web::lang::t("web-staff-already-blacklisted"));
    }
    let detail = match &reason {
        Some(r) => format!("{} ({r})", value(t)),
        None => value(t),
    };
    staff::toggle_blacklist(db, guild, t, ctx.user(), reason, core.clock.now())
        .await
        .map_err(|e| internal("cannot change staff", &e))?;
    Ok(Change::new("blacklist.add", detail, "blacklisted").about(t))
}

async fn team_of(core: &AppCore, ctx: &GuildCtx, raw: &str) -> Result<TeamId, String> {
    let teams = staff::teams(&core.db, ctx.guild)
        .await
        .map_err(|e| internal("cannot list teams", &e))?;
    teams
        .iter()
        .find(|t| t.id.get().to_string() == raw)
        .map(|t| t.id)
        .ok_or_else(|| crate::web::lang::t("web-staff-no-such-team"))
}
