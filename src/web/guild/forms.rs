//! `GET|POST /servers/{guild}/forms`: the forms builder (admins). A form is up to five
//! questions asked in a modal before a panel opens a ticket; panels pick their form in the
//! panel editor. One POST with an `action`: create, add_input, edit_input,
//! move_up, move_down, remove_input, delete.

use askama::Template;
use axum::http::StatusCode;
use axum::response::Response;

use super::action::ActionPage;
use super::{Change, GuildCtx, Outcome, internal};
use crate::domain::form_questions::{
    ChannelKind, MAX_OPTIONS, QuestionKind, SelectOption, parse_channel_kinds,
};
use crate::domain::forms::{Form, FormInput, InputStyle, MAX_INPUTS, validate_title};
use crate::ids::FormId;
use crate::services::AppCore;
use crate::services::forms::{QuestionError, add_question, edit_question};
use crate::store::forms;
use crate::web::error::{OrFail, PageError};
use crate::web::form::Fields;
use crate::web::lang;
use crate::web::view::{self, Chrome, Tab};

#[derive(Template)]
#[template(path = "guild/forms.html")]
struct Page {
    chrome: Chrome,
    forms: Vec<Form>,
    max_inputs: usize,
    kinds: [QuestionKind; 6],
    channel_kinds: [ChannelKind; 7],
    /// Empty option rows under a question's options, for adding some.
    blank_rows: usize,
    /// The add form's starting values.
    blank: FormInput,
}

/// How the page names a kind of question or of channel, in the visitor's language (the
/// template calls `kind.wording()`).
trait Wording {
    fn wording(self) -> String;
}

impl Wording for QuestionKind {
    fn wording(self) -> String {
        lang::t(match self {
            Self::Text => "web-forms-kind-text",
            Self::Choice => "web-forms-kind-choice",
            Self::User => "web-forms-kind-user",
            Self::Role => "web-forms-kind-role",
            Self::Mentionable => "web-forms-kind-mentionable",
            Self::Channel => "web-forms-kind-channel",
        })
    }
}

impl Wording for ChannelKind {
    fn wording(self) -> String {
        lang::t(match self {
            Self::Text => "web-forms-channel-text",
            Self::Voice => "web-forms-channel-voice",
            Self::Category => "web-forms-channel-category",
            Self::Announcement => "web-forms-channel-announcement",
            Self::Thread => "web-forms-channel-thread",
            Self::Stage => "web-forms-channel-stage",
            Self::Forum => "web-forms-channel-forum",
        })
    }
}

/// The page for the shared action handlers ([`super::action`]).
pub struct FormsPage;

impl ActionPage for FormsPage {
    const TAB: Tab = Tab::Forms;

    async fn render(
        core: &AppCore,
        ctx: &GuildCtx,
        chrome: Chrome,
        status: StatusCode,
    ) -> Result<Response, PageError> {
        let forms = forms::list(&core.db, ctx.guild)
            .await
            .or_fail("cannot list forms")?;
        Ok(view::page(
            status,
            &Page {
                chrome,
                forms,
                max_inputs: MAX_INPUTS,
                kinds: QuestionKind::ALL,
                channel_kinds: ChannelKind::ALL,
                blank_rows: 3,
                blank: FormInput::text(""),
            },
        ))
    }

    async fn act(core: &AppCore, ctx: &GuildCtx, f: &Fields) -> Outcome {
        let db = &core.db;
        if f.get("action") == "create" {
            let title = f.get("title").trim().to_owned();
            validate_title(&title).map_err(|m| lang::render(&m))?;
            return match forms::create(db, ctx.guild, title.clone())
                .await
                .map_err(|e| internal("cannot change a form", &e))?
            {
                Some(_) => Ok(Change::new(
                    "form.create",
                    format!("form {title:?}"),
                    "created",
                )),
                None => Err(lang::t1(
                    "web-forms-err-title-taken",
                    "title",
                    format!("{title:?}"),
                )),
            };
        }
        let form: i64 = f
            .get("form")
            .parse()
            .map_err(|_| lang::t("web-forms-err-unknown-form"))?;
        let found = forms::get(db, ctx.guild, FormId::new(form))
            .await
            .map_err(|e| internal("cannot change a form", &e))?
            .ok_or_else(|| lang::t("web-forms-err-gone"))?;
        match f.get("action") {
            "add_input" => {
                let input = input_from(f)?;
                let label = input.label.clone();
                add_question(core, ctx.guild, &found, input)
                    .await
                    .map_err(refused)?;
                Ok(Change::new(
                    "form.add_input",
                    format!("{label:?} to form {:?}", found.title),
                    "added",
                ))
            }
            action @ ("remove_input" | "edit_input" | "move_up" | "move_down") => {
                change_input(core, ctx, &found, action, f).await
            }
            "delete" => {
                forms::delete(db, ctx.guild, found.id)
                    .await
                    .map_err(|e| internal("cannot change a form", &e))?;
                Ok(Change::new(
                    "form.delete",
                    format!("form {:?}", found.title),
                    "deleted",
                ))
            }
            _ => Err(lang::t("web-action-unknown")),
        }
    }
}

/// A typed length; `refusal` is the message id when it is no number.
fn length(raw: &str, refusal: &str) -> Result<Option<u16>, String> {
    match raw.trim() {
        "" => Ok(None),
        n => n.parse().map(Some).map_err(|_| lang::t(refusal)),
    }
}

fn refused(e: QuestionError) -> String {
    match e {
        QuestionError::Refused(message) => lang::render(&message),
        QuestionError::Store(e) => internal("cannot change a form", &e),
    }
}

/// A typed number of picks; `refusal` is the message id when it is no number.
fn picks(raw: &str, refusal: &str) -> Result<Option<u8>, String> {
    match raw.trim() {
        "" => Ok(None),
        n => n.parse().map(Some).map_err(|_| lang::t(refusal)),
    }
}

fn nonblank(raw: &str) -> Option<String> {
    Some(raw.trim().to_owned()).filter(|s| !s.is_empty())
}

/// The option rows of the question form: `opt_label`, `opt_value`, `opt_description`,
/// `opt_emoji` and `opt_order` once per row, `opt_remove` (the row's index) when ticked. Rows
/// are sorted by their order number (ties keep the page's order); blank rows are skipped; a
/// blank value is the label.
fn options_from(f: &Fields) -> Result<Vec<SelectOption>, String> {
    let labels = f.all("opt_label");
    let values = f.all("opt_value");
    let descriptions = f.all("opt_description");
    let emojis = f.all("opt_emoji");
    let orders = f.all("opt_order");
    let removed = f.all("opt_remove");
    let mut rows = Vec::new();
    for (i, label) in labels.iter().enumerate() {
        let field = |list: &[&str]| list.get(i).copied().unwrap_or_default().trim().to_owned();
        let (label, value) = (label.trim().to_owned(), field(&values));
        if removed.contains(&i.to_string().as_str()) || (label.is_empty() && value.is_empty()) {
            continue;
        }
        let order: i64 = match field(&orders).as_str() {
            "" => i64::MAX,
            n => n.parse().map_err(|_| {
                lang::t1("web-forms-err-option-order", "option", format!("{label:?}"))
            })?,
        };
        rows.push((
            order,
            SelectOption {
                value: if value.is_empty() {
                    label.clone()
                } else {
                    value
                },
                label,
                description: nonblank(&field(&descriptions)),
                emoji: nonblank(&field(&emojis)),
            },
        ));
    }
    if rows.len() > MAX_OPTIONS {
        return Err(lang::t1(
            "web-forms-err-too-many-options",
            "max",
            MAX_OPTIONS,
        ));
    }
    rows.sort_by_key(|(order, _)| *order);
    Ok(rows.into_iter().map(|(_, o)| o).collect())
}

/// The question fields of the add and edit forms. Every field is on the page whatever the
/// kind (no JavaScript), so only those of the chosen kind are read.
fn input_from(f: &Fields) -> Result<FormInput, String> {
    let kind = match f.get("kind") {
        "" => QuestionKind::Text,
        raw => QuestionKind::parse(raw).ok_or_else(|| lang::t("web-forms-err-kind"))?,
    };
    let mut input = FormInput {
        kind,
        description: nonblank(f.get("description")),
        required: f.checked("required"),
        placeholder: nonblank(f.get("placeholder")),
        ..FormInput::text(f.get("label").trim())
    };
    if kind == QuestionKind::Text {
        input.style =
            InputStyle::parse(f.get("style")).ok_or_else(|| lang::t("web-forms-err-style"))?;
        input.min_length = length(f.get("min_length"), "web-forms-err-min-length")?;
        input.max_length = length(f.get("max_length"), "web-forms-err-max-length")?;
    } else {
        input.min_values = picks(f.get("min_values"), "web-forms-err-min-picks")?;
        input.max_values = picks(f.get("max_values"), "web-forms-err-max-picks")?;
    }
    if kind == QuestionKind::Choice {
        input.options = options_from(f)?;
    }
    if kind == QuestionKind::Channel {
        input.channel_types =
            parse_channel_kinds(&f.all("channel_types").join(",")).map_err(|m| lang::render(&m))?;
    }
    input.validate().map_err(|m| lang::render(&m))?;
    Ok(input)
}

/// Removes, edits or moves one question. The question is named by its position and its label
/// as the page showed it: a second click, after the questions moved, changes nothing.
async fn change_input(
    core: &AppCore,
    ctx: &GuildCtx,
    form: &Form,
    action: &str,
    f: &Fields,
) -> Outcome {
    let db = &core.db;
    let shown = forms::Shown {
        position: f
            .get("position")
            .parse()
            .map_err(|_| lang::t("web-forms-err-unknown-question"))?,
        label: f.get("shown_label").to_owned(),
    };
    let label = shown.label.clone();
    let (done, audit, detail, said) = match action {
        "remove_input" => (
            forms::remove_input(db, ctx.guild, form.id, shown).await,
            "form.remove_input",
            format!("{label:?} from form {:?}", form.title),
            "removed",
        ),
        "edit_input" => {
            let input = input_from(f)?;
            let new_label = input.label.clone();
            let detail = format!("{label:?} of form {:?}, now {new_label:?}", form.title);
            edit_question(core, ctx.guild, form, shown, input)
                .await
                .map_err(refused)?;
            (Ok(true), "form.edit_input", detail, "saved")
        }
        _ => {
            let up = action == "move_up";
            (
                forms::move_input(db, ctx.guild, form.id, shown, up).await,
                "form.move_input",
                format!(
                    "{label:?} of form {:?} {}",
                    form.title,
                    if up { "up" } else { "down" }
                ),
                "moved",
            )
        }
    };
    if !done.map_err(|e| internal("cannot change a form", &e))? {
        return Err(lang::t("web-forms-err-question-moved"));
    }
    Ok(Change::new(audit, detail, said))
}
