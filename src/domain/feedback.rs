//! Feedback after a close (TicketsBot's ratings): who is asked, for how long a rating can be
//! changed, and how it is shown.

use std::time::Duration;

use crate::clock::Timestamp;
use crate::ids::UserId;

/// How long after the close a rating (or a comment) can still be given or changed.
pub const RATING_WINDOW: Duration = Duration::from_hours(24);
/// The longest comment (a modal paragraph; an embed field holds 1,024 characters).
pub const MAX_COMMENT: usize = 1000;

/// Whether the opener is asked to rate: feedback on, they wrote in the ticket, not staff.
pub fn should_ask(enabled: bool, opener_wrote: bool, opener_is_staff: bool) -> bool {
    enabled && opener_wrote && !opener_is_staff
}

/// Why a rating or comment is refused; [`FeedbackRefusal::message`] is what the user reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeedbackRefusal {
    Gone,
    NotTheOpener,
    TooLate,
    BadRating,
    NotRated,
    NoSurvey,
    SurveyAnswered,
}

impl FeedbackRefusal {
    /// What the member reads.
    pub fn message(self) -> crate::i18n::Msg {
        use crate::msg;
        match self {
            Self::Gone => msg!("feedback-refusal-gone"),
            Self::NotTheOpener => msg!("feedback-refusal-not-the-opener"),
            Self::TooLate => msg!("feedback-refusal-too-late"),
            Self::BadRating => msg!("feedback-refusal-bad-rating"),
            Self::NotRated => msg!("feedback-refusal-not-rated"),
            Self::NoSurvey => msg!("feedback-refusal-no-survey"),
            Self::SurveyAnswered => msg!("feedback-refusal-survey-answered"),
        }
    }
}

/// English, for logs and tests.
impl std::fmt::Display for FeedbackRefusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.message().fmt(f)
    }
}

impl std::error::Error for FeedbackRefusal {}

/// The longest survey answer shown on the log message (the transcript viewer shows it whole;
/// the summary embed must stay under Discord's 6,000 characters).
pub const LOG_ANSWER: usize = 300;

/// A survey answer as shown: "(no answer)" for an empty one, else the answer, cut to `max`
/// characters when given (the log message; the transcript viewer shows it whole).
pub fn shown_answer(answer: &str, max: Option<usize>, lang: crate::i18n::Lang) -> String {
    match (answer.is_empty(), max) {
        (true, _) => crate::msg!("feedback-no-answer").render(lang),
        (false, Some(max)) => clipped(answer, max),
        (false, None) => answer.to_owned(),
    }
}

/// `text` cut to `max` characters, with "…" when cut.
pub fn clipped(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut out: String = text.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// Checks a rating by `user` of a ticket opened by `opener` and closed at `closed_at`.
pub fn check(
    opener: UserId,
    closed_at: Option<Timestamp>,
    user: UserId,
    rating: u8,
    now: Timestamp,
) -> Result<(), FeedbackRefusal> {
    let closed_at = closed_at.ok_or(FeedbackRefusal::Gone)?;
    if user != opener {
        return Err(FeedbackRefusal::NotTheOpener);
    }
    if !(1..=5).contains(&rating) {
        return Err(FeedbackRefusal::BadRating);
    }
    let window = i64::try_from(RATING_WINDOW.as_millis()).unwrap_or(i64::MAX);
    if now.millis() > closed_at.millis().saturating_add(window) {
        return Err(FeedbackRefusal::TooLate);
    }
    Ok(())
}

/// `★★★★☆` for 4.
pub fn stars(rating: u8) -> String {
    let full = usize::from(rating.min(5));
    format!("{}{}", "★".repeat(full), "☆".repeat(5 - full))
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOUR: i64 = 3_600_000;

    #[test]
    fn only_the_opener_rates_within_a_day_of_the_close() {
        let (opener, other) = (UserId::new(1), UserId::new(2));
        let closed = Timestamp::from_millis(10 * HOUR);
        let at = |h: i64| Timestamp::from_millis(10 * HOUR + h * HOUR);
        assert_eq!(check(opener, Some(closed), opener, 4, at(1)), Ok(()));
        assert_eq!(check(opener, Some(closed), opener, 5, at(24)), Ok(()));
        assert_eq!(
            check(
                opener,
                Some(closed),
                opener,
                5,
                Timestamp::from_millis(at(24).millis() + 1)
            ),
            Err(FeedbackRefusal::TooLate)
        );
        assert_eq!(
            check(opener, Some(closed), other, 4, at(1)),
            Err(FeedbackRefusal::NotTheOpener)
        );
        assert_eq!(
            check(opener, None, opener, 4, at(1)),
            Err(FeedbackRefusal::Gone)
        );
        for bad in [0, 6] {
            assert_eq!(
                check(opener, Some(closed), opener, bad, at(1)),
                Err(FeedbackRefusal::BadRating)
            );
        }
    }

    #[test]
    fn only_openers_who_wrote_and_are_not_staff_are_asked() {
        assert!(should_ask(true, true, false));
        assert!(!should_ask(false, true, false));
        assert!(!should_ask(true, false, false));
        assert!(!should_ask(true, true, true));
        assert_eq!(stars(4), "★★★★☆");
        assert_eq!(stars(1), "★☆☆☆☆");
        assert_eq!(clipped("short", 10), "short");
        assert_eq!(clipped("abcdef", 4), "abc…");
        assert_eq!(clipped("abcdef", 4).chars().count(), 4);
        let en = crate::i18n::Lang::EnUs;
        assert_eq!(shown_answer("", Some(3), en), "(no answer)");
        assert_eq!(shown_answer("abcdef", Some(4), en), "abc…");
        assert_eq!(shown_answer("abcdef", None, en), "abcdef");
    }
}
