//! Messages and components the ticket flows post: custom ids, the welcome message buttons,
//! the close log embed.

use poise::serenity_prelude as serenity;

use crate::domain::panels::{ButtonStyle, Panel};
use crate::ids::{PanelId, TicketId};

/// Custom id prefixes. Everything ticketbox puts on a component starts with `tb:`.
pub mod id {
    pub const OPEN_PANEL: &str = "tb:open:";
    pub const MULTI_SELECT: &str = "tb:multi:";
    pub const FORM: &str = "tb:form:";
    pub const CLOSE: &str = "tb:close";
    pub const CLOSE_CONFIRM: &str = "tb:close-confirm";
    pub const CLOSE_REASON: &str = "tb:close-reason";
    pub const CLOSE_REASON_MODAL: &str = "tb:close-reason-modal";
    pub const CLAIM: &str = "tb:claim";
    pub const JOIN: &str = "tb:join:";
    pub const CLOSE_REQUEST_ACCEPT: &str = "tb:cr-accept";
    pub const CLOSE_REQUEST_DENY: &str = "tb:cr-deny";
}

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
    let mut button = serenity::CreateButton::new(format!("{}{}", id::OPEN_PANEL, panel.id.get()))
        .label(panel.button_label.clone())
        .style(style(panel.button_style))
        .disabled(panel.disabled);
    if let Some(emoji) = panel.button_emoji.as_deref().and_then(parse_emoji) {
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

/// The panel message: an embed and its button.
pub fn panel_message(panel: &Panel) -> serenity::CreateMessage {
    serenity::CreateMessage::new()
        .embed(
            serenity::CreateEmbed::new()
                .title(panel.title.clone())
                .description(panel.content.clone())
                .colour(panel.colour),
        )
        .components(vec![serenity::CreateActionRow::Buttons(vec![
            panel_button(panel),
        ])])
}

/// A multi-panel message: one button per panel (rows of five), or one select menu.
pub fn multi_panel_message(
    multi: &crate::store::multi_panels::MultiPanel,
    panels: &[Panel],
) -> serenity::CreateMessage {
    let embed = serenity::CreateEmbed::new()
        .title(multi.title.clone())
        .description(multi.content.clone())
        .colour(multi.colour);
    let rows = if multi.select_menu {
        let options = panels
            .iter()
            .map(|p| {
                let mut option = serenity::CreateSelectMenuOption::new(
                    p.button_label.clone(),
                    p.id.get().to_string(),
                );
                if let Some(emoji) = p.button_emoji.as_deref().and_then(parse_emoji) {
                    option = option.emoji(emoji);
                }
                option.description(p.title.chars().take(100).collect::<String>())
            })
            .collect();
        vec![serenity::CreateActionRow::SelectMenu(
            serenity::CreateSelectMenu::new(
                format!("{}{}", id::MULTI_SELECT, multi.id.get()),
                serenity::CreateSelectMenuKind::String { options },
            )
            .placeholder("Choose what your ticket is about"),
        )]
    } else {
        panels
            .chunks(5)
            .map(|chunk| {
                serenity::CreateActionRow::Buttons(chunk.iter().map(panel_button).collect())
            })
            .collect()
    };
    serenity::CreateMessage::new().embed(embed).components(rows)
}

/// Close, Close with reason, Claim: the welcome message's buttons.
pub fn ticket_buttons(claimed: bool) -> Vec<serenity::CreateActionRow> {
    vec![serenity::CreateActionRow::Buttons(vec![
        serenity::CreateButton::new(id::CLOSE)
            .label("Close")
            .emoji('🔒')
            .style(serenity::ButtonStyle::Danger),
        serenity::CreateButton::new(id::CLOSE_REASON)
            .label("Close with reason")
            .emoji('🔒')
            .style(serenity::ButtonStyle::Danger),
        serenity::CreateButton::new(id::CLAIM)
            .label("Claim")
            .emoji('🙋')
            .style(serenity::ButtonStyle::Success)
            .disabled(claimed),
    ])]
}

/// The confirmation asked before the Close button closes.
pub fn close_confirmation() -> Vec<serenity::CreateActionRow> {
    vec![serenity::CreateActionRow::Buttons(vec![
        serenity::CreateButton::new(id::CLOSE_CONFIRM)
            .label("Close ticket")
            .style(serenity::ButtonStyle::Danger),
    ])]
}

/// The reason modal of "Close with reason".
pub fn close_reason_modal() -> serenity::CreateModal {
    serenity::CreateModal::new(id::CLOSE_REASON_MODAL, "Close ticket").components(vec![
        serenity::CreateActionRow::InputText(
            serenity::CreateInputText::new(serenity::InputTextStyle::Paragraph, "Reason", "reason")
                .max_length(1024)
                .required(true),
        ),
    ])
}

/// A panel's form as a modal; inputs are `q0`..`q4` by position.
pub fn form_modal(panel: PanelId, form: &crate::domain::forms::Form) -> serenity::CreateModal {
    let rows = form
        .inputs
        .iter()
        .enumerate()
        .map(|(position, input)| {
            let style = match input.style {
                crate::domain::forms::InputStyle::Short => serenity::InputTextStyle::Short,
                crate::domain::forms::InputStyle::Paragraph => serenity::InputTextStyle::Paragraph,
            };
            let mut text = serenity::CreateInputText::new(
                style,
                input.label.clone(),
                crate::domain::forms::answer_key(position, &input.label),
            )
            .required(input.required);
            if let Some(min) = input.min_length {
                text = text.min_length(min);
            }
            text = text.max_length(input.max_length.unwrap_or(crate::domain::forms::MAX_ANSWER));
            if let Some(placeholder) = &input.placeholder {
                text = text.placeholder(placeholder.clone());
            }
            serenity::CreateActionRow::InputText(text)
        })
        .collect();
    serenity::CreateModal::new(format!("{}{}", id::FORM, panel.get()), form.title.clone())
        .components(rows)
}

/// The "Join ticket" button of a thread-mode notification.
pub fn join_button(ticket: TicketId) -> Vec<serenity::CreateActionRow> {
    vec![serenity::CreateActionRow::Buttons(vec![
        serenity::CreateButton::new(format!("{}{}", id::JOIN, ticket.get()))
            .label("Join ticket")
            .style(serenity::ButtonStyle::Primary),
    ])]
}

/// Parses the panel id out of `tb:open:<id>` / `tb:form:<id>`.
pub fn panel_of(custom_id: &str, prefix: &str) -> Option<PanelId> {
    custom_id
        .strip_prefix(prefix)
        .and_then(|rest| rest.parse().ok())
        .map(PanelId::new)
}

/// An ephemeral message response.
pub fn ephemeral(text: impl Into<String>) -> serenity::CreateInteractionResponse {
    serenity::CreateInteractionResponse::Message(
        serenity::CreateInteractionResponseMessage::new()
            .content(text)
            .ephemeral(true),
    )
}
