//! The start screen: restore what was kept, start a new assessment, open one, pick a language.

use std::path::PathBuf;

use eframe::egui::{self, RichText};

use super::app::AutosaveOffer;
use super::{Action, View, theme};
use crate::catalog::{Entry, Source};
use crate::files;
use crate::i18n::{LANGUAGES, Messages};
use crate::session::Session;

/// Draws the start screen.
pub fn ui(
    ui: &mut egui::Ui,
    msgs: &Messages,
    frameworks: &[Entry],
    recent: &[PathBuf],
    offer: Option<&AutosaveOffer>,
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

        match offer {
            Some(AutosaveOffer::Ready { label, done, total }) => card(ui, |ui| {
                ui.label(
                    RichText::new(msgs.get("autosave-title"))
                        .strong()
                        .color(p.missing),
                );
                ui.label(msgs.format(
                    "autosave-body",
                    &[
                        ("label", label.clone().into()),
                        ("done", (*done).into()),
                        ("total", (*total).into()),
                    ],
                ));
                ui.horizontal(|ui| {
                    if ui.button(msgs.get("autosave-restore")).clicked() {
                        actions.push(Action::RestoreAutosave);
                    }
                    if ui.button(msgs.get("autosave-discard")).clicked() {
                        actions.push(Action::DiscardAutosave);
                    }
                });
            }),
            Some(AutosaveOffer::NeedsFramework { path, why }) => card(ui, |ui| {
                ui.label(
                    RichText::new(msgs.get("autosave-title"))
                        .strong()
                        .color(p.missing),
                );
                ui.label(msgs.format(
                    "autosave-needs-framework",
                    &[("path", files::display_path(path).into())],
                ));
                ui.label(RichText::new(why).color(p.weak_text).small());
                ui.horizontal(|ui| {
                    if ui.button(msgs.get("autosave-use-framework")).clicked() {
                        actions.push(Action::UseFrameworkFile(path.clone()));
                    }
                    if ui.button(msgs.get("autosave-discard")).clicked() {
                        actions.push(Action::DiscardAutosave);
                    }
                });
            }),
            Some(AutosaveOffer::Broken(why)) => card(ui, |ui| {
                ui.label(
                    RichText::new(msgs.get("autosave-broken"))
                        .strong()
                        .color(p.error),
                );
                ui.label(why);
                if ui.button(msgs.get("autosave-discard")).clicked() {
                    actions.push(Action::DiscardAutosave);
                }
            }),
            None => {}
        }

        ui.heading(msgs.get("start-new"));
        let blocked = matches!(
            offer,
            Some(AutosaveOffer::Ready { .. } | AutosaveOffer::NeedsFramework { .. })
        );
        for (index, entry) in frameworks.iter().enumerate() {
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
                let button = egui::Button::new(msgs.get("start-new-button"));
                if ui.add_enabled(!blocked, button).clicked() {
                    actions.push(Action::New(index));
                }
            });
        }
        if ui
            .add_enabled(!blocked, egui::Button::new(msgs.get("start-new-from-file")))
            .on_hover_text(msgs.get("start-new-from-file-help"))
            .clicked()
        {
            actions.push(Action::NewFromFrameworkFile);
        }
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

/// A framed group of related items.
fn card(ui: &mut egui::Ui, add_contents: impl FnOnce(&mut egui::Ui)) {
    theme::card_frame(ui).inner_margin(12.0).show(ui, |ui| {
        ui.set_width(ui.available_width());
        add_contents(ui);
    });
    ui.add_space(theme::ITEM_GAP);
}
