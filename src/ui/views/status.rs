//! The status bar: the last message (an error in the error colour), a save that failed, and
//! "Undo" after a discard.

use eframe::egui::{self, RichText};

use crate::i18n::Messages;
use crate::state::{Action, Status};
use crate::ui::theme;

/// The status bar's contents.
pub fn ui(
    ui: &mut egui::Ui,
    msgs: &Messages,
    status: Option<&Status>,
    save_error: Option<&crate::session::SaveError>,
    undo: bool,
    actions: &mut Vec<Action>,
) {
    let p = theme::of(ui);
    ui.add_space(4.0);
    if let Some(error) = save_error {
        ui.colored_label(p.error, format!("⚠ {}", error.key().say(msgs)));
    }
    if let Some(status) = status {
        ui.horizontal(|ui| {
            let text = RichText::new(&status.text);
            if status.error {
                ui.colored_label(p.error, text.strong());
            } else {
                ui.label(text);
            }
            if undo && ui.button(msgs.get("undo")).clicked() {
                actions.push(Action::UndoDiscard);
            }
            if ui.button(msgs.get("dismiss")).clicked() {
                actions.push(Action::DismissStatus);
            }
        });
    }
    ui.add_space(4.0);
}
