//! Where the system's file dialog cannot open (no file dialog service, a locked-down laptop),
//! the app asks for the path itself: a field with a suggested place in the user's documents,
//! and, to open, the files in that folder to pick from. Never a dead end.

use std::path::Path;

use eframe::egui::{self, RichText};

use crate::i18n::Messages;
use crate::io::storage;
use crate::state::Action;
use crate::state::PathPrompt;
use crate::ui::theme;

/// Draws the prompt over the window.
pub fn ui(ctx: &egui::Context, msgs: &Messages, prompt: &PathPrompt, actions: &mut Vec<Action>) {
    egui::Modal::new(egui::Id::unique("path-prompt")).show(ctx, |ui| {
        let p = theme::of(ui);
        ui.set_max_width(560.0);
        ui.label(RichText::new(msgs.get("prompt-title")).strong());
        ui.label(
            RichText::new(msgs.get(if prompt.save {
                "prompt-save-help"
            } else {
                "prompt-open-help"
            }))
            .color(p.weak_text),
        );
        let mut text = prompt.text.clone();
        let label = ui.label(msgs.get("prompt-path"));
        let field = ui
            .add(
                egui::TextEdit::singleline(&mut text)
                    .desired_width(f32::INFINITY)
                    .hint_text(msgs.get("prompt-path")),
            )
            .labelled_by(label.id);
        if field.changed() {
            actions.push(Action::PromptText(text.clone()));
        }
        if !prompt.save {
            files_ui(ui, &text, actions);
        }
        let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        ui.horizontal(|ui| {
            let ok = msgs.get(if prompt.save {
                "prompt-save"
            } else {
                "prompt-open"
            });
            if ui.button(ok).clicked() || enter {
                actions.push(Action::PromptConfirm);
            }
            if ui.button(msgs.get("prompt-cancel")).clicked()
                || ui.input(|i| i.key_pressed(egui::Key::Escape))
            {
                actions.push(Action::PromptCancel);
            }
        });
    });
}

/// The assessments and tables in the typed folder (or the typed file's folder), to click.
fn files_ui(ui: &mut egui::Ui, text: &str, actions: &mut Vec<Action>) {
    let typed = Path::new(text);
    let folder = if storage::is_dir(typed) {
        typed
    } else {
        typed.parent().unwrap_or(typed)
    };
    let Ok(entries) = storage::read_dir(folder) else {
        return;
    };
    let mut found: Vec<_> = entries
        .into_iter()
        .filter(|p| {
            crate::model::catalog::has_extension(p, "ron")
                || crate::formats::inputs::is_table(p)
                || storage::is_dir(p)
        })
        .collect();
    found.sort();
    egui::ScrollArea::vertical()
        .max_height(200.0)
        .show(ui, |ui| {
            for path in found.iter().take(200) {
                let name = path
                    .file_name()
                    .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
                let shown = if storage::is_dir(path) {
                    format!("{name}/")
                } else {
                    name
                };
                if ui.link(shown).clicked() {
                    actions.push(Action::PromptText(crate::io::files::display_path(path)));
                }
            }
        });
}
