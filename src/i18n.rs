//! The words of the interface and of every output, in Project Fluent files (`i18n/*.ftl`), one
//! per language, embedded in the binary. Framework texts are not here: they live in the
//! framework file (see [`crate::model::text::Text`]).

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// The interface languages: code and the language's own name for itself.
pub const LANGUAGES: &[(&str, &str)] = &[
    ("en", "English"),
    ("es", "Español"),
    ("pt", "Português"),
    ("fr", "Français"),
];

/// The Fluent source of each interface language.
pub const FTL: &[(&str, &str)] = &[
    ("en", include_str!("../i18n/en.ftl")),
    ("es", include_str!("../i18n/es.ftl")),
    ("pt", include_str!("../i18n/pt.ftl")),
    ("fr", include_str!("../i18n/fr.ftl")),
];

/// The language every message falls back to.
pub const FALLBACK: &str = "en";

/// `code` if it is an interface language, else the fallback.
pub fn supported(code: &str) -> &'static str {
    let base = code
        .split(['-', '_', '.'])
        .next()
        .unwrap_or(code)
        .to_ascii_lowercase();
    LANGUAGES
        .iter()
        .map(|(c, _)| *c)
        .find(|c| *c == base)
        .unwrap_or(FALLBACK)
}

/// The interface language that matches the system's locale, else English.
pub fn system_language() -> &'static str {
    sys_locale::get_locale().map_or(FALLBACK, |l| supported(&l))
}

/// The interface messages of one language, with English behind them for any id a translation
/// lacks (a test keeps the four files complete, so that is a safety net, not a habit).
pub struct Messages {
    lang: &'static str,
    bundles: Vec<FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for Messages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Messages")
            .field("lang", &self.lang)
            .finish()
    }
}

impl Messages {
    /// The messages of `lang` (an unknown code gives English).
    pub fn new(lang: &str) -> Self {
        let lang = supported(lang);
        let mut bundles = Vec::new();
        for code in [lang, FALLBACK] {
            if bundles.len() == 1 && code == lang {
                continue;
            }
            if let Some(bundle) = bundle(code) {
                bundles.push(bundle);
            }
        }
        Self { lang, bundles }
    }

    /// The language code.
    pub fn lang(&self) -> &'static str {
        self.lang
    }

    /// A message without arguments; its id when no language has it.
    pub fn get(&self, id: &str) -> String {
        self.format(id, &[])
    }

    /// A message with arguments, e.g. `&[("count", 3.into())]`. Plurals are chosen by Fluent
    /// from numeric arguments; decimals should come pre-formatted by [`decimal`].
    pub fn format(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        for bundle in &self.bundles {
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
            return text.into_owned();
        }
        id.to_owned()
    }

    /// A number with `places` decimals as this language writes it.
    pub fn decimal(&self, value: f64, places: usize) -> String {
        decimal(value, places, self.lang)
    }

    /// A percentage with one decimal, as this language writes it (`40,0 %`, `40.0%`).
    pub fn percent_1(&self, value: f64) -> String {
        self.percent_with(value, 1)
    }

    /// A percentage as this language writes it (`65 %` in French and Spanish, `65%` in
    /// English and Portuguese).
    pub fn percent(&self, value: f64) -> String {
        self.percent_with(value, 0)
    }

    fn percent_with(&self, value: f64, places: usize) -> String {
        let number = decimal(value, places, self.lang);
        match self.lang {
            "fr" | "es" => format!("{number}\u{a0}%"),
            _ => format!("{number}%"),
        }
    }
}

fn bundle(code: &str) -> Option<FluentBundle<FluentResource>> {
    let (_, source) = FTL.iter().find(|(c, _)| *c == code)?;
    let resource = match FluentResource::try_new((*source).to_owned()) {
        Ok(r) => r,
        // A syntax error drops only the broken entries; the test suite keeps the files clean.
        Err((r, _)) => r,
    };
    let langid: LanguageIdentifier = code.parse().ok()?;
    let mut bundle = FluentBundle::new(vec![langid]);
    // Isolation marks would show as boxes in some fonts and end up in exported files.
    bundle.set_use_isolating(false);
    // A duplicate id keeps the first definition; the test suite rejects duplicates.
    let _ = bundle.add_resource(resource);
    Some(bundle)
}

/// `value` with `places` decimals, with the decimal separator of `lang` (a comma in Spanish,
/// Portuguese and French).
pub fn decimal(value: f64, places: usize, lang: &str) -> String {
    let text = format!("{value:.places$}");
    match lang {
        "es" | "pt" | "fr" => text.replace('.', ","),
        _ => text,
    }
}

/// An ISO date (`2026-02-26`) as `lang` writes it: `26/02/2026` in Spanish, Portuguese and
/// French, unchanged in English (ISO is unambiguous for an international audience).
pub fn date(iso: &str, lang: &str) -> String {
    let calendar_date = iso.len() == 10 && iso.parse::<jiff::civil::Date>().is_ok();
    match (lang, iso.get(0..4), iso.get(5..7), iso.get(8..10)) {
        ("es" | "pt" | "fr", Some(y), Some(m), Some(d)) if calendar_date => format!("{d}/{m}/{y}"),
        _ => iso.to_owned(),
    }
}

/// Every message id defined in a Fluent source, in file order.
pub fn message_ids(source: &str) -> Result<Vec<String>, String> {
    let resource =
        FluentResource::try_new(source.to_owned()).map_err(|(_, errors)| format!("{errors:?}"))?;
    Ok(resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_supported_languages_from_locales() {
        assert_eq!(supported("pt-BR"), "pt");
        assert_eq!(supported("fr_HT.UTF-8"), "fr");
        assert_eq!(supported("ES"), "es");
        assert_eq!(supported("de-DE"), "en");
        assert_eq!(supported(""), "en");
    }

    #[test]
    fn numbers_and_dates_follow_the_language() {
        assert_eq!(decimal(2.456, 2, "en"), "2.46");
        assert_eq!(decimal(2.456, 2, "pt"), "2,46");
        assert_eq!(date("2026-02-26", "es"), "26/02/2026");
        assert_eq!(date("2026-02-26", "en"), "2026-02-26");
        assert_eq!(date("soon", "fr"), "soon");
        assert_eq!(Messages::new("fr").percent(65.2), "65\u{a0}%");
    }

    #[test]
    fn unknown_ids_fall_back_to_the_id() {
        let m = Messages::new("es");
        assert_eq!(m.get("no-such-message"), "no-such-message");
    }
}
