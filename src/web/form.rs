//! Posted forms with repeated fields (multi-selects, checkbox lists), which serde's
//! urlencoded forms cannot hold.

use axum::body::Bytes;

#[derive(Debug, Clone, Default)]
pub struct Fields(Vec<(String, String)>);

impl Fields {
    pub fn parse(body: &Bytes) -> Self {
        Self(
            url::form_urlencoded::parse(body)
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect(),
        )
    }

    /// The first value of `name`, or "".
    pub fn get(&self, name: &str) -> &str {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map_or("", |(_, v)| v.as_str())
    }

    /// Whether a checkbox `name` was ticked.
    pub fn checked(&self, name: &str) -> bool {
        self.0.iter().any(|(k, _)| k == name)
    }

    /// Every value of `name`, in order.
    pub fn all(&self, name: &str) -> Vec<&str> {
        self.0
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_fields_and_checkboxes() {
        let f = Fields::parse(&Bytes::from_static(b"a=1&team=2&team=3&on=on&t=x+y%26z"));
        assert_eq!(f.get("a"), "1");
        assert_eq!(f.get("missing"), "");
        assert_eq!(f.all("team"), vec!["2", "3"]);
        assert!(f.checked("on"));
        assert!(!f.checked("off"));
        assert_eq!(f.get("t"), "x y&z");
    }
}
