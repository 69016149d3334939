//! Ticket labels: names with a colour a server defines (`billing`, `urgent`), put on tickets by
//! staff with `/label add` and shown in the ticket lists, their filters and transcript headers.
//! Names are compared without case and kept as typed.

use super::panels::parse_colour;
use crate::i18n::Msg;
use crate::msg;

/// Most labels a server may define (what one autocomplete or select menu can list).
pub const MAX_LABELS: usize = 25;
/// Most labels one ticket carries.
pub const MAX_PER_TICKET: usize = 10;
/// Longest label name, in characters.
pub const MAX_NAME: usize = 32;
/// A new label's colour when none is given (Discord's blurple).
pub const DEFAULT_COLOUR: u32 = 0x0058_65F2;

/// A label as a server defined it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    pub name: String,
    pub colour: u32,
}

impl Label {
    /// Checks a label typed on Discord or the dashboard: the name trimmed, 1 to
    /// [`MAX_NAME`] characters without `,` (lists join labels with it) or mentions; the colour
    /// as `#RRGGBB` (empty: [`DEFAULT_COLOUR`]).
    pub fn parse(name: &str, colour: &str) -> Result<Self, Msg> {
        let name = name.trim();
        if name.is_empty() || name.chars().count() > MAX_NAME {
            return Err(msg!("rule-label-name-length", max = MAX_NAME));
        }
        if name.contains([',', '@', '<', '>', '\n']) {
            return Err(msg!("rule-label-name-characters"));
        }
        let colour = if colour.trim().is_empty() {
            DEFAULT_COLOUR
        } else {
            parse_colour(colour).map_err(|e| msg!("rule-label-colour", reason = e))?
        };
        Ok(Self {
            name: name.to_owned(),
            colour,
        })
    }

    /// `#RRGGBB`.
    pub fn hex(&self) -> String {
        format!("#{:06X}", self.colour)
    }
}

/// Why a label cannot be created.
pub fn check_new(existing: &[Label], new: &Label) -> Result<(), Msg> {
    if existing.iter().any(|l| same_name(&l.name, &new.name)) {
        return Err(msg!("rule-label-exists", label = format!("{:?}", new.name)));
    }
    if existing.len() >= MAX_LABELS {
        return Err(msg!("rule-label-too-many", max = MAX_LABELS));
    }
    Ok(())
}

/// Why a label cannot go on a ticket that has `on_ticket` already.
pub fn check_add(on_ticket: &[String], name: &str) -> Result<(), Msg> {
    if on_ticket.iter().any(|l| same_name(l, name)) {
        return Err(msg!("rule-label-on-ticket", label = format!("{name:?}")));
    }
    if on_ticket.len() >= MAX_PER_TICKET {
        return Err(msg!("rule-label-ticket-full", max = MAX_PER_TICKET));
    }
    Ok(())
}

/// The defined label `name` stands for (without case).
pub fn find<'a>(labels: &'a [Label], name: &str) -> Option<&'a Label> {
    let name = name.trim();
    labels.iter().find(|l| same_name(&l.name, name))
}

/// Label names compare without case.
pub fn same_name(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// A ticket's labels for a list or a header: `billing, urgent`, or `—` for none.
pub fn joined(names: &[String]) -> String {
    if names.is_empty() {
        "—".to_owned()
    } else {
        names.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(name: &str) -> Label {
        Label::parse(name, "").unwrap()
    }

    #[test]
    fn names_and_colours_are_checked() {
        assert_eq!(
            Label::parse("  Billing ", "#ff0000"),
            Ok(Label {
                name: "Billing".into(),
                colour: 0x00FF_0000
            })
        );
        assert_eq!(label("x").colour, DEFAULT_COLOUR);
        assert_eq!(label("x").hex(), "#5865F2");
        assert!(
            Label::parse(" ", "")
                .unwrap_err()
                .to_string()
                .contains("Label name")
        );
        assert!(Label::parse(&"x".repeat(33), "").is_err());
        assert!(Label::parse(&"é".repeat(32), "").is_ok());
        assert!(
            Label::parse("a,b", "")
                .unwrap_err()
                .to_string()
                .contains("no ,")
        );
        assert!(Label::parse("<@1>", "").is_err());
        assert!(
            Label::parse("ok", "red")
                .unwrap_err()
                .to_string()
                .contains("Label colour")
        );
    }

    #[test]
    fn duplicates_and_caps_are_refused() {
        let mut existing = vec![label("Billing")];
        assert!(
            check_new(&existing, &label("billing"))
                .unwrap_err()
                .to_string()
                .contains("exists")
        );
        assert!(check_new(&existing, &label("Urgent")).is_ok());
        existing = (0..MAX_LABELS).map(|i| label(&format!("l{i}"))).collect();
        assert!(
            check_new(&existing, &label("new"))
                .unwrap_err()
                .to_string()
                .contains("at most 25")
        );
    }

    #[test]
    fn tickets_carry_each_label_once_and_ten_at_most() {
        let on: Vec<String> = vec!["Billing".into()];
        assert!(
            check_add(&on, "BILLING")
                .unwrap_err()
                .to_string()
                .contains("already")
        );
        assert!(check_add(&on, "Urgent").is_ok());
        let full: Vec<String> = (0..MAX_PER_TICKET).map(|i| format!("l{i}")).collect();
        assert!(
            check_add(&full, "x")
                .unwrap_err()
                .to_string()
                .contains("at most 10")
        );
    }

    #[test]
    fn lookup_ignores_case_and_lists_join() {
        let labels = vec![label("Billing"), label("Urgent")];
        assert_eq!(
            find(&labels, " urgent").map(|l| l.name.as_str()),
            Some("Urgent")
        );
        assert!(find(&labels, "other").is_none());
        assert_eq!(joined(&[]), "—");
        assert_eq!(joined(&["a".into(), "b".into()]), "a, b");
    }
}
