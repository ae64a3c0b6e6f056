//! One question at a time: the question, its guidance, the rubric descriptor of each level as
//! the choices, not applicable, a note for evidence, and the way on. Keyboard: number keys or
//! ↑/↓ choose a level, N marks not applicable, Enter or → goes on, ← goes back.

use eframe::egui::{self, Key, Modifiers, RichText, Sense, Stroke, WidgetInfo};

use crate::i18n::Messages;
use crate::model::framework::Framework;
use crate::session::{Edit, Session};
use crate::state::{Action, QuestionKey};
use crate::ui::theme;

const NUMBER_KEYS: [Key; 9] = [
    Key::Num1,
    Key::Num2,
    Key::Num3,
    Key::Num4,
    Key::Num5,
    Key::Num6,
    Key::Num7,
    Key::Num8,
    Key::Num9,
];

/// Draws the question at `index` (of the questions in scope).
pub fn ui(
    ui: &mut egui::Ui,
    msgs: &Messages,
    session: &Session,
    index: usize,
    lang: &str,
    actions: &mut Vec<Action>,
) {
    let questions = session.questions();
    let Some(&(pillar, question)) = questions.get(index) else {
        return;
    };
    let f: &Framework = &session.framework;
    let answer = session.assessment.answers.get(&question.id);
    let level = answer.and_then(|a| a.level);
    let not_applicable = answer.is_some_and(|a| a.not_applicable);

    keyboard(ui, actions);

    let p = theme::of(ui);
    let in_pillar: Vec<usize> = questions
        .iter()
        .enumerate()
        .filter(|(_, (pl, _))| pl.id == pillar.id)
        .map(|(i, _)| i)
        .collect();
    let position = in_pillar.iter().position(|&i| i == index).unwrap_or(0) + 1;

    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.set_max_width(theme::READING_WIDTH.min(ui.available_width()));
        ui.add_space(theme::ITEM_GAP);
        ui.label(
            RichText::new(f.tr(&pillar.name, lang).to_uppercase())
                .color(p.accent)
                .strong(),
        );
        ui.label(
            RichText::new(msgs.format(
                "question-position",
                &[
                    ("n", position.into()),
                    ("count", in_pillar.len().into()),
                    ("overall", (index + 1).into()),
                    ("total", questions.len().into()),
                ],
            ))
            .color(p.weak_text),
        );
        ui.add_space(theme::ITEM_GAP);
        ui.label(
            RichText::new(f.tr(&question.text, lang))
                .size(theme::QUESTION_SIZE)
                .strong(),
        );
        if let Some(help) = &question.help {
            ui.add_space(theme::ITEM_GAP);
            theme::card_frame(ui).show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(RichText::new(msgs.get("question-guidance")).strong());
                ui.label(f.tr(help, lang));
            });
        }
        ui.add_space(theme::SECTION_GAP);

        ui.label(RichText::new(msgs.get("question-choose")).strong());
        for (k, scale_level) in f.scale.iter().enumerate() {
            let title = format!("{} · {}", scale_level.value, f.tr(&scale_level.label, lang));
            let descriptor = question
                .levels
                .get(&scale_level.value)
                .map(|t| f.tr(t, lang).to_owned())
                .unwrap_or_default();
            let key = (k < NUMBER_KEYS.len()).then(|| (k + 1).to_string());
            let selected = level == Some(scale_level.value);
            let response = choice(ui, selected, key.as_deref(), &title, &descriptor, &p);
            if response.clicked() {
                let value = if selected {
                    None
                } else {
                    Some(scale_level.value)
                };
                actions.push(Action::Edit(Edit::Level {
                    question: question.id.clone(),
                    level: value,
                }));
            }
            ui.add_space(4.0);
        }
        ui.add_space(theme::ITEM_GAP);
        let mut na = not_applicable;
        if ui
            .checkbox(&mut na, msgs.get("question-not-applicable"))
            .changed()
        {
            actions.push(Action::Edit(Edit::NotApplicable {
                question: question.id.clone(),
                value: na,
            }));
        }
        ui.add_space(theme::SECTION_GAP);
        if let Some(carried) = answer.filter(|a| a.carried) {
            // Last round's answer, carried over: the team confirms it or chooses again. Below
            // the choices, so that the choices never move when the card goes (a double click
            // on "Confirm" must not land on a level).
            let was = if carried.not_applicable {
                msgs.get("mark-not-applicable")
            } else {
                carried
                    .level
                    .and_then(|v| f.level(v))
                    .map(|l| format!("{} · {}", l.value, f.tr(&l.label, lang)))
                    .unwrap_or_default()
            };
            theme::card_frame(ui).show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(
                    RichText::new(msgs.format("question-carried", &[("level", was.into())]))
                        .strong(),
                );
                ui.label(msgs.get("question-carried-help"));
                if ui.button(msgs.get("question-confirm")).clicked() {
                    actions.push(Action::Edit(Edit::Confirm(question.id.clone())));
                }
            });
            ui.add_space(theme::ITEM_GAP);
        }

        let note_label = ui.label(RichText::new(msgs.get("question-note")).strong());
        let mut note = answer.and_then(|a| a.note.clone()).unwrap_or_default();
        let response = ui
            .add(
                egui::TextEdit::multiline(&mut note)
                    .hint_text(msgs.get("question-note-hint"))
                    .desired_rows(3)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(note_label.id);
        if response.changed() {
            actions.push(Action::Edit(Edit::Note {
                question: question.id.clone(),
                note,
            }));
        }

        if !pillar.discussion.is_empty() {
            ui.add_space(theme::ITEM_GAP);
            egui::CollapsingHeader::new(msgs.get("question-discussion"))
                .id_salt(("discussion", &pillar.id))
                .show(ui, |ui| {
                    for prompt in &pillar.discussion {
                        ui.label(format!("• {}", f.tr(prompt, lang)));
                    }
                });
        }

        ui.add_space(theme::SECTION_GAP);
        ui.label(
            RichText::new(msgs.get("question-keys"))
                .small()
                .color(p.weak_text),
        );
        ui.add_space(theme::SECTION_GAP);
    });
}

/// The way on, in a bar of its own below the question: always in view, however long the
/// question and its rubric, on a small laptop with large text too.
pub fn nav_bar(
    ui: &mut egui::Ui,
    msgs: &Messages,
    session: &Session,
    index: usize,
    actions: &mut Vec<Action>,
) {
    ui.add_space(theme::ITEM_GAP);
    ui.horizontal_wrapped(|ui| {
        if ui.button(msgs.get("previous")).clicked() {
            actions.push(Action::Previous);
        }
        let next = if index + 1 >= session.questions().len() {
            msgs.get("see-results")
        } else {
            msgs.get("next")
        };
        if ui.button(RichText::new(next).strong()).clicked() {
            actions.push(Action::Next);
        }
    });
    ui.add_space(theme::ITEM_GAP);
}

/// The keys of the question view, read before any widget so a focused button does not also
/// act on them; nothing is taken while a text field has the keyboard. While another widget has
/// it (the Questions tab reached by Tab, a level's card), the level keys and N still answer,
/// but Enter and the arrows stay that widget's.
fn keyboard(ui: &mut egui::Ui, actions: &mut Vec<Action>) {
    let ctx = ui.ctx().clone();
    if ctx.text_edit_focused() || ctx.any_popup_open() {
        return;
    }
    let widget_focused = ctx.egui_wants_keyboard_input();
    // Keys are read in the order they were typed, and each is applied to the question shown
    // when its turn comes: `3⏎2⏎` arriving in one frame answers two questions, in order.
    ui.input_mut(|input| {
        let mut taken = Vec::new();
        for (i, event) in input.events.iter().enumerate() {
            let egui::Event::Key {
                key,
                pressed: true,
                modifiers,
                ..
            } = event
            else {
                continue;
            };
            if *modifiers != Modifiers::NONE {
                continue;
            }
            let action = match key {
                Key::ArrowDown | Key::ArrowUp | Key::Enter | Key::ArrowRight | Key::ArrowLeft
                    if widget_focused =>
                {
                    continue;
                }
                Key::ArrowDown => Action::QuestionKey(QuestionKey::Down),
                Key::ArrowUp => Action::QuestionKey(QuestionKey::Up),
                Key::N => Action::QuestionKey(QuestionKey::NotApplicable),
                Key::Enter | Key::ArrowRight => Action::Next,
                Key::ArrowLeft => Action::Previous,
                other => match NUMBER_KEYS.iter().position(|k| k == other) {
                    Some(k) => Action::QuestionKey(QuestionKey::Level(k)),
                    None => continue,
                },
            };
            actions.push(action);
            taken.push(i);
        }
        // Taken keys are not seen again by a focused button.
        let mut index = 0;
        input.events.retain(|_| {
            let keep = !taken.contains(&index);
            index += 1;
            keep
        });
    });
}

/// A rubric choice: the level's label and its descriptor in one selectable card, announced to
/// screen readers as a radio button.
fn choice(
    ui: &mut egui::Ui,
    selected: bool,
    key: Option<&str>,
    title: &str,
    descriptor: &str,
    p: &theme::Palette,
) -> egui::Response {
    let width = ui.available_width();
    let pad = theme::CHOICE_PADDING;
    let key_w = 26.0;
    let text_w = (width - 2.0 * pad - key_w).max(60.0);
    let text_color = ui.visuals().text_color();
    let title_galley = ui.painter().layout(
        title.to_owned(),
        egui::FontId::proportional(16.0),
        ui.visuals().strong_text_color(),
        text_w,
    );
    let body_galley = ui.painter().layout(
        descriptor.to_owned(),
        egui::FontId::proportional(14.0),
        text_color,
        text_w,
    );
    let height = pad * 2.0 + title_galley.size().y + 4.0 + body_galley.size().y;
    let (rect, response) = ui.allocate_exact_size(egui::vec2(width, height), Sense::click());
    let label = if descriptor.is_empty() {
        title.to_owned()
    } else {
        format!("{title}: {descriptor}")
    };
    response.widget_info(|| WidgetInfo::selected(egui::Role::RadioButton, true, selected, &label));
    if ui.is_rect_visible(rect) {
        let painter = ui.painter();
        let visuals = ui.visuals();
        let (fill, stroke) = if selected {
            (p.accent_fill, Stroke::new(2.0, p.accent))
        } else if response.hovered() || response.has_focus() {
            (
                visuals.widgets.hovered.weak_bg_fill,
                Stroke::new(1.0, p.accent),
            )
        } else {
            (
                p.card,
                Stroke::new(1.0, visuals.widgets.noninteractive.bg_stroke.color),
            )
        };
        painter.rect(rect, theme::RADIUS, fill, stroke, egui::StrokeKind::Inside);
        if response.has_focus() {
            painter.rect_stroke(
                rect.expand(2.0),
                theme::RADIUS,
                Stroke::new(1.5, p.accent),
                egui::StrokeKind::Outside,
            );
        }
        let left = rect.left() + pad;
        if let Some(key) = key {
            let c = egui::pos2(left + 9.0, rect.top() + pad + 9.0);
            if selected {
                painter.circle_filled(c, 10.0, p.accent);
                painter.text(
                    c,
                    egui::Align2::CENTER_CENTER,
                    key,
                    egui::FontId::proportional(13.0),
                    visuals.panel_fill,
                );
            } else {
                painter.circle_stroke(c, 9.5, Stroke::new(1.0, p.weak_text));
                painter.text(
                    c,
                    egui::Align2::CENTER_CENTER,
                    key,
                    egui::FontId::proportional(13.0),
                    p.weak_text,
                );
            }
        }
        let x = left + key_w;
        let title_pos = egui::pos2(x, rect.top() + pad);
        let title_h = title_galley.size().y;
        painter.galley(title_pos, title_galley, text_color);
        painter.galley(
            egui::pos2(x, rect.top() + pad + title_h + 4.0),
            body_galley,
            text_color,
        );
    }
    response
}
