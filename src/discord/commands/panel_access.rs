//! `/panel access`: a panel's access rules (TicketsBot's access control) — which roles may
//! open tickets from it. The dashboard's panel editor sets the same; the domain checks both.

use poise::serenity_prelude as serenity;

use super::{Context, Error, admin, say};
use crate::discord::tickets::user_error;
use crate::domain::access_rules::{self, AccessRule, MAX_RULES};
use crate::ids::RoleId;
use crate::msg;
use crate::store::panels;

/// What `/panel access` does with the role's rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, poise::ChoiceParameter)]
pub enum RuleChoice {
    #[name = "allow"]
    Allow,
    #[name = "deny"]
    Deny,
    #[name = "remove"]
    Remove,
}

/// Sets who may open tickets from a panel: the first rule whose role a member has decides.
#[poise::command(slash_command, guild_only)]
pub async fn access(
    ctx: Context<'_>,
    #[description = "The panel's title"] title: String,
    #[description = "The role (@everyone for all other members)"] role: serenity::Role,
    #[description = "Allow or deny members with the role, or remove its rule"]
    #[rename = "rule"]
    choice: RuleChoice,
    #[description = "Where in the order (1 = checked first; default: last)"]
    #[min = 1]
    #[max = 15]
    position: Option<usize>,
) -> Result<(), Error> {
    let guild = admin(ctx).await?;
    let db = &ctx.data().core.db;
    let panel = super::panel::find(ctx, guild, &title).await?;
    let everyone = RoleId::new(guild.get());
    let role_id = RoleId::new(role.id.get());
    let mut draft = panel.draft;
    draft.access_rules.retain(|r| r.role != role_id);
    if choice != RuleChoice::Remove {
        let at = position.map_or(draft.access_rules.len(), |p| {
            (p - 1).min(draft.access_rules.len())
        });
        draft.access_rules.insert(
            at,
            AccessRule {
                role: role_id,
                allow: choice == RuleChoice::Allow,
            },
        );
    }
    let name = |r: RoleId| {
        if r == everyone {
            "@everyone".to_owned()
        } else {
            format!("<@&{r}>")
        }
    };
    access_rules::validate(&draft.access_rules, everyone, name).map_err(user_error)?;
    draft.validate().map_err(user_error)?;
    let rules = draft.access_rules.clone();
    panels::update(db, guild, panel.id, draft, None).await?;
    let lang = super::reply_lang(ctx).await;
    let listed: Vec<String> = rules
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let line = if r.allow {
                msg!(
                    "panel-access-rule-allow",
                    position = i + 1,
                    role = name(r.role)
                )
            } else {
                msg!(
                    "panel-access-rule-deny",
                    position = i + 1,
                    role = name(r.role)
                )
            };
            line.render(lang)
        })
        .collect();
    say(
        ctx,
        if listed.is_empty() {
            msg!("panel-access-none", title = &title)
        } else {
            msg!(
                "panel-access-rules",
                title = &title,
                max = MAX_RULES,
                rules = listed.join("\n")
            )
        },
    )
    .await
}
