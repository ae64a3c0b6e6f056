//! One action of the plan, edited in place: text, owner, due date (typed as people type dates)
//! and status, overdue marked.

use super::*;

#[expect(clippy::too_many_arguments, reason = "one row of the action list")]
pub(super) fn action_ui(
    ui: &mut egui::Ui,
    msgs: &Messages,
    f: &Framework,
    action: &PlanAction,
    index: usize,
    today: &str,
    lang: &str,
    actions: &mut Vec<Action>,
) {
    let p = theme::of(ui);
    let update = |changed: PlanAction| {
        Action::Edit(Edit::UpdateAction {
            index,
            action: changed,
        })
    };
    theme::card_frame(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.push_id(("action", index), |ui| {
            ui.horizontal_wrapped(|ui| {
                let pillar_name = f
                    .pillar(&action.pillar)
                    .map_or(action.pillar.as_str(), |pl| f.tr(&pl.name, lang));
                let label = ui.label(msgs.get("col-pillar"));
                egui::ComboBox::from_id_salt("pillar")
                    .selected_text(pillar_name)
                    .show_ui(ui, |ui| {
                        for pl in &f.pillars {
                            if ui
                                .selectable_label(pl.id == action.pillar, f.tr(&pl.name, lang))
                                .clicked()
                            {
                                let mut changed = action.clone();
                                changed.pillar = pl.id.clone();
                                if changed.question.as_deref().is_some_and(|q| {
                                    f.question(q).is_none_or(|(qp, _)| qp.id != pl.id)
                                }) {
                                    changed.question = None;
                                }
                                actions.push(update(changed));
                            }
                        }
                    })
                    .response
                    .labelled_by(label.id);
                if is_overdue(action.due.as_deref(), action.status, today) {
                    ui.label(
                        RichText::new(msgs.get("plan-overdue"))
                            .color(p.error)
                            .strong(),
                    );
                }
            });
            if let Some((_, q)) = action.question.as_deref().and_then(|q| f.question(q)) {
                ui.label(RichText::new(f.tr(&q.text, lang)).color(p.weak_text));
            }
            let label = ui.label(msgs.get("report-action"));
            let mut text = action.text.clone();
            if ui
                .add(
                    egui::TextEdit::multiline(&mut text)
                        .desired_rows(2)
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(label.id)
                .changed()
            {
                let mut changed = action.clone();
                changed.text = text;
                actions.push(update(changed));
            }
            ui.horizontal_wrapped(|ui| {
                let label = ui.label(msgs.get("report-owner"));
                let mut owner = action.owner.clone().unwrap_or_default();
                if ui
                    .add(egui::TextEdit::singleline(&mut owner).desired_width(200.0))
                    .labelled_by(label.id)
                    .changed()
                {
                    let mut changed = action.clone();
                    changed.owner = (!owner.trim().is_empty()).then_some(owner);
                    actions.push(update(changed));
                }
                let label = ui.label(msgs.get("report-due"));
                if let Some(edit) = date_field::ui(
                    ui,
                    msgs,
                    ("due", index),
                    label,
                    action.due.as_deref(),
                    110.0,
                ) {
                    let mut changed = action.clone();
                    changed.due = match edit {
                        DateEdit::Set(iso) => Some(iso),
                        DateEdit::Cleared => None,
                    };
                    actions.push(update(changed));
                }
                let label = ui.label(msgs.get("report-status"));
                egui::ComboBox::from_id_salt("status")
                    .selected_text(msgs.get(status_id(action.status)))
                    .show_ui(ui, |ui| {
                        for status in STATUSES {
                            if ui
                                .selectable_label(
                                    status == action.status,
                                    msgs.get(status_id(status)),
                                )
                                .clicked()
                            {
                                let mut changed = action.clone();
                                changed.status = status;
                                actions.push(update(changed));
                            }
                        }
                    })
                    .response
                    .labelled_by(label.id);
                if ui.button(msgs.get("plan-remove")).clicked() {
                    actions.push(Action::Edit(Edit::RemoveAction(index)));
                }
            });
            if action
                .due
                .as_deref()
                .is_some_and(|d| !crate::model::assessment::is_iso_date(d))
            {
                ui.colored_label(p.error, msgs.get("details-date-invalid"));
            }
        });
    });
    ui.add_space(4.0);
}
