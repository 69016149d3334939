//! `GET|POST /servers/{guild}/forms`: the forms builder (admins). A form is up to five
//! questions asked in a modal before a panel opens a ticket; panels pick their form in the
//! panel editor. One POST with an `action`: create, add_input, edit_input,
//! move_up, move_down, remove_input, delete.

use askama::Template;
use axum::http::StatusCode;
use axum::response::Response;

use super::action::ActionPage;
use super::{Change, GuildCtx, Outcome, internal};
use crate::domain::forms::{Form, FormInput, InputStyle, MAX_INPUTS, validate_title};
use crate::ids::FormId;
use crate::services::AppCore;
use crate::store::forms::{self, InputAdded};
use crate::web::error::{OrFail, PageError};
use crate::web::form::Fields;
use crate::web::view::{self, Chrome, Tab};

#[derive(Template)]
#[template(path = "guild/forms.html")]
struct Page {
    chrome: Chrome,
    forms: Vec<Form>,
    max_inputs: usize,
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
            },
        ))
    }

    async fn act(core: &AppCore, ctx: &GuildCtx, f: &Fields) -> Outcome {
        let db = &core.db;
        if f.get("action") == "create" {
            let title = f.get("title").trim().to_owned();
            validate_title(&title)?;
            return match forms::create(db, ctx.guild, title.clone())
                .await
                .map_err(|e| internal("cannot change a form", &e))?
            {
                Some(_) => Ok(Change::new(
                    "form.create",
                    format!("form {title:?}"),
                    "created",
                )),
                None => Err(format!("A form called {title:?} already exists.")),
            };
        }
        let form: i64 = f.get("form").parse().map_err(|_| "Unknown form.")?;
        let found = forms::get(db, ctx.guild, FormId::new(form))
            .await
            .map_err(|e| internal("cannot change a form", &e))?
            .ok_or("That form does not exist (any more).")?;
        match f.get("action") {
            "add_input" => {
                let input = input_from(f)?;
                let label = input.label.clone();
                match forms::add_input(db, ctx.guild, found.id, input)
                    .await
                    .map_err(|e| internal("cannot change a form", &e))?
                {
                    InputAdded::Added => {}
                    InputAdded::Full => {
                        return Err(format!(
                            "A form holds at most {MAX_INPUTS} questions (Discord's limit)."
                        ));
                    }
                    InputAdded::NoSuchForm => {
                        return Err("That form does not exist (any more).".into());
                    }
                    InputAdded::Duplicate => {
                        return Err(format!("This form already asks {label:?}."));
                    }
                }
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
            _ => Err("Unknown action.".to_owned()),
        }
    }
}

fn length(raw: &str, what: &str) -> Result<Option<u16>, String> {
    match raw.trim() {
        "" => Ok(None),
        n => n
            .parse()
            .map(Some)
            .map_err(|_| format!("The {what} length must be a number.")),
    }
}

/// The question fields of the add and edit forms.
fn input_from(f: &Fields) -> Result<FormInput, String> {
    let input = FormInput {
        label: f.get("label").trim().to_owned(),
        style: InputStyle::parse(f.get("style")).ok_or("Pick short or paragraph.")?,
        required: f.checked("required"),
        min_length: length(f.get("min_length"), "minimum")?,
        max_length: length(f.get("max_length"), "maximum")?,
        placeholder: Some(f.get("placeholder").trim().to_owned()).filter(|p| !p.is_empty()),
    };
    input.validate()?;
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
        position: f.get("position").parse().map_err(|_| "Unknown question.")?,
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
            let updated = forms::update_input(db, ctx.guild, form.id, shown, input)
                .await
                .map_err(|e| internal("cannot change a form", &e))?;
            if updated == forms::InputUpdated::Duplicate {
                return Err(format!("This form already asks {new_label:?}."));
            }
            (
                Ok(updated == forms::InputUpdated::Saved),
                "form.edit_input",
                detail,
                "saved",
            )
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
        return Err("That question was removed or moved: reload the page.".to_owned());
    }
    Ok(Change::new(audit, detail, said))
}
