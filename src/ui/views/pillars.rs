//! The side panel: every pillar with its progress, a dot per question so the unanswered ones
//! show at a glance, and a way to jump anywhere.

use eframe::egui::{self, RichText, Sense, Stroke, WidgetInfo};

use crate::i18n::Messages;
use crate::session::Session;
use crate::state::{Action, View};
use crate::ui::theme;

/// The state of one question, as the dots show it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    Answered,
    NotApplicable,
    Unanswered,
    /// Carried over from the last round, for the team to confirm.
    Carried,
}

/// How a question stands.
pub fn mark(session: &Session, question_id: &str) -> Mark {
    match session.assessment.answers.get(question_id) {
        Some(a) if a.carried => Mark::Carried,
        Some(a) if a.not_applicable => Mark::NotApplicable,
        _ if session.is_done(question_id) => Mark::Answered,
        _ => Mark::Unanswered,
    }
}

/// Draws the side panel.
pub fn ui(
    ui: &mut egui::Ui,
    msgs: &Messages,
    session: &Session,
    view: View,
    lang: &str,
    actions: &mut Vec<Action>,
) {
    let p = theme::of(ui);
    let f = &session.framework;
    let questions = session.questions();
    let (done, total) = session.progress();
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.add_space(theme::ITEM_GAP);
        ui.label(
            RichText::new(msgs.format(
                "progress-overall",
                &[("done", done.into()), ("total", total.into())],
            ))
            .strong(),
        );
        ui.add(
            egui::ProgressBar::new(if total == 0 {
                0.0
            } else {
                done as f32 / total as f32
            })
            .desired_height(6.0)
            .fill(p.done),
        );
        ui.add_space(theme::ITEM_GAP);
        if ui
            .selectable_label(view == View::Details, msgs.get("nav-details"))
            .clicked()
        {
            actions.push(Action::Show(View::Details));
        }
        ui.add_space(theme::ITEM_GAP);
        let current = match view {
            View::Question(i) => questions
                .get(i)
                .map(|(pl, q)| (pl.id.as_str(), q.id.as_str())),
            _ => None,
        };
        for pillar in f
            .pillars
            .iter()
            .filter(|pl| session.assessment.in_scope(&pl.id))
        {
            let indices: Vec<usize> = questions
                .iter()
                .enumerate()
                .filter(|(_, (pl, _))| pl.id == pillar.id)
                .map(|(i, _)| i)
                .collect();
            let answered = indices
                .iter()
                .filter(|&&i| session.is_done(&questions[i].1.id))
                .count();
            let is_current = current.is_some_and(|(pid, _)| pid == pillar.id);
            let name = f.tr(&pillar.name, lang);
            let text = format!("{name}  {answered}/{}", indices.len());
            let mut rich = RichText::new(text);
            if is_current {
                rich = rich.strong();
            }
            let response = ui.selectable_label(is_current, rich);
            let response = response.on_hover_text(msgs.format(
                "pillar-progress",
                &[("done", answered.into()), ("total", indices.len().into())],
            ));
            if response.clicked() {
                let first_open = indices
                    .iter()
                    .copied()
                    .find(|&i| !session.is_done(&questions[i].1.id))
                    .or(indices.first().copied());
                if let Some(i) = first_open {
                    actions.push(Action::Show(View::Question(i)));
                }
            }
            ui.horizontal_wrapped(|ui| {
                ui.spacing_mut().item_spacing.x = 4.0;
                for (k, &i) in indices.iter().enumerate() {
                    let (_, q) = questions[i];
                    let m = mark(session, &q.id);
                    let selected = current.is_some_and(|(_, qid)| qid == q.id);
                    let state = msgs.get(match m {
                        Mark::Answered => "mark-answered",
                        Mark::NotApplicable => "mark-not-applicable",
                        Mark::Unanswered => "mark-unanswered",
                        Mark::Carried => "mark-carried",
                    });
                    let label = format!("{name} {} — {state}", k + 1);
                    if dot(ui, m, selected, &label, &p)
                        .on_hover_text(format!("{}\n{state}", f.tr(&q.text, lang)))
                        .clicked()
                    {
                        actions.push(Action::Show(View::Question(i)));
                    }
                }
            });
            ui.add_space(theme::ITEM_GAP);
        }
        ui.separator();
        if ui
            .selectable_label(view == View::Results, msgs.get("nav-results"))
            .clicked()
        {
            actions.push(Action::Show(View::Results));
        }
        ui.add_space(theme::ITEM_GAP);
        ui.label(
            RichText::new(msgs.get("legend-dots"))
                .small()
                .color(p.weak_text),
        );
    });
}

/// A clickable dot: filled when answered, a dash when not applicable, a ring when unanswered,
/// a ring with a centre when carried over from the last round and not yet confirmed.
fn dot(
    ui: &mut egui::Ui,
    m: Mark,
    selected: bool,
    label: &str,
    p: &theme::Palette,
) -> egui::Response {
    let size = egui::vec2(18.0, 18.0);
    let (rect, response) = ui.allocate_exact_size(size, Sense::click());
    response.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, label));
    if ui.is_rect_visible(rect) {
        let painter = ui.painter();
        let c = rect.center();
        let r = 5.5;
        if selected || response.has_focus() {
            painter.rect_stroke(
                rect.shrink(0.5),
                3.0,
                Stroke::new(1.5, p.accent),
                egui::StrokeKind::Inside,
            );
        } else if response.hovered() {
            painter.rect_filled(rect, 3.0, p.accent_fill);
        }
        match m {
            Mark::Answered => {
                painter.circle_filled(c, r, p.done);
            }
            Mark::NotApplicable => {
                painter.line_segment(
                    [c - egui::vec2(r, 0.0), c + egui::vec2(r, 0.0)],
                    Stroke::new(2.5, p.not_applicable),
                );
            }
            Mark::Unanswered => {
                painter.circle_stroke(c, r - 0.75, Stroke::new(1.5, p.missing));
            }
            Mark::Carried => {
                // A ring with a centre: an answer is there, still to be confirmed.
                painter.circle_stroke(c, r - 0.75, Stroke::new(1.5, p.done));
                painter.circle_filled(c, 2.5, p.done);
            }
        }
    }
    response
}
