//! Auto-close: TicketsBot's three rules (no response from the opener since opening, no answer
//! from the opener since staff wrote last, the opener left the server), a warning before the
//! close, "Keep open", and exclusions. Pure: the sweep gathers the facts and acts on the answer.

use std::time::Duration;

use crate::clock::Timestamp;

use super::activity::AuthorKind;

/// The shortest duration a rule or the warning may have.
pub const MIN_DURATION: Duration = Duration::from_mins(1);
/// The longest (a year; longer is a typo, and keeps timestamps far from overflowing).
pub const MAX_DURATION: Duration = Duration::from_hours(365 * 24);
/// How long tickets already overdue when a rule is switched on (or shortened) stay open when
/// no warning is set.
pub const DEFAULT_GRACE: Duration = Duration::from_hours(1);

/// A server's auto-close settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Rules {
    pub enabled: bool,
    /// Close when the opener has not written since opening for this long.
    pub no_response: Option<Duration>,
    /// Close when staff wrote last and the opener has not answered for this long.
    pub since_last_message: Option<Duration>,
    /// Close when the opener leaves the server.
    pub on_leave: bool,
    /// Post a warning this long before a timed close.
    pub warning: Option<Duration>,
    /// When the rules last changed: tickets already overdue then get a grace period.
    pub changed_at: Timestamp,
}

/// Which rule closes a ticket.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Rule {
    NoResponse,
    SinceLastMessage,
    OnLeave,
}

impl Rule {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::NoResponse => "no_response",
            Self::SinceLastMessage => "since_last_message",
            Self::OnLeave => "on_leave",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        [Self::NoResponse, Self::SinceLastMessage, Self::OnLeave]
            .into_iter()
            .find(|r| r.as_str() == raw)
    }
}

/// What the rules need to know about one open ticket.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TicketFacts {
    pub opened_at: Timestamp,
    /// The opener's last message since opening, if any.
    pub opener_last: Option<Timestamp>,
    /// The last message: when, and who wrote it.
    pub last: Option<(Timestamp, AuthorKind)>,
    /// The last press of "Keep open".
    pub keep_open_at: Option<Timestamp>,
    /// When the opener was seen to have left the server.
    pub opener_left_at: Option<Timestamp>,
    pub excluded: bool,
}

/// What to do with a ticket now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Due {
    /// Nothing yet; the next moment something may be due, if any.
    Later(Option<Timestamp>),
    /// Post the warning for the close due at `deadline`.
    Warn {
        rule: Rule,
        deadline: Timestamp,
    },
    Close(Rule),
}

fn plus(at: Timestamp, d: Duration) -> Timestamp {
    Timestamp::from_millis(
        at.millis()
            .saturating_add(i64::try_from(d.as_millis()).unwrap_or(i64::MAX)),
    )
}

fn minus(at: Timestamp, d: Duration) -> Timestamp {
    Timestamp::from_millis(
        at.millis()
            .saturating_sub(i64::try_from(d.as_millis()).unwrap_or(i64::MAX)),
    )
}

impl Rules {
    /// The grace tickets already overdue at a change get.
    pub fn grace(&self) -> Duration {
        self.warning.unwrap_or(DEFAULT_GRACE)
    }

    /// The earliest close a rule sets for the ticket, before any grace, or `None`.
    pub fn natural_deadline(&self, t: &TicketFacts) -> Option<(Rule, Timestamp)> {
        if !self.enabled || t.excluded {
            return None;
        }
        let anchor = |at: Timestamp| t.keep_open_at.map_or(at, |k| k.max(at));
        let mut candidates = Vec::with_capacity(3);
        if let Some(d) = self.no_response
            && t.opener_last.is_none()
        {
            candidates.push((Rule::NoResponse, plus(anchor(t.opened_at), d)));
        }
        if let Some(d) = self.since_last_message
            && let Some((at, AuthorKind::Staff)) = t.last
        {
            candidates.push((Rule::SinceLastMessage, plus(anchor(at), d)));
        }
        if self.on_leave
            && let Some(left) = t.opener_left_at
        {
            candidates.push((Rule::OnLeave, left));
        }
        candidates.into_iter().min_by_key(|(_, at)| *at)
    }

    /// When the ticket closes: its natural deadline, or — when that had already passed before
    /// the rules changed — the change plus the grace.
    pub fn deadline(&self, t: &TicketFacts) -> Option<(Rule, Timestamp)> {
        self.natural_deadline(t).map(|(rule, at)| {
            if at < self.changed_at {
                (rule, plus(self.changed_at, self.grace()))
            } else {
                (rule, at)
            }
        })
    }

    /// What is due now. `warned_for` is the deadline the last warning announced.
    pub fn check(&self, t: &TicketFacts, now: Timestamp, warned_for: Option<Timestamp>) -> Due {
        let Some((rule, deadline)) = self.deadline(t) else {
            return Due::Later(None);
        };
        if now >= deadline {
            return Due::Close(rule);
        }
        match self.warning {
            Some(w) if rule != Rule::OnLeave => {
                let warn_at = minus(deadline, w);
                if warned_for == Some(deadline) {
                    Due::Later(Some(deadline))
                } else if now >= warn_at {
                    Due::Warn { rule, deadline }
                } else {
                    Due::Later(Some(warn_at))
                }
            }
            _ => Due::Later(Some(deadline)),
        }
    }

    /// Checks the rules as a whole: the warning must be shorter than every enabled rule.
    pub fn validate(&self) -> Result<(), RulesError> {
        if let Some(w) = self.warning {
            for (name, d) in [
                ("no_response", self.no_response),
                ("since_last_message", self.since_last_message),
            ] {
                if let Some(d) = d
                    && w >= d
                {
                    return Err(RulesError::WarningTooLong {
                        rule: name,
                        warning: w,
                        rule_duration: d,
                    });
                }
            }
        }
        Ok(())
    }
}

/// Why a set of rules or a duration was refused; the message names the field.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RulesError {
    #[error(
        "`warning` ({}) must be shorter than `{rule}` ({})",
        format_duration(*warning),
        format_duration(*rule_duration)
    )]
    WarningTooLong {
        rule: &'static str,
        warning: Duration,
        rule_duration: Duration,
    },
    #[error("`{field}`: \"{value}\" is not a duration; write it like 30m, 12h or 3d")]
    NotADuration { field: &'static str, value: String },
    #[error("`{field}` must be at least 1 minute")]
    TooShort { field: &'static str },
    #[error("`{field}` must be at most 365 days")]
    TooLong { field: &'static str },
}

impl RulesError {
    /// The refusal for the person who typed the rules, in their language.
    pub fn message(&self) -> crate::i18n::Msg {
        match self {
            Self::WarningTooLong {
                rule,
                warning,
                rule_duration,
            } => crate::msg!(
                "rule-autoclose-warning-too-long",
                warning = *warning,
                rule = *rule,
                limit = *rule_duration
            ),
            Self::NotADuration { field, value } => {
                crate::msg!(
                    "rule-autoclose-not-a-duration",
                    field = *field,
                    value = value
                )
            }
            Self::TooShort { field } => crate::msg!("rule-autoclose-too-short", field = *field),
            Self::TooLong { field } => crate::msg!("rule-autoclose-too-long", field = *field),
        }
    }
}

/// A change to the rules as typed: `None` keeps the current value; for durations, an empty
/// text (or `off`) turns the rule off.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RulesInput {
    pub enabled: Option<bool>,
    pub no_response: Option<String>,
    pub since_last_message: Option<String>,
    pub on_leave: Option<bool>,
    pub warning: Option<String>,
}

/// `current` with `input` applied, checked as a whole.
pub fn apply(current: Rules, input: &RulesInput) -> Result<Rules, RulesError> {
    let field = |name: &'static str, raw: &Option<String>, kept| match raw {
        Some(raw) => parse_duration(name, raw),
        None => Ok(kept),
    };
    let rules = Rules {
        enabled: input.enabled.unwrap_or(current.enabled),
        no_response: field("no_response", &input.no_response, current.no_response)?,
        since_last_message: field(
            "since_last_message",
            &input.since_last_message,
            current.since_last_message,
        )?,
        on_leave: input.on_leave.unwrap_or(current.on_leave),
        warning: field("warning", &input.warning, current.warning)?,
        changed_at: current.changed_at,
    };
    rules.validate()?;
    Ok(rules)
}

/// Reads a duration like `30m`, `12h`, `3d` or `1h 30m`; empty (or `off`) means the rule is off.
pub fn parse_duration(field: &'static str, raw: &str) -> Result<Option<Duration>, RulesError> {
    let raw = raw.trim();
    if raw.is_empty() || raw.eq_ignore_ascii_case("off") {
        return Ok(None);
    }
    let d = humantime::parse_duration(raw).map_err(|_| RulesError::NotADuration {
        field,
        value: raw.chars().take(40).collect(),
    })?;
    if d < MIN_DURATION {
        return Err(RulesError::TooShort { field });
    }
    if d > MAX_DURATION {
        return Err(RulesError::TooLong { field });
    }
    Ok(Some(d))
}

/// A duration the way members write them: `3d 4h`, `12h`, `30m` (whole minutes).
pub fn format_duration(d: Duration) -> String {
    use crate::i18n::time::{Unit, parts};
    parts(d)
        .into_iter()
        .map(|(n, unit)| {
            let unit = match unit {
                Unit::Days => "d",
                Unit::Hours => "h",
                Unit::Minutes => "m",
                Unit::Seconds => "s",
            };
            format!("{n}{unit}")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
#[path = "autoclose_tests.rs"]
mod tests;
