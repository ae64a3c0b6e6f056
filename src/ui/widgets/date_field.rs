//! A date typed as people in each language type it: `26/02/2026` in Spanish, Portuguese and
//! French, ISO always. Stored as ISO; a date that is no date is never stored, and says so.

use eframe::egui::{self, RichText};

use crate::formats::cells::parse_date;
use crate::i18n::{self, Messages};
use crate::ui::theme;

/// What the person did to a date field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateEdit {
    /// A valid date, as ISO 8601.
    Set(String),
    /// The field was emptied.
    Cleared,
}

/// Draws a date field labelled `label` for the stored ISO date `stored`; returns an edit
/// only when the text typed is a date (or empty). The text as typed lives in egui's memory
/// under `id_salt`, so that a date half-typed is neither lost nor stored.
pub fn ui(
    ui: &mut egui::Ui,
    msgs: &Messages,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    label: egui::Response,
    stored: Option<&str>,
    width: f32,
) -> Option<DateEdit> {
    let lang = msgs.lang();
    let id = ui.make_persistent_id(id_salt);
    let shown = stored.map(|d| i18n::date(d, lang)).unwrap_or_default();
    // What was typed, while it still means the stored date (or is not a date yet).
    let mut text = ui
        .data(|d| d.get_temp::<String>(id))
        .filter(|t| {
            let typed = parse_date(t);
            typed.as_deref() == stored || (typed.is_none() && !t.trim().is_empty())
        })
        .unwrap_or(shown);
    let response = ui
        .add(
            egui::TextEdit::singleline(&mut text)
                .hint_text(msgs.get("date-hint"))
                .desired_width(width),
        )
        .labelled_by(label.id);
    ui.data_mut(|d| d.insert_temp(id, text.clone()));
    let typed = text.trim();
    let edit = if typed.is_empty() {
        stored.is_some().then_some(DateEdit::Cleared)
    } else {
        match parse_date(typed) {
            Some(iso) if Some(iso.as_str()) != stored => Some(DateEdit::Set(iso)),
            Some(_) => None,
            None => {
                ui.colored_label(theme::of(ui).error, RichText::new(msgs.get("date-invalid")));
                None
            }
        }
    };
    if response.changed() { edit } else { None }
}
