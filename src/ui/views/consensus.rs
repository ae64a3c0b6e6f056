//! The team settles together: the questions its members rated differently first (widest
//! spread first), each with the rubric's levels and who chose which (their notes on hover);
//! the team picks the agreed level, writes the reason, and moves on.

use eframe::egui::{self, RichText};

use crate::analysis::agreement::{self, QuestionAgreement};
use crate::i18n::Messages;
use crate::model::framework::Framework;
use crate::session::{Edit, Session};
use crate::state::Action;
use crate::ui::theme;

/// Draws the consensus view.
pub fn ui(
    ui: &mut egui::Ui,
    msgs: &Messages,
    session: &Session,
    lang: &str,
    actions: &mut Vec<Action>,
) {
    let p = theme::of(ui);
    let f: &Framework = &session.framework;
    let a = &session.assessment;
    let ag = agreement::agreement(a, f);
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.set_max_width(theme::READING_WIDTH.min(ui.available_width()));
        ui.add_space(theme::ITEM_GAP);
        ui.heading(msgs.format("consensus-title", &[("label", a.label.clone().into())]));
        ui.label(RichText::new(msgs.get("consensus-intro")).color(p.weak_text));
        ui.horizontal_wrapped(|ui| {
            if ui.button(msgs.get("bring-in")).clicked() {
                actions.push(Action::BringInParticipants);
            }
            if !session.assessment.ratings.is_empty()
                && ui.button(msgs.get("consensus-compare-members")).clicked()
            {
                actions.push(Action::CompareMembers);
            }
            // For the whole room.
            let mut projector = theme::projector(ui);
            if ui
                .checkbox(&mut projector, msgs.get("compare-projector"))
                .on_hover_text(msgs.get("compare-projector-help"))
                .changed()
            {
                actions.push(Action::SetProjector(projector));
            }
        });
        ui.add_space(theme::SECTION_GAP);
        let mut questions: Vec<&QuestionAgreement> = ag
            .questions
            .iter()
            .filter(|q| f.question(&q.question_id).is_some())
            .collect();
        if questions.is_empty() {
            ui.label(RichText::new(msgs.get("consensus-none")).color(p.weak_text));
            return;
        }
        let settled = |q: &QuestionAgreement| q.agreed.is_some() || q.agreed_not_applicable;
        let done = questions.iter().filter(|q| settled(q)).count();
        ui.label(msgs.format(
            "consensus-progress",
            &[
                ("settled", done.into()),
                ("open", (questions.len() - done).into()),
            ],
        ));
        ui.add(
            egui::ProgressBar::new(done as f32 / questions.len() as f32)
                .desired_width(ui.available_width().min(420.0))
                .fill(p.done),
        );
        if let Some(alpha) = ag.alpha_ordinal {
            ui.label(agreement::alpha_reading(msgs, alpha));
        }
        ui.add_space(theme::SECTION_GAP);
        // Widest spread first (then the framework's order). A question keeps its place when
        // the team settles it, so the discussion goes down the page without anything moving.
        questions.sort_by_key(|q| std::cmp::Reverse(q.spread().unwrap_or(0)));
        for q in questions {
            question_card(ui, msgs, session, q, lang, actions);
            ui.add_space(theme::ITEM_GAP);
        }
    });
}

fn question_card(
    ui: &mut egui::Ui,
    msgs: &Messages,
    session: &Session,
    q: &QuestionAgreement,
    lang: &str,
    actions: &mut Vec<Action>,
) {
    let p = theme::of(ui);
    let f = &session.framework;
    let Some((pillar, question)) = f.question(&q.question_id) else {
        return;
    };
    let ratings = session
        .assessment
        .ratings
        .get(&q.question_id)
        .map_or(&[][..], Vec::as_slice);
    theme::card_frame(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.push_id(("consensus", &q.question_id), |ui| {
            ui.label(RichText::new(f.tr(&pillar.name, lang)).color(p.accent));
            ui.label(RichText::new(f.tr(&question.text, lang)).strong());
            // Each level with who chose it; the team's choice selected.
            let mut majority: Option<(i64, usize)> = None;
            for level in &f.scale {
                let who: Vec<_> = ratings
                    .iter()
                    .filter(|r| !r.not_applicable && r.level == Some(level.value))
                    .collect();
                if who.len() > majority.map_or(0, |(_, n)| n) {
                    majority = Some((level.value, who.len()));
                }
                ui.horizontal_wrapped(|ui| {
                    let text = format!("{} · {}", level.value, f.tr(&level.label, lang));
                    // A framed button, so that it looks like what it is: the team's choice.
                    let response = ui
                        .add(egui::Button::new(text).selected(q.agreed == Some(level.value)))
                        .on_hover_text(
                            question
                                .levels
                                .get(&level.value)
                                .map_or("", |t| f.tr(t, lang)),
                        );
                    if response.clicked() {
                        actions.push(Action::Edit(Edit::Level {
                            question: q.question_id.clone(),
                            level: Some(level.value),
                        }));
                    }
                    for r in who {
                        chip(ui, &r.by, r.note.as_deref());
                    }
                });
            }
            let na: Vec<_> = ratings.iter().filter(|r| r.not_applicable).collect();
            ui.horizontal_wrapped(|ui| {
                if ui
                    .add(
                        egui::Button::new(msgs.get("mark-not-applicable"))
                            .selected(q.agreed_not_applicable),
                    )
                    .clicked()
                {
                    actions.push(Action::Edit(Edit::NotApplicable {
                        question: q.question_id.clone(),
                        value: true,
                    }));
                }
                for r in na {
                    chip(ui, &r.by, r.note.as_deref());
                }
            });
            // Settled away from what most chose: said, so the reason gets written down.
            let mut note = session
                .assessment
                .answers
                .get(&q.question_id)
                .and_then(|x| x.note.clone())
                .unwrap_or_default();
            if let (Some(agreed), Some((most, _))) = (q.agreed, majority)
                && agreed != most
            {
                // Until the reason is written, ask for it.
                let id = if note.trim().is_empty() {
                    "consensus-away-from-majority"
                } else {
                    "consensus-away-from-majority-noted"
                };
                ui.colored_label(p.missing, msgs.get(id));
            }
            let reason = ui.label(RichText::new(msgs.get("consensus-reason")).strong());
            if ui
                .add(
                    egui::TextEdit::singleline(&mut note)
                        .hint_text(msgs.get("consensus-reason-hint"))
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(reason.id)
                .changed()
            {
                actions.push(Action::Edit(Edit::Note {
                    question: q.question_id.clone(),
                    note,
                }));
            }
        });
    });
}

/// A participant's name beside the level they chose; their note on hover.
fn chip(ui: &mut egui::Ui, name: &str, note: Option<&str>) {
    let p = theme::of(ui);
    let text = match note {
        Some(_) => format!("{name} ✎"),
        None => name.to_owned(),
    };
    let response = egui::Frame::new()
        .fill(p.accent_fill)
        .corner_radius(8)
        .inner_margin(egui::Margin::symmetric(6, 1))
        .show(ui, |ui| ui.label(text))
        .response;
    if let Some(note) = note {
        response.on_hover_text(note);
    }
}
