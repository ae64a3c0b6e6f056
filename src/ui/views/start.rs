//! The start screen: restore what was kept, start a new assessment, open one, pick a language.

use std::path::{Path, PathBuf};

use eframe::egui::{self, RichText};

use crate::i18n::{LANGUAGES, Messages};
use crate::io::files;
use crate::model::catalog::{Entry, Source};
use crate::session::Session;
use crate::state::{Action, EditorAction, View};
use crate::state::{AutosaveOffer, Unsaved};
use crate::ui::theme;

/// The assessments not yet in a file, and the one whose discarding waits for a yes.
#[derive(Clone, Copy, Debug)]
pub struct Kept<'a> {
    pub items: &'a [Unsaved],
    pub confirm_discard: Option<&'a Path>,
    /// A framework being written when the app last stopped, not yet saved.
    pub framework_draft: bool,
}

/// Draws the start screen.
pub fn ui(
    ui: &mut egui::Ui,
    msgs: &Messages,
    frameworks: &[(usize, &Entry)],
    recent: &[PathBuf],
    unsaved: Kept<'_>,
    session: Option<&Session>,
    actions: &mut Vec<Action>,
) {
    let p = theme::of(ui);
    let lang = msgs.lang();
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.set_max_width(theme::READING_WIDTH.min(ui.available_width()));
        ui.add_space(theme::SECTION_GAP);
        ui.heading(RichText::new(msgs.get("start-title")).size(26.0));
        ui.label(RichText::new(msgs.get("start-tagline")).color(p.weak_text));
        ui.add_space(theme::SECTION_GAP);

        ui.horizontal_wrapped(|ui| {
            ui.label(msgs.get("language"));
            for (code, name) in LANGUAGES {
                if ui.selectable_label(*code == lang, *name).clicked() {
                    actions.push(Action::SetLanguage(code));
                }
            }
        });
        ui.add_space(theme::SECTION_GAP);

        if let Some(session) = session {
            card(ui, |ui| {
                ui.label(msgs.format(
                    "start-continue",
                    &[("label", session.assessment.label.clone().into())],
                ));
                if ui.button(msgs.get("continue")).clicked() {
                    actions.push(Action::Show(View::Details));
                }
            });
        }

        if unsaved.framework_draft {
            card(ui, |ui| {
                ui.label(msgs.get("start-framework-draft"));
                ui.horizontal_wrapped(|ui| {
                    if ui
                        .button(msgs.get("start-framework-draft-continue"))
                        .clicked()
                    {
                        actions.push(Action::Editor(EditorAction::ContinueDraft));
                    }
                    if ui
                        .button(msgs.get("start-framework-draft-discard"))
                        .clicked()
                    {
                        actions.push(Action::Editor(EditorAction::DiscardDraft));
                    }
                });
            });
        }
        if !unsaved.items.is_empty() {
            ui.heading(msgs.get("unsaved-heading"));
        }
        for item in unsaved.items {
            card(ui, |ui| {
                unsaved_ui(ui, msgs, item, unsaved.confirm_discard, actions);
            });
        }

        ui.heading(msgs.get("start-new"));
        for &(index, entry) in frameworks {
            let f = &entry.framework;
            card(ui, |ui| {
                ui.label(RichText::new(f.tr(&f.name, lang)).strong());
                let origin = match &entry.source {
                    Source::BuiltIn(_) => msgs.get("framework-built-in"),
                    Source::File(path) => files::display_path(path),
                };
                ui.label(
                    RichText::new(msgs.format(
                        "framework-summary",
                        &[
                            ("version", f.version.clone().into()),
                            ("pillars", f.pillars.len().into()),
                            ("questions", f.questions().count().into()),
                            ("origin", origin.into()),
                        ],
                    ))
                    .color(p.weak_text),
                );
                ui.horizontal_wrapped(|ui| {
                    if ui.button(msgs.get("start-new-button")).clicked() {
                        actions.push(Action::New(index));
                    }
                    if ui
                        .button(msgs.get("start-adapt"))
                        .on_hover_text(msgs.get("start-adapt-help"))
                        .clicked()
                    {
                        actions.push(Action::Editor(EditorAction::Copy(index)));
                    }
                });
            });
        }
        if ui
            .button(msgs.get("start-new-from-file"))
            .on_hover_text(msgs.get("start-new-from-file-help"))
            .clicked()
        {
            actions.push(Action::NewFromFrameworkFile);
        }
        // The framework itself, authored by the ministry: from scratch or from a file.
        ui.horizontal_wrapped(|ui| {
            if ui
                .button(msgs.get("start-framework-new"))
                .on_hover_text(msgs.get("start-framework-new-help"))
                .clicked()
            {
                actions.push(Action::Editor(EditorAction::New));
            }
            if ui.button(msgs.get("start-framework-edit")).clicked() {
                actions.push(Action::Editor(EditorAction::OpenFile));
            }
        });
        ui.add_space(theme::SECTION_GAP);

        ui.heading(msgs.get("start-open"));
        if ui.button(msgs.get("start-open-button")).clicked() {
            actions.push(Action::Open);
        }
        if ui
            .button(msgs.get("start-compare-button"))
            .on_hover_text(msgs.get("start-compare-help"))
            .clicked()
        {
            actions.push(Action::CompareOpen);
        }
        ui.label(RichText::new(msgs.get("start-drop-hint")).color(p.weak_text));
        if !recent.is_empty() {
            ui.add_space(theme::ITEM_GAP);
            ui.label(RichText::new(msgs.get("start-recent")).strong());
            for path in recent {
                let name = path.file_name().map_or_else(
                    || files::display_path(path),
                    |n| n.to_string_lossy().into_owned(),
                );
                let folder = path.parent().map(files::display_path).unwrap_or_default();
                ui.horizontal(|ui| {
                    if ui
                        .link(name)
                        .on_hover_text(files::display_path(path))
                        .clicked()
                    {
                        actions.push(Action::OpenPath(path.clone()));
                    }
                    ui.label(RichText::new(folder).color(p.weak_text).small());
                });
            }
        }
        ui.add_space(theme::SECTION_GAP);
    });
}

/// One assessment not yet in a file: what it is, and going on with it or discarding it (which
/// asks first, and can be undone).
fn unsaved_ui(
    ui: &mut egui::Ui,
    msgs: &Messages,
    item: &Unsaved,
    confirm_discard: Option<&Path>,
    actions: &mut Vec<Action>,
) {
    let p = theme::of(ui);
    let path = &item.path;
    match &item.offer {
        AutosaveOffer::Ready { label, done, total } => {
            ui.label(RichText::new(label).strong());
            ui.label(msgs.format(
                "autosave-body",
                &[
                    ("label", label.clone().into()),
                    ("done", (*done).into()),
                    ("total", (*total).into()),
                ],
            ));
        }
        AutosaveOffer::NeedsFramework { path: file, why } => {
            ui.label(msgs.format(
                "autosave-needs-framework",
                &[("path", files::display_path(file).into())],
            ));
            ui.label(RichText::new(why).color(p.weak_text).small());
        }
        AutosaveOffer::Broken(why) => {
            ui.label(
                RichText::new(msgs.get("autosave-broken"))
                    .strong()
                    .color(p.error),
            );
            ui.label(why);
        }
    }
    if item.elsewhere {
        ui.label(RichText::new(msgs.get("unsaved-elsewhere")).color(p.weak_text));
        return;
    }
    if confirm_discard == Some(path.as_path()) {
        let (label, done) = match &item.offer {
            AutosaveOffer::Ready { label, done, .. } => (label.clone(), *done),
            _ => (files::display_path(path), 0),
        };
        ui.label(
            RichText::new(msgs.format(
                "discard-confirm",
                &[("label", label.into()), ("done", done.into())],
            ))
            .color(p.error),
        );
        ui.horizontal_wrapped(|ui| {
            if ui.button(msgs.get("discard-yes")).clicked() {
                actions.push(Action::ConfirmDiscard(path.clone()));
            }
            if ui.button(msgs.get("discard-no")).clicked() {
                actions.push(Action::CancelDiscard);
            }
        });
        return;
    }
    ui.horizontal_wrapped(|ui| {
        match &item.offer {
            AutosaveOffer::Ready { .. } => {
                if ui.button(msgs.get("autosave-restore")).clicked() {
                    actions.push(Action::RestoreUnsaved(path.clone()));
                }
            }
            AutosaveOffer::NeedsFramework { path: file, .. } => {
                if ui.button(msgs.get("autosave-use-framework")).clicked() {
                    actions.push(Action::UseFrameworkFile(file.clone()));
                }
            }
            AutosaveOffer::Broken(_) => {}
        }
        if ui.button(msgs.get("autosave-discard")).clicked() {
            actions.push(Action::DiscardUnsaved(path.clone()));
        }
    });
}

/// A framed group of related items.
fn card(ui: &mut egui::Ui, add_contents: impl FnOnce(&mut egui::Ui)) {
    theme::card_frame(ui).inner_margin(12.0).show(ui, |ui| {
        ui.set_width(ui.available_width());
        add_contents(ui);
    });
    ui.add_space(theme::ITEM_GAP);
}
