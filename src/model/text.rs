//! Texts in several languages, as framework files write them: `{"en": "…", "es": "…"}`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// A text keyed by language code. Lookup falls back to the framework's default language,
/// then to any language present, so a label is never empty when the file has any text.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Text(pub BTreeMap<String, String>);

impl Text {
    /// A text in one language.
    pub fn new(lang: &str, text: &str) -> Self {
        Self(BTreeMap::from([(lang.to_owned(), text.to_owned())]))
    }

    /// The text in `lang`, else in `default_lang`, else in any language, else "".
    pub fn get<'a>(&'a self, lang: &str, default_lang: &str) -> &'a str {
        self.0
            .get(lang)
            .filter(|t| !t.is_empty())
            .or_else(|| self.0.get(default_lang).filter(|t| !t.is_empty()))
            .or_else(|| self.0.values().find(|t| !t.is_empty()))
            .map_or("", String::as_str)
    }

    /// Whether the text has a non-empty value in `lang`.
    pub fn has(&self, lang: &str) -> bool {
        self.0.get(lang).is_some_and(|t| !t.trim().is_empty())
    }
}

/// Whether `code` looks like a language code: `en`, `es`, `pt-BR`, `fr-CA`.
pub fn is_language_code(code: &str) -> bool {
    let mut parts = code.split('-');
    let Some(primary) = parts.next() else {
        return false;
    };
    (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn falls_back_to_default_then_any() {
        let mut t = Text::new("en", "Latent");
        t.0.insert("es".into(), "Latente".into());
        assert_eq!(t.get("es", "en"), "Latente");
        assert_eq!(t.get("pt", "en"), "Latent");
        let only_fr = Text::new("fr", "Latent (fr)");
        assert_eq!(only_fr.get("pt", "en"), "Latent (fr)");
        assert_eq!(Text::default().get("en", "en"), "");
    }

    #[test]
    fn language_codes() {
        for ok in ["en", "es", "pt-BR", "fr-CA", "haw"] {
            assert!(is_language_code(ok), "{ok}");
        }
        for bad in ["", "E", "EN", "english", "en_US", "en-", "e n"] {
            assert!(!is_language_code(bad), "{bad}");
        }
    }
}
