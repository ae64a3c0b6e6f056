//! The bar across the top: where the team is, where its work is kept, and the interface
//! settings (language, text size, theme).

use eframe::egui::{self, RichText};

use crate::i18n::{LANGUAGES, Messages};
use crate::io::files;
use crate::session::Session;
use crate::state::{Action, Prefs, ThemeChoice, View};
use crate::ui::theme;

/// The tabs beside the assessment's: the comparison (with how many it holds) and the
/// framework editor, when they are open.
#[derive(Clone, Copy, Debug, Default)]
pub struct Tabs {
    pub compared: usize,
    pub editing: bool,
}

/// Draws the top bar.
pub fn ui(
    ui: &mut egui::Ui,
    msgs: &Messages,
    session: Option<&Session>,
    view: View,
    prefs: &Prefs,
    tabs: Tabs,
    actions: &mut Vec<Action>,
) {
    ui.add_space(4.0);
    // The settings sit at the right and the rest wraps in the width they leave, so a long
    // status (Portuguese, French, a large text size) never runs under them. egui lays out in
    // one pass: their width is the one measured last frame, and a change redraws at once.
    let width_id = egui::Id::unique("topbar-settings-width");
    let settings_width = ui
        .ctx()
        .data(|d| d.get_temp::<f32>(width_id))
        .unwrap_or(0.0);
    // Both parts hang from the top, so their first rows line up when the left one wraps.
    ui.with_layout(egui::Layout::left_to_right(egui::Align::Min), |ui| {
        let left = (ui.available_width() - settings_width - ui.spacing().item_spacing.x).max(0.0);
        ui.allocate_ui_with_layout(
            egui::vec2(left, 0.0),
            egui::Layout::left_to_right(egui::Align::Center).with_main_wrap(true),
            |ui| nav_ui(ui, msgs, session, view, tabs, actions),
        );
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Min), |ui| {
            settings_ui(ui, msgs, prefs, actions);
            let used = ui.min_rect().width();
            if (used - settings_width).abs() > 0.5 {
                ui.ctx().data_mut(|d| d.insert_temp(width_id, used));
                ui.ctx()
                    .request_discard("the top bar's settings changed width");
            }
        });
    });
    ui.add_space(4.0);
}

/// Where the team is and where its work is kept.
fn nav_ui(
    ui: &mut egui::Ui,
    msgs: &Messages,
    session: Option<&Session>,
    view: View,
    tabs: Tabs,
    actions: &mut Vec<Action>,
) {
    let p = theme::of(ui);
    ui.label(RichText::new("Pilares").strong().size(17.0).color(p.accent));
    if let Some(session) = session {
        ui.separator();
        let steps = [
            (View::Details, msgs.get("nav-details")),
            (View::Question(0), msgs.get("nav-questions")),
            (View::Results, msgs.get("nav-results")),
            (View::Plan, msgs.get("nav-plan")),
        ];
        // The team's consensus, once its members' own answers are in.
        let consensus = (!session.assessment.ratings.is_empty())
            .then(|| (View::Consensus, msgs.get("nav-consensus")));
        let steps = steps.into_iter().chain(consensus);
        for (target, text) in steps {
            let selected = match (target, view) {
                (View::Question(_), View::Question(_)) => true,
                (a, b) => a == b,
            };
            if ui.selectable_label(selected, text).clicked() {
                actions.push(match (target, view) {
                    (View::Question(_), View::Question(i)) => Action::Show(View::Question(i)),
                    // Back to the question the team was on, not the first.
                    (View::Question(_), _) => Action::ShowQuestions,
                    (t, _) => Action::Show(t),
                });
            }
        }
        other_tabs(ui, msgs, view, tabs, actions);
        ui.separator();
        // A status never splits around a button: it moves to the next row whole.
        let status = |ui: &mut egui::Ui, text: RichText| {
            ui.add(egui::Label::new(text).wrap_mode(egui::TextWrapMode::Extend))
        };
        match session.file() {
            Some(_) if session.conflict.is_some() => {
                status(
                    ui,
                    RichText::new(msgs.get("not-saved-conflict")).color(p.error),
                );
            }
            // The file could not be written: say so, and offer another place, never "saved".
            Some(_) if session.save_error.is_some() => {
                status(
                    ui,
                    RichText::new(msgs.get("not-saved-error")).color(p.error),
                );
                if ui.button(msgs.get("save-as")).clicked() {
                    actions.push(Action::SaveAs);
                }
            }
            Some(path) => {
                let name = path.file_name().map_or_else(
                    || files::display_path(path),
                    |n| n.to_string_lossy().into_owned(),
                );
                status(
                    ui,
                    RichText::new(msgs.format("saved-in", &[("file", name.into())])).color(p.done),
                )
                .on_hover_text(files::display_path(path));
            }
            None => {
                status(
                    ui,
                    RichText::new(msgs.get("kept-in-autosave")).color(p.missing),
                )
                .on_hover_text(msgs.get("kept-in-autosave-help"));
                if ui.button(msgs.get("save-as")).clicked() {
                    actions.push(Action::SaveAs);
                }
            }
        }
        // In the browser the file lives in the page: "Download" gives its newest state.
        if cfg!(target_arch = "wasm32")
            && session.file().is_some()
            && ui
                .button(msgs.get("download"))
                .on_hover_text(msgs.get("download-help"))
                .clicked()
        {
            actions.push(Action::Download);
        }
        if ui
            .button(msgs.get("close"))
            .on_hover_text(msgs.get("close-help"))
            .clicked()
        {
            actions.push(Action::Close);
        }
    }
    if session.is_none() && (tabs.compared > 0 || tabs.editing) {
        ui.separator();
        if ui
            .selectable_label(view == View::Start, msgs.get("nav-start"))
            .clicked()
        {
            actions.push(Action::Show(View::Start));
        }
        other_tabs(ui, msgs, view, tabs, actions);
    }
}

/// The comparison's and the editor's tabs, when they are open.
fn other_tabs(
    ui: &mut egui::Ui,
    msgs: &Messages,
    view: View,
    tabs: Tabs,
    actions: &mut Vec<Action>,
) {
    if tabs.compared > 0 {
        let text = msgs.format("nav-compare", &[("count", tabs.compared.into())]);
        if ui.selectable_label(view == View::Compare, text).clicked() {
            actions.push(Action::Show(View::Compare));
        }
    }
    if tabs.editing
        && ui
            .selectable_label(view == View::Editor, msgs.get("nav-editor"))
            .clicked()
    {
        actions.push(Action::Show(View::Editor));
    }
}

fn settings_ui(ui: &mut egui::Ui, msgs: &Messages, prefs: &Prefs, actions: &mut Vec<Action>) {
    // In a narrow window (a small laptop, large text) the settings shrink to symbols, named in
    // full on hover and to screen readers, and leave the row to where the team is.
    let narrow = ui.ctx().content_rect().width() < 900.0;
    let (theme_text, other) = match prefs.theme {
        ThemeChoice::Light => (msgs.get("theme-dark"), ThemeChoice::Dark),
        ThemeChoice::Dark => (msgs.get("theme-light"), ThemeChoice::Light),
    };
    let theme_button = if narrow {
        let button = ui.button("◐").on_hover_text(&theme_text);
        button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &theme_text));
        button
    } else {
        ui.button(theme_text)
    };
    if theme_button.clicked() {
        actions.push(Action::SetTheme(other));
    }
    if ui.button("A+").on_hover_text(msgs.get("zoom-in")).clicked() {
        actions.push(Action::SetZoom(prefs.zoom + 0.1));
    }
    if ui
        .button("A−")
        .on_hover_text(msgs.get("zoom-out"))
        .clicked()
    {
        actions.push(Action::SetZoom(prefs.zoom - 0.1));
    }
    let current = LANGUAGES
        .iter()
        .find(|(c, _)| *c == msgs.lang())
        .map_or("English", |(_, name)| *name);
    let combo = if narrow {
        egui::ComboBox::from_id_salt("language")
    } else {
        egui::ComboBox::from_label(msgs.get("language"))
    };
    let shown = combo.selected_text(current).show_ui(ui, |ui| {
        for (code, name) in LANGUAGES {
            if ui.selectable_label(*code == msgs.lang(), *name).clicked() {
                actions.push(Action::SetLanguage(code));
            }
        }
    });
    if narrow {
        // Without its visible label, still named for screen readers.
        let name = msgs.get("language");
        shown
            .response
            .on_hover_text(&name)
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, &name));
    }
}
