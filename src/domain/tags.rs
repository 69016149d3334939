//! Tags: canned answers. Names are case-insensitive (stored lower-case); the text fits one
//! Discord message.

use crate::i18n::Msg;
use crate::msg;

/// A tag name as stored: trimmed, lower-case, 1 to 32 characters.
pub fn normalise_name(name: &str) -> Result<String, Msg> {
    let name = name.trim().to_lowercase();
    if name.is_empty() || name.chars().count() > 32 {
        return Err(msg!("rule-tag-name-length"));
    }
    Ok(name)
}

/// Checks a tag's text.
pub fn validate_content(content: &str) -> Result<(), Msg> {
    if content.trim().is_empty() {
        return Err(msg!("rule-tag-content-empty"));
    }
    if content.chars().count() > 2000 {
        return Err(msg!("rule-tag-content-too-long"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_content() {
        assert_eq!(normalise_name("  Refund "), Ok("refund".to_owned()));
        assert!(normalise_name(" ").is_err());
        assert!(normalise_name(&"x".repeat(33)).is_err());
        assert!(validate_content("ok").is_ok());
        assert!(validate_content(" \n").is_err());
        assert!(validate_content(&"é".repeat(2001)).is_err());
        assert!(validate_content(&"é".repeat(2000)).is_ok());
    }
}
