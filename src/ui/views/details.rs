//! Team details: who is assessing, when, and which pillars.

use eframe::egui::{self, RichText};

use crate::i18n::Messages;
use crate::model::assessment::is_iso_date;
use crate::session::{Edit, Session};
use crate::state::{Action, View};
use crate::ui::theme;
use crate::ui::widgets::date_field::{self, DateEdit};

/// Draws the team-details form.
pub fn ui(
    ui: &mut egui::Ui,
    msgs: &Messages,
    session: &Session,
    lang: &str,
    actions: &mut Vec<Action>,
) {
    let p = theme::of(ui);
    let a = &session.assessment;
    let f = &session.framework;
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.set_max_width(theme::READING_WIDTH.min(ui.available_width()));
        ui.add_space(theme::ITEM_GAP);
        ui.heading(msgs.get("details-title"));
        ui.label(RichText::new(msgs.get("details-intro")).color(p.weak_text));
        ui.add_space(theme::SECTION_GAP);

        let edit = |ui: &mut egui::Ui, label: String, value: &str, hint: &str| -> Option<String> {
            let label = ui.label(RichText::new(label).strong());
            let mut text = value.to_owned();
            let response = ui
                .add(
                    egui::TextEdit::singleline(&mut text)
                        .hint_text(hint)
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(label.id);
            ui.add_space(theme::ITEM_GAP);
            response.changed().then_some(text)
        };

        if let Some(v) = edit(
            ui,
            msgs.get("details-label"),
            &a.label,
            &msgs.get("details-label-hint"),
        ) {
            actions.push(Action::Edit(Edit::Label(v)));
        }
        if a.label.trim().is_empty() {
            ui.colored_label(p.error, msgs.get("details-label-empty"));
        }
        let country = a.country.as_deref().unwrap_or_default();
        if let Some(v) = edit(ui, msgs.get("details-country"), country, "") {
            actions.push(Action::Edit(Edit::Country(v)));
        }
        let team = a.team.as_deref().unwrap_or_default();
        if let Some(v) = edit(
            ui,
            msgs.get("details-team"),
            team,
            &msgs.get("details-team-hint"),
        ) {
            actions.push(Action::Edit(Edit::Team(v)));
        }
        let label = ui.label(RichText::new(msgs.get("details-date")).strong());
        match date_field::ui(
            ui,
            msgs,
            "details-date",
            label,
            a.date.as_deref(),
            f32::INFINITY,
        ) {
            Some(DateEdit::Set(iso)) => actions.push(Action::Edit(Edit::Date(iso))),
            Some(DateEdit::Cleared) => actions.push(Action::Edit(Edit::Date(String::new()))),
            None => {}
        }
        if a.date.as_deref().is_some_and(|d| !is_iso_date(d)) {
            // A date from a file written elsewhere that is no date: named, kept as it is.
            ui.colored_label(p.error, msgs.get("details-date-invalid"));
        }
        ui.add_space(theme::ITEM_GAP);

        // Participants: one per line. The text as typed lives in egui's memory, so that an
        // empty line being typed is not swallowed by the model's tidy list.
        let label = ui.label(RichText::new(msgs.get("details-participants")).strong());
        let id = ui.scope_id().with("participants-text");
        let from_model = a.participants.join("\n");
        let mut text = ui
            .data(|d| d.get_temp::<String>(id))
            .filter(|t| tidy_lines(t) == a.participants)
            .unwrap_or(from_model);
        let response = ui
            .add(
                egui::TextEdit::multiline(&mut text)
                    .hint_text(msgs.get("details-participants-hint"))
                    .desired_rows(4)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        if response.changed() {
            actions.push(Action::Edit(Edit::Participants(tidy_lines(&text))));
        }
        ui.data_mut(|d| d.insert_temp(id, text));
        // Before the team meets, each member answers alone in a copy of their own.
        if !a.participants.is_empty() {
            ui.label(RichText::new(msgs.get("answer-alone-help")).color(p.weak_text));
            ui.horizontal_wrapped(|ui| {
                for name in &a.participants {
                    if ui
                        .button(msgs.format("answer-alone", &[("name", name.clone().into())]))
                        .clicked()
                    {
                        actions.push(Action::AnswerAlone(name.clone()));
                    }
                }
            });
        }
        ui.add_space(theme::SECTION_GAP);

        // Scope: the pillars this team assesses (a workshop may take three as its lens).
        ui.label(RichText::new(msgs.get("details-scope")).strong());
        ui.label(RichText::new(msgs.get("details-scope-help")).color(p.weak_text));
        let in_scope: Vec<&str> = f
            .pillars
            .iter()
            .filter(|pl| a.in_scope(&pl.id))
            .map(|pl| pl.id.as_str())
            .collect();
        for pillar in &f.pillars {
            let mut checked = a.in_scope(&pillar.id);
            let can_change = !checked || in_scope.len() > 3;
            let response = ui.add_enabled(
                can_change,
                egui::Checkbox::new(&mut checked, f.tr(&pillar.name, lang)),
            );
            if response.changed() {
                let scope: Vec<String> = f
                    .pillars
                    .iter()
                    .filter(|pl| {
                        if pl.id == pillar.id {
                            checked
                        } else {
                            a.in_scope(&pl.id)
                        }
                    })
                    .map(|pl| pl.id.clone())
                    .collect();
                let scope = (scope.len() < f.pillars.len()).then_some(scope);
                actions.push(Action::Edit(Edit::Scope(scope)));
            }
        }
        ui.add_space(theme::SECTION_GAP);
        if ui
            .add(egui::Button::new(
                RichText::new(msgs.get("details-begin")).strong(),
            ))
            .clicked()
        {
            actions.push(Action::Show(View::Question(0)));
        }
        ui.add_space(theme::SECTION_GAP);
    });
}

fn tidy_lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}
