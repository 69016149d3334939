//! Messages and components the ticket flows post: custom ids, the welcome message buttons,
//! the close log embed.

use poise::serenity_prelude as serenity;

use crate::domain::components::ComponentId;
use crate::domain::embeds::EmbedSpec;
use crate::domain::panels::{ButtonStyle, Panel};
use crate::i18n::Lang;
use crate::ids::TicketId;
use crate::msg;

pub fn style(style: ButtonStyle) -> serenity::ButtonStyle {
    match style {
        ButtonStyle::Primary => serenity::ButtonStyle::Primary,
        ButtonStyle::Secondary => serenity::ButtonStyle::Secondary,
        ButtonStyle::Success => serenity::ButtonStyle::Success,
        ButtonStyle::Danger => serenity::ButtonStyle::Danger,
    }
}

/// The button that opens a ticket from a panel.
pub fn panel_button(panel: &Panel) -> serenity::CreateButton {
    let mut button = serenity::CreateButton::new(ComponentId::OpenPanel(panel.id).to_string())
        .label(panel.draft.button_label.clone())
        .style(style(panel.draft.button_style))
        .disabled(panel.draft.disabled);
    if let Some(emoji) = panel.draft.button_emoji.as_deref().and_then(parse_emoji) {
        button = button.emoji(emoji);
    }
    button
}

/// A unicode emoji, or a custom one written `<:name:id>` / `<a:name:id>`.
pub fn parse_emoji(raw: &str) -> Option<serenity::ReactionType> {
    let raw = raw.trim();
    // serenity takes any text for a unicode emoji; Discord would refuse the button.
    if !crate::domain::panels::is_emoji(raw) {
        return None;
    }
    serenity::ReactionType::try_from(raw).ok()
}

/// `spec` as Discord's embed, clipped to Discord's limits first; parts left empty are left
/// out (Discord refuses an empty title or field).
pub fn embed(spec: &EmbedSpec) -> serenity::CreateEmbed {
    let spec = spec.clipped();
    let set = |s: &str| Some(s.trim()).filter(|s| !s.is_empty()).map(str::to_owned);
    let mut e = serenity::CreateEmbed::new();
    if let Some(title) = set(&spec.title) {
        e = e.title(title);
    }
    if let Some(description) = set(&spec.description) {
        e = e.description(description);
    }
    if let Some(url) = set(&spec.url) {
        e = e.url(url);
    }
    if let Some(colour) = spec.colour {
        e = e.colour(colour);
    }
    if let Some(name) = set(&spec.author_name) {
        let mut author = serenity::CreateEmbedAuthor::new(name);
        if let Some(icon) = set(&spec.author_icon_url) {
            author = author.icon_url(icon);
        }
        if let Some(url) = set(&spec.author_url) {
            author = author.url(url);
        }
        e = e.author(author);
    }
    if let Some(image) = set(&spec.image_url) {
        e = e.image(image);
    }
    if let Some(thumbnail) = set(&spec.thumbnail_url) {
        e = e.thumbnail(thumbnail);
    }
    if let Some(text) = set(&spec.footer_text) {
        let mut footer = serenity::CreateEmbedFooter::new(text);
        if let Some(icon) = set(&spec.footer_icon_url) {
            footer = footer.icon_url(icon);
        }
        e = e.footer(footer);
    }
    if spec.timestamp {
        e = e.timestamp(serenity::Timestamp::now());
    }
    e.fields(
        spec.fields
            .iter()
            .map(|f| (f.name.clone(), f.value.clone(), f.inline)),
    )
}

/// The panel message: an embed and its button.
pub fn panel_message(panel: &Panel) -> serenity::CreateMessage {
    serenity::CreateMessage::new()
        .embed(embed(&panel.draft.panel_embed()))
        .components(vec![serenity::CreateActionRow::Buttons(vec![
            panel_button(panel),
        ])])
}

/// A multi-panel message: one button per panel (rows of five), or one select menu, with the
/// multi-panel's embed and each entry's label, description and emoji overrides. `lang`: the
/// server's, for the select menu's built-in placeholder.
pub fn multi_panel_message(
    multi: &crate::store::multi_panels::MultiPanel,
    panels: &[Panel],
    lang: Lang,
) -> serenity::CreateMessage {
    let look = &multi.look;
    let embed = embed(&look.message_embed(&multi.title, &multi.content, multi.colour));
    let entry = |p: &Panel| {
        look.entry(
            p.id.get(),
            &p.draft.button_label,
            p.draft.button_emoji.as_deref(),
            &p.draft.title,
        )
    };
    let rows = if multi.select_menu {
        let options = panels
            .iter()
            .map(|p| {
                let (label, emoji, description) = entry(p);
                let mut option =
                    serenity::CreateSelectMenuOption::new(label, p.id.get().to_string());
                if let Some(emoji) = emoji.as_deref().and_then(parse_emoji) {
                    option = option.emoji(emoji);
                }
                option.description(description.chars().take(100).collect::<String>())
            })
            .collect();
        let placeholder = if look.placeholder.trim().is_empty() {
            msg!("panel-select-placeholder").render(lang)
        } else {
            look.placeholder.trim().to_owned()
        };
        vec![serenity::CreateActionRow::SelectMenu(
            serenity::CreateSelectMenu::new(
                ComponentId::MultiSelect(multi.id).to_string(),
                serenity::CreateSelectMenuKind::String { options },
            )
            .placeholder(placeholder),
        )]
    } else {
        panels
            .chunks(5)
            .map(|chunk| {
                serenity::CreateActionRow::Buttons(
                    chunk
                        .iter()
                        .map(|p| {
                            let (label, emoji, _) = entry(p);
                            let mut button = panel_button(p).label(label);
                            if let Some(emoji) = emoji.as_deref().and_then(parse_emoji) {
                                button = button.emoji(emoji);
                            }
                            button
                        })
                        .collect(),
                )
            })
            .collect()
    };
    serenity::CreateMessage::new().embed(embed).components(rows)
}

/// Close, Close with reason, Claim: the welcome message's buttons.
/// The welcome message's buttons the server shows; no row at all when it hides every one
/// (Discord refuses an empty action row).
pub fn ticket_buttons(
    shown: crate::domain::settings::WelcomeButtons,
    claimed: bool,
    lang: Lang,
) -> Vec<serenity::CreateActionRow> {
    let mut buttons = Vec::new();
    if shown.close {
        buttons.push(
            serenity::CreateButton::new(ComponentId::Close.to_string())
                .label(msg!("button-close").render(lang))
                .emoji('🔒')
                .style(serenity::ButtonStyle::Danger),
        );
    }
    if shown.close_with_reason {
        buttons.push(
            serenity::CreateButton::new(ComponentId::CloseReason.to_string())
                .label(msg!("button-close-with-reason").render(lang))
                .emoji('🔒')
                .style(serenity::ButtonStyle::Danger),
        );
    }
    if shown.claim {
        buttons.push(
            serenity::CreateButton::new(ComponentId::Claim.to_string())
                .label(msg!("button-claim").render(lang))
                .emoji('🙋')
                .style(serenity::ButtonStyle::Success)
                .disabled(claimed),
        );
    }
    if buttons.is_empty() {
        Vec::new()
    } else {
        vec![serenity::CreateActionRow::Buttons(buttons)]
    }
}

/// The confirmation asked before the Close button closes.
pub fn close_confirmation(lang: Lang) -> Vec<serenity::CreateActionRow> {
    vec![serenity::CreateActionRow::Buttons(vec![
        serenity::CreateButton::new(ComponentId::CloseConfirm.to_string())
            .label(msg!("button-close-ticket").render(lang))
            .style(serenity::ButtonStyle::Danger),
    ])]
}

/// The "Join ticket" button of a thread-mode notification.
pub fn join_button(ticket: TicketId, lang: Lang) -> Vec<serenity::CreateActionRow> {
    vec![serenity::CreateActionRow::Buttons(vec![
        serenity::CreateButton::new(ComponentId::Join(ticket).to_string())
            .label(msg!("button-join-ticket").render(lang))
            .style(serenity::ButtonStyle::Primary),
    ])]
}

/// An ephemeral message response.
pub fn ephemeral(text: impl Into<String>) -> serenity::CreateInteractionResponse {
    serenity::CreateInteractionResponse::Message(
        serenity::CreateInteractionResponseMessage::new()
            .content(text)
            .ephemeral(true),
    )
}
