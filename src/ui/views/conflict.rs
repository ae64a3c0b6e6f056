//! The banner shown when someone else changed the open file: what differs, answer by answer,
//! and the team's three ways on. Nothing is written over the other person's work meanwhile.

use eframe::egui::{self, RichText};

use crate::i18n::Messages;
use crate::model::framework::Framework;
use crate::session::Session;
use crate::session::conflict::{Conflict, Side, short};
use crate::state::Action;
use crate::ui::theme;

/// Draws the banner for `session`'s conflict, if it has one.
pub fn ui(
    ui: &mut egui::Ui,
    msgs: &Messages,
    session: &Session,
    lang: &str,
    actions: &mut Vec<Action>,
) {
    let Some(conflict) = &session.conflict else {
        return;
    };
    let p = theme::of(ui);
    let f = &session.framework;
    let mine = &session.assessment;
    // The file's name (its folder is in the top bar's hover text).
    let file = session
        .file()
        .and_then(|p| p.file_name())
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    theme::card_frame(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(
            RichText::new(format!("⚠ {}", msgs.get("conflict-title")))
                .strong()
                .color(p.error),
        );
        ui.label(msgs.format("conflict-body", &[("file", file.into())]));
        let Some(theirs) = &conflict.theirs else {
            ui.label(RichText::new(msgs.get("conflict-unreadable")).color(p.error));
            if ui.button(msgs.get("conflict-keep-mine")).clicked() {
                actions.push(Action::ConflictKeepMine);
            }
            return;
        };
        let names = |ids: &[String]| {
            ids.iter()
                .map(|id| question_name(f, id, lang))
                .collect::<Vec<_>>()
                .join("; ")
        };
        if !conflict.theirs_only.is_empty() {
            ui.label(msgs.format(
                "conflict-theirs-only",
                &[("list", names(&conflict.theirs_only).into())],
            ));
        }
        if !conflict.mine_only.is_empty() {
            ui.label(msgs.format(
                "conflict-mine-only",
                &[("list", names(&conflict.mine_only).into())],
            ));
        }
        if conflict.details_differ(mine) {
            ui.label(msgs.get("conflict-details"));
        }
        if !conflict.clashes.is_empty() {
            ui.label(RichText::new(msgs.get("conflict-clashes")).strong());
            egui::ScrollArea::vertical()
                .max_height(180.0)
                .auto_shrink([false, true])
                .show(ui, |ui| {
                    for id in &conflict.clashes {
                        clash_ui(ui, msgs, conflict, mine, theirs, f, id, lang, actions);
                    }
                });
        }
        ui.horizontal_wrapped(|ui| {
            if ui.button(msgs.get("conflict-merge")).clicked() {
                actions.push(Action::ConflictMerge);
            }
            if ui.button(msgs.get("conflict-take-theirs")).clicked() {
                actions.push(Action::ConflictTakeTheirs);
            }
            if ui.button(msgs.get("conflict-keep-mine")).clicked() {
                actions.push(Action::ConflictKeepMine);
            }
        });
    });
    ui.add_space(theme::SECTION_GAP);
}

#[allow(clippy::too_many_arguments)] // one row of a list: each value is shown
fn clash_ui(
    ui: &mut egui::Ui,
    msgs: &Messages,
    conflict: &Conflict,
    mine: &crate::model::assessment::Assessment,
    theirs: &crate::model::assessment::Assessment,
    f: &Framework,
    id: &str,
    lang: &str,
    actions: &mut Vec<Action>,
) {
    let chosen = conflict.choices.get(id).copied().unwrap_or(Side::Mine);
    ui.horizontal_wrapped(|ui| {
        ui.label(question_name(f, id, lang));
        for (side, key, answer) in [
            (Side::Mine, "conflict-mine", mine.answers.get(id)),
            (Side::Theirs, "conflict-theirs", theirs.answers.get(id)),
        ] {
            let text = msgs.format(key, &[("level", short(answer).into())]);
            if ui.radio(chosen == side, text).clicked() && chosen != side {
                actions.push(Action::ConflictChoose(id.to_owned(), side));
            }
        }
    });
}

/// A question as a person finds it: its number in the framework and the start of its text.
fn question_name(f: &Framework, id: &str, lang: &str) -> String {
    match f.questions().position(|(_, q)| q.id == id) {
        Some(n) => {
            let text = f.question(id).map_or("", |(_, q)| f.tr(&q.text, lang));
            let cut: String = text.chars().take(48).collect();
            let more = if cut.len() < text.len() { "…" } else { "" };
            format!("{}. {}{more}", n + 1, cut.trim_end())
        }
        None => id.to_owned(),
    }
}
