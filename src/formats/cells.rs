//! What a cell of a user's table means, as people and form tools write it (SPEC §5): a level
//! (its value, its name in any of the framework's languages, or both together as this app
//! shows them), not applicable in four languages, yes/no, and dates. One reading for the long
//! CSV and the survey import alike.

use crate::io::problem::Key;
use crate::model::framework::Framework;

/// A level cell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LevelCell {
    Blank,
    NotApplicable,
    Value(i64),
}

/// How "not applicable" is written in a level cell (any case, after trimming).
const NOT_APPLICABLE: [&str; 14] = [
    "na",
    "n/a",
    "n.a.",
    "not applicable",
    "no aplica",
    "no corresponde",
    "não se aplica",
    "nao se aplica",
    "não aplicável",
    "nao aplicavel",
    "sans objet",
    "non applicable",
    "ne s'applique pas",
    "s.o.",
];

/// Yes, in a `not_applicable` cell.
const YES: [&str; 11] = [
    "true",
    "yes",
    "sí",
    "si",
    "sim",
    "oui",
    "verdadero",
    "verdadeiro",
    "vrai",
    "1",
    "x",
];

/// No, in a `not_applicable` cell (blank is no too).
const NO: [&str; 8] = ["false", "no", "não", "nao", "non", "falso", "faux", "0"];

/// Whether two texts are the same but for case (as `to_lowercase` on both would say, without
/// making either: this runs for every row of a census).
pub fn same_but_case(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        return a.eq_ignore_ascii_case(b);
    }
    a.chars()
        .flat_map(char::to_lowercase)
        .eq(b.chars().flat_map(char::to_lowercase))
}

/// Whether text means "not applicable" in a level cell.
pub fn is_not_applicable(text: &str) -> bool {
    let text = text.trim();
    NOT_APPLICABLE.iter().any(|na| same_but_case(text, na))
}

/// A `not_applicable` cell: `Ok(true)` for yes in any of the four languages, `Ok(false)` for
/// no or blank, `Err` with a message otherwise.
pub fn parse_flag(text: &str) -> Result<bool, Key> {
    let trimmed = text.trim();
    if trimmed.is_empty() || NO.iter().any(|no| same_but_case(trimmed, no)) {
        Ok(false)
    } else if YES.iter().any(|yes| same_but_case(trimmed, yes)) {
        Ok(true)
    } else {
        Err(Key::new("problem-flag", &[("text", text.to_owned())]))
    }
}

/// Reads a level cell: a scale value (`3`, ` 3 `), a level's name in any language of the
/// framework (`Emergente`), the value and the name together (`2 · Emergente`, `2 - Emerging`,
/// `2. Emerging`, `2) Emerging`), not applicable, or blank. Errors say what the cell may hold.
pub fn parse_level(text: &str, framework: &Framework) -> Result<LevelCell, Key> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(LevelCell::Blank);
    }
    // The common case first: one digit that is a scale value.
    if let [d @ b'0'..=b'9'] = text.as_bytes() {
        let v = i64::from(d - b'0');
        if framework.level(v).is_some() {
            return Ok(LevelCell::Value(v));
        }
    }
    if is_not_applicable(text) {
        return Ok(LevelCell::NotApplicable);
    }
    if let Some(v) = whole_number(text) {
        return if framework.level(v).is_some() {
            Ok(LevelCell::Value(v))
        } else {
            Err(not_on_scale(text, framework))
        };
    }
    if let Some(v) = level_named(text, framework) {
        return Ok(LevelCell::Value(v));
    }
    // A value and a name: "2 · Emergente", "2 - Emerging", "2. Emerging", "2) Emerging".
    let digits_end = text
        .char_indices()
        .find(|&(i, c)| !(c.is_ascii_digit() || (i == 0 && c == '-')))
        .map_or(text.len(), |(i, _)| i);
    if digits_end > 0
        && let Ok(v) = text[..digits_end].parse::<i64>()
    {
        let rest = text[digits_end..].trim_start();
        let name = rest
            .strip_prefix(['·', '-', '–', '—', '.', ')', ':', '|', '/'])
            .map(str::trim);
        if let Some(name) = name {
            if framework.level(v).is_none() {
                return Err(not_on_scale(text, framework));
            }
            return match level_named(name, framework) {
                Some(named) if named == v => Ok(LevelCell::Value(v)),
                Some(named) => Err(Key::new(
                    "problem-level-number-and-name",
                    &[
                        ("text", text.to_owned()),
                        ("value", v.to_string()),
                        ("named", named.to_string()),
                    ],
                )),
                None => Err(not_on_scale(text, framework)),
            };
        }
    }
    Err(not_on_scale(text, framework))
}

/// An integer written plainly, or as a spreadsheet writes a whole number (`3.0`, `3,0`).
fn whole_number(text: &str) -> Option<i64> {
    if let Ok(v) = text.parse::<i64>() {
        return Some(v);
    }
    let (whole, frac) = text.split_once(['.', ','])?;
    (!whole.is_empty() && !frac.is_empty() && frac.bytes().all(|b| b == b'0'))
        .then(|| whole.parse().ok())
        .flatten()
}

/// Reads a `level_label` cell: a level's name first (a name may look like a number), then
/// whatever a level cell may hold.
pub fn parse_label(text: &str, framework: &Framework) -> Result<LevelCell, Key> {
    match level_named(text, framework) {
        Some(v) => Ok(LevelCell::Value(v)),
        None => parse_level(text, framework),
    }
}

/// Whether `name` is a name of level `value` in some language (any case).
pub fn names_level(name: &str, value: i64, framework: &Framework) -> bool {
    let name = name.trim();
    framework
        .level(value)
        .is_some_and(|l| l.label.0.values().any(|t| same_but_case(t.trim(), name)))
}

/// The value of the level with this name in any language (any case).
pub fn level_named(name: &str, framework: &Framework) -> Option<i64> {
    let name = name.trim();
    framework
        .scale
        .iter()
        .find(|l| l.label.0.values().any(|t| same_but_case(t.trim(), name)))
        .map(|l| l.value)
}

/// The message for a cell that is no level: every level with its names in every language.
fn not_on_scale(text: &str, framework: &Framework) -> Key {
    let levels: Vec<String> = framework
        .scale
        .iter()
        .map(|l| {
            let mut names: Vec<&str> = Vec::new();
            for t in l.label.0.values() {
                if !names.contains(&t.as_str()) {
                    names.push(t);
                }
            }
            format!("{} ({})", l.value, names.join(" / "))
        })
        .collect();
    Key::new(
        "problem-not-a-level",
        &[
            ("text", text.to_owned()),
            ("framework", framework.key()),
            ("levels", levels.join(", ")),
        ],
    )
}

/// A date cell as ISO 8601 (`YYYY-MM-DD`): ISO as it is, or `dd/mm/yyyy` (also with `-` or
/// `.`) as people in Spanish, Portuguese and French write it and as Excel re-saves an ISO date
/// in those locales; month first only where day first cannot be (`11/23/2026`). A time after
/// the date (form tools' timestamps) is dropped. `None` when it is no date.
pub fn parse_date(text: &str) -> Option<String> {
    let text = text.trim();
    let date = text.split([' ', 'T']).next().unwrap_or(text);
    if crate::model::assessment::is_iso_date(date) {
        return Some(date.to_owned());
    }
    let parts: Vec<&str> = date.split(['/', '-', '.']).collect();
    let [a, b, y] = parts.as_slice() else {
        return None;
    };
    let num = |s: &str| -> Option<u32> {
        (!s.is_empty() && s.len() <= 4 && s.bytes().all(|c| c.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    // Year first, as some form tools write timestamps: 2026/02/26.
    if a.len() == 4 {
        let s = format!("{:04}-{:02}-{:02}", num(a)?, num(b)?, num(y)?);
        return crate::model::assessment::is_iso_date(&s).then_some(s);
    }
    let (a, b, y) = (num(a)?, num(b)?, num(y)?);
    if !(1000..=9999).contains(&y) {
        return None;
    }
    let iso = |d: u32, m: u32| {
        let s = format!("{y:04}-{m:02}-{d:02}");
        crate::model::assessment::is_iso_date(&s).then_some(s)
    };
    iso(a, b).or_else(|| iso(b, a))
}

#[cfg(test)]
mod tests {

    #[test]
    fn names_match_whatever_their_case_as_lowercasing_both_would() {
        for (a, b) in [
            ("EMERGENTE", "emergente"),
            ("Établi", "ÉTABLI"),
            ("NÃO", "não"),
            ("Avançado", "AVANÇADO"),
            ("n/a", "N/A"),
        ] {
            assert!(same_but_case(a, b), "{a} / {b}");
            assert_eq!(same_but_case(a, b), a.to_lowercase() == b.to_lowercase());
        }
        for (a, b) in [
            ("Latente", "Latent"),
            ("não", "nao"),
            ("Établi", "Etabli"),
            ("", "x"),
        ] {
            assert!(!same_but_case(a, b), "{a} / {b}");
        }
        assert_eq!(parse_flag(" Não "), Ok(false));
        assert_eq!(parse_flag("VERDADERO"), Ok(true));
        assert!(is_not_applicable(" N/A "));
    }
    use super::*;

    fn framework() -> Framework {
        let text = include_str!("../../frameworks/tpd-ict.ron");
        Framework::from_ron(text, "tpd-ict.ron").expect("built-in framework")
    }

    #[test]
    fn levels_as_people_and_form_tools_write_them() {
        let f = framework();
        let ok = |s: &str| parse_level(s, &f).expect(s);
        assert_eq!(ok("3"), LevelCell::Value(3));
        assert_eq!(ok(" 3 "), LevelCell::Value(3));
        assert_eq!(ok("3.0"), LevelCell::Value(3));
        assert_eq!(ok("Emergente"), LevelCell::Value(2));
        assert_eq!(ok("EMERGING"), LevelCell::Value(2));
        for both in [
            "2 · Emergente",
            "2 - Emerging",
            "2. Emerging",
            "2) Emergente",
            "2 – Émergent",
        ] {
            assert_eq!(ok(both), LevelCell::Value(2), "{both}");
        }
        for na in [
            "NA",
            "n/a",
            "No aplica",
            "NÃO SE APLICA",
            "sans objet",
            "Not applicable",
        ] {
            assert_eq!(ok(na), LevelCell::NotApplicable, "{na}");
        }
        assert_eq!(ok(""), LevelCell::Blank);
        let disagree = parse_level("2 · Avanzado", &f)
            .expect_err("disagrees")
            .english();
        assert!(disagree.contains("says 2 but names level 4"), "{disagree}");
        let bad = parse_level("7", &f).expect_err("off the scale").english();
        assert!(bad.contains("Latente") && bad.contains("Latent"), "{bad}");
        assert!(parse_level("maybe", &f).is_err());
        assert!(parse_level("-3 - x", &f).is_err());
        assert!(parse_level("2 · nonsense", &f).is_err());
    }

    #[test]
    fn yes_and_no_in_four_languages() {
        for yes in [
            "true",
            "TRUE",
            "VERDADERO",
            "sí",
            "Si",
            "sim",
            "oui",
            "vrai",
            "1",
            "x",
            "X",
            "yes",
        ] {
            assert_eq!(parse_flag(yes), Ok(true), "{yes}");
        }
        for no in ["false", "FALSO", "no", "não", "non", "faux", "0", "", "  "] {
            assert_eq!(parse_flag(no), Ok(false), "{no}");
        }
        assert!(parse_flag("maybe").is_err());
    }

    #[test]
    fn dates_as_people_write_them() {
        assert_eq!(parse_date("2026-02-26").as_deref(), Some("2026-02-26"));
        assert_eq!(parse_date("26/02/2026").as_deref(), Some("2026-02-26"));
        assert_eq!(parse_date("3/2/2026").as_deref(), Some("2026-02-03"));
        assert_eq!(parse_date("26.02.2026").as_deref(), Some("2026-02-26"));
        assert_eq!(parse_date("11/23/2026").as_deref(), Some("2026-11-23"));
        assert_eq!(
            parse_date("2026-02-26 14:03:00").as_deref(),
            Some("2026-02-26")
        );
        assert_eq!(
            parse_date("2026/02/26 10:10").as_deref(),
            Some("2026-02-26")
        );
        assert_eq!(parse_date("31/02/2026"), None);
        assert_eq!(parse_date("soon"), None);
    }
}
