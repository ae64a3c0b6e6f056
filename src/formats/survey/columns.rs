//! What each column of a form tool's export is: the label, the country, a question (by id, by
//! its text in any language, by a Kobo group path, or mapped), a question's note, or a column
//! the tool adds.

use super::Options;
use crate::formats::table::header_key;
use crate::model::framework::Framework;

/// The role of one column.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Column {
    Label,
    Country,
    Team,
    Date,
    Question(String),
    Note(String),
    /// Left out on purpose (`--ignore`), or a form tool's own column (a timestamp, an
    /// e-mail): never taken for answers.
    Known,
    /// Left out: names no question.
    Ignored,
}

/// Whether two headers are the same to a person: case, spaces and a BOM aside.
pub(super) fn same_header(a: &str, b: &str) -> bool {
    normalize(a) == normalize(b)
}

pub(super) fn normalize(s: &str) -> String {
    header_key(s)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The first few headers, each cut short, for a message.
pub(super) fn shown_headers(headers: &[String]) -> String {
    let mut shown: Vec<String> = headers
        .iter()
        .take(8)
        .map(|h| {
            let cut: String = h.chars().take(40).collect();
            if cut.len() < h.len() {
                format!("{cut}…")
            } else {
                cut
            }
        })
        .collect();
    if headers.len() > 8 {
        shown.push(format!("… {} more", headers.len() - 8));
    }
    shown.join(", ")
}

/// Columns form tools add on their own: never answers, so never a reason to stop an import.
pub(super) const TOOL_COLUMNS: [&str; 24] = [
    "id",
    "timestamp",
    "marca temporal",
    "carimbo de data/hora",
    "horodateur",
    "start time",
    "completion time",
    "last modified time",
    "hora de inicio",
    "hora de finalización",
    "email",
    "email address",
    "correo electrónico",
    "dirección de correo electrónico",
    "name",
    "nombre",
    "start",
    "end",
    "today",
    "deviceid",
    "username",
    "audit",
    "instanceid",
    "meta/instanceid",
];

pub(super) fn classify(
    header: &str,
    label_column: &str,
    framework: &Framework,
    options: &Options,
) -> Column {
    let h = header_key(header);
    let lower = normalize(h);
    if lower == normalize(label_column) {
        return Column::Label;
    }
    if let Some((_, id)) = options.map.iter().find(|(from, _)| same_header(from, h)) {
        return Column::Question(id.clone());
    }
    if options.ignore.iter().any(|i| same_header(i, h)) {
        return Column::Known;
    }
    match lower.as_str() {
        "country" | "país" | "pais" | "pays" => return Column::Country,
        "team" | "equipo" | "equipe" | "équipe" => return Column::Team,
        "date" | "fecha" | "data" => return Column::Date,
        _ => {}
    }
    // "ict-access note" names the question too: the note word decides first.
    if let Some(id) = note_of(h, framework) {
        return Column::Note(id);
    }
    if let Some(id) = question_of(h, framework) {
        return Column::Question(id);
    }
    // KoboToolbox's own columns start with `_`; form tools' timestamps and identities.
    if lower.starts_with('_') || TOOL_COLUMNS.contains(&lower.as_str()) {
        return Column::Known;
    }
    Column::Ignored
}

pub(super) fn is_id_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '_'
}

/// The question a header names: the id itself, the id followed by the text, the id in
/// brackets, the id at the end of a group path, or the question's text in any language. The
/// longest id wins, so `q1` does not take `q10`'s column.
pub(super) fn question_of(header: &str, framework: &Framework) -> Option<String> {
    let lower = header.to_lowercase();
    // KoboToolbox: "group_ict/ict-access".
    let last = lower.rsplit('/').next().unwrap_or(&lower).trim();
    let mut best: Option<&str> = None;
    for (_, q) in framework.questions() {
        let id = q.id.to_lowercase();
        let prefixed = |s: &str| {
            s.strip_prefix(&id)
                .is_some_and(|rest| rest.chars().next().is_none_or(|c| !is_id_char(c)))
        };
        let bracketed = lower.contains(&format!("[{id}]"));
        if (prefixed(&lower) || prefixed(last) || bracketed)
            && best.is_none_or(|b| b.len() < q.id.len())
        {
            best = Some(&q.id);
        }
    }
    if let Some(b) = best {
        return Some(b.to_owned());
    }
    let wanted = normalize(header);
    framework
        .questions()
        .find(|(_, q)| q.text.0.values().any(|t| normalize(t) == wanted))
        .map(|(_, q)| q.id.clone())
}

/// Words that mark a question's note column, in the four languages.
pub(super) const NOTE_WORDS: [&str; 19] = [
    "note",
    "notes",
    "nota",
    "notas",
    "comment",
    "comments",
    "comentario",
    "comentarios",
    "comentário",
    "comentários",
    "commentaire",
    "commentaires",
    "observación",
    "observaciones",
    "observação",
    "observações",
    "remarque",
    "remarques",
    "evidence",
];

/// The question whose note a header holds: "ict-access note", "ict-access_nota",
/// "group_ict/ict-access-comments" (the note word after the id).
pub(super) fn note_of(header: &str, framework: &Framework) -> Option<String> {
    let lower = header.to_lowercase();
    let last = lower.rsplit('/').next().unwrap_or(&lower).trim();
    for (_, q) in framework.questions() {
        let id = q.id.to_lowercase();
        let after_id = last.strip_prefix(&id).map(|rest| {
            rest.trim_start_matches([' ', '-', '_', ':', '(', '.', '—', '–'])
                .trim_end_matches(')')
                .trim()
        });
        // Only after the id: "Nota [ict-access]" is as likely a grade ("nota" in Spanish and
        // Portuguese) as a note, and an answer must never be taken for a note.
        if after_id.is_some_and(|w| NOTE_WORDS.contains(&w)) {
            return Some(q.id.clone());
        }
    }
    None
}
