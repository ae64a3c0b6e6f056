//! The framework editor: the outline of pillars and questions at the side, the selected part's
//! fields in the middle with its texts in every language side by side (each missing one
//! marked), and the problems above, each a click away from its part.

use eframe::egui::{self, RichText, Stroke};

use crate::i18n::Messages;
use crate::model::framework::Framework;
use crate::model::framework::edit::{FrameworkEdit, Part, TextRef};
use crate::state::{Action, EditorAction, FrameworkEditor};
use crate::ui::theme;

fn act(actions: &mut Vec<Action>, action: EditorAction) {
    actions.push(Action::Editor(action));
}

fn edit(actions: &mut Vec<Action>, edit: FrameworkEdit) {
    act(actions, EditorAction::Edit(edit));
}

/// A pillar's name as the outline shows it: its name in the interface's language (or the
/// default), else its id.
fn pillar_title(f: &Framework, p: usize, lang: &str) -> String {
    f.pillars.get(p).map_or_else(String::new, |x| {
        let name = x.name.get(lang, f.default_language());
        if name.trim().is_empty() {
            x.id.clone()
        } else {
            name.to_owned()
        }
    })
}

/// The side panel: the framework, its pillars and their questions, to select, and "add".
pub fn outline_ui(
    ui: &mut egui::Ui,
    msgs: &Messages,
    editor: &FrameworkEditor,
    actions: &mut Vec<Action>,
) {
    let f = &editor.framework;
    let lang = msgs.lang();
    let p = theme::of(ui);
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.add_space(theme::ITEM_GAP);
        let count = editor.problem_count();
        // Wrapped in the panel's width: the panel never changes size as the count changes.
        let (colour, text) = if count == 0 {
            (p.done, msgs.get("editor-no-problems"))
        } else {
            (
                p.error,
                msgs.format("editor-problems", &[("count", count.into())]),
            )
        };
        ui.add(egui::Label::new(RichText::new(text).color(colour)).wrap());
        // A language with texts missing is one the framework cannot be shown in (one output
        // is never a mix): say so where it cannot be missed.
        let missing: Vec<String> = editor
            .missing_translations()
            .into_iter()
            .filter(|(_, n)| *n > 0)
            .map(|(l, n)| format!("{l} ({n})"))
            .collect();
        if !missing.is_empty() {
            ui.add(
                egui::Label::new(
                    RichText::new(msgs.format(
                        "editor-incomplete",
                        &[
                            ("langs", missing.join(", ").into()),
                            ("default", f.default_language().to_owned().into()),
                        ],
                    ))
                    .color(p.missing),
                )
                .wrap(),
            );
        }
        ui.add_space(theme::ITEM_GAP);
        let title = {
            let name = f.name.get(lang, f.default_language());
            if name.trim().is_empty() {
                msgs.get("editor-framework")
            } else {
                name.to_owned()
            }
        };
        if ui
            .selectable_label(
                editor.part == Part::Framework,
                RichText::new(title).strong(),
            )
            .clicked()
        {
            act(actions, EditorAction::Select(Part::Framework));
        }
        for (pi, pillar) in f.pillars.iter().enumerate() {
            ui.add_space(4.0);
            let text = format!("{}. {}", pi + 1, pillar_title(f, pi, lang));
            if ui
                .selectable_label(
                    editor.part == Part::Pillar(pi),
                    RichText::new(text).strong(),
                )
                .clicked()
            {
                act(actions, EditorAction::Select(Part::Pillar(pi)));
            }
            for (qi, q) in pillar.questions.iter().enumerate() {
                ui.horizontal(|ui| {
                    ui.add_space(14.0);
                    let selected = editor.part == Part::Question(pi, qi);
                    if ui.selectable_label(selected, &q.id).clicked() {
                        act(actions, EditorAction::Select(Part::Question(pi, qi)));
                    }
                });
            }
        }
        ui.add_space(theme::ITEM_GAP);
        if ui.button(msgs.get("editor-add-pillar")).clicked() {
            edit(actions, FrameworkEdit::AddPillar);
        }
    });
}

/// The toolbar, the problems, and the selected part.
pub fn ui(ui: &mut egui::Ui, msgs: &Messages, editor: &FrameworkEditor, actions: &mut Vec<Action>) {
    let p = theme::of(ui);
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.add_space(theme::ITEM_GAP);
        ui.heading(msgs.get("editor-title"));
        let place = editor.path.as_deref().map_or_else(
            || msgs.get("editor-not-in-a-file"),
            crate::io::files::display_path,
        );
        ui.label(RichText::new(place).color(p.weak_text));
        ui.horizontal_wrapped(|ui| {
            if ui.button(msgs.get("editor-save")).clicked() {
                act(actions, EditorAction::Save);
            }
            if ui.button(msgs.get("editor-save-as")).clicked() {
                act(actions, EditorAction::SaveAs);
            }
            if ui
                .button(msgs.get("editor-try"))
                .on_hover_text(msgs.get("editor-try-help"))
                .clicked()
            {
                act(actions, EditorAction::Try);
            }
            if ui.button(msgs.get("editor-close")).clicked() {
                act(actions, EditorAction::Close);
            }
        });
        if editor.confirm_close {
            theme::card_frame(ui).show(ui, |ui| {
                ui.colored_label(p.missing, msgs.get("editor-unsaved"));
                ui.horizontal_wrapped(|ui| {
                    if ui.button(msgs.get("editor-keep-editing")).clicked() {
                        act(actions, EditorAction::KeepEditing);
                    }
                    if ui.button(msgs.get("editor-close-anyway")).clicked() {
                        act(actions, EditorAction::CloseAnyway);
                    }
                });
            });
        }
        problems_ui(ui, msgs, editor, actions);
        ui.add_space(theme::SECTION_GAP);
        match editor.part {
            Part::Framework => framework_ui(ui, msgs, editor, actions),
            Part::Pillar(pi) => pillar_ui(ui, msgs, editor, pi, actions),
            Part::Question(pi, qi) => question_ui(ui, msgs, editor, pi, qi, actions),
        }
        ui.add_space(theme::SECTION_GAP);
    });
}

/// Every problem, each a link to the part it concerns.
fn problems_ui(
    ui: &mut egui::Ui,
    msgs: &Messages,
    editor: &FrameworkEditor,
    actions: &mut Vec<Action>,
) {
    let count = editor.problem_count();
    let p = theme::of(ui);
    ui.add_space(theme::ITEM_GAP);
    if count == 0 {
        // A line in the list's place, so that the fields below never jump as the last
        // problem goes while someone types.
        ui.colored_label(p.done, msgs.get("editor-no-problems"));
        return;
    }
    egui::CollapsingHeader::new(
        RichText::new(msgs.format("editor-problems", &[("count", count.into())])).color(p.error),
    )
    .id_salt("editor-problems")
    .default_open(true)
    .show(ui, |ui| {
        for (k, (problem, _)) in editor.problems().take(200).enumerate() {
            let text = problem
                .key
                .as_ref()
                .map_or_else(|| problem.message.clone(), |k| k.say(msgs));
            if ui.link(text).clicked() {
                act(actions, EditorAction::GoToProblem(k));
            }
        }
    });
}

/// A row of a text in every language side by side; missing ones marked, the default
/// language's in the error colour (the framework cannot be saved without it).
fn texts_ui(
    ui: &mut egui::Ui,
    msgs: &Messages,
    editor: &FrameworkEditor,
    label: &str,
    at: TextRef,
    multiline: bool,
    actions: &mut Vec<Action>,
) {
    let text = editor.framework.text_at(at);
    // Optional texts (descriptions, help, rubric levels) not begun are not "missing".
    let required = matches!(
        at,
        TextRef::Name
            | TextRef::Scale(_)
            | TextRef::PillarName(_)
            | TextRef::QuestionText(..)
            | TextRef::Discussion(..)
    );
    let begun = required || text.is_some_and(|t| !t.0.is_empty());
    ui.label(RichText::new(label).strong());
    // As many languages side by side as fit (four on a 1366 px laptop), the rest on the
    // next rows: no field ever runs past the window's edge.
    const MIN_WIDTH: f32 = 180.0;
    let gap = ui.spacing().item_spacing.x;
    let avail = ui.available_width() - 2.0;
    let n = editor.languages.len().max(1);
    let cols = (((avail + gap) / (MIN_WIDTH + gap)).floor() as usize).clamp(1, n);
    let width = ((avail - gap * (cols as f32 - 1.0)) / cols as f32).max(60.0);
    for row in editor.languages.chunks(cols) {
        ui.horizontal_top(|ui| {
            for lang in row {
                language_field(
                    ui,
                    msgs,
                    editor,
                    LanguageField {
                        label,
                        at,
                        lang,
                        text,
                        begun,
                        multiline,
                        width,
                    },
                    actions,
                );
            }
        });
    }
    ui.add_space(theme::ITEM_GAP);
}

/// One language's field of a text.
struct LanguageField<'a> {
    label: &'a str,
    at: TextRef,
    lang: &'a String,
    text: Option<&'a crate::model::text::Text>,
    begun: bool,
    multiline: bool,
    width: f32,
}

fn language_field(
    ui: &mut egui::Ui,
    msgs: &Messages,
    editor: &FrameworkEditor,
    field: LanguageField<'_>,
    actions: &mut Vec<Action>,
) {
    let LanguageField {
        label,
        at,
        lang,
        text,
        begun,
        multiline,
        width,
    } = field;
    let p = theme::of(ui);
    let default = editor.framework.default_language();
    let current = text.and_then(|t| t.0.get(lang)).cloned();
    let mut value = current.clone().unwrap_or_default();
    let missing = current.is_none() && begun;
    ui.vertical(|ui| {
        ui.set_width(width);
        let colour = match (missing, lang == default) {
            (true, true) => p.error,
            (true, false) => p.missing,
            _ => p.weak_text,
        };
        let head = if missing {
            msgs.format("editor-missing", &[("lang", lang.clone().into())])
        } else {
            lang.clone()
        };
        ui.label(RichText::new(head).small().color(colour));
        let widget = if multiline {
            egui::TextEdit::multiline(&mut value).desired_rows(2)
        } else {
            egui::TextEdit::singleline(&mut value)
        };
        let frame = egui::Frame::new().stroke(if missing {
            Stroke::new(1.5, colour)
        } else {
            Stroke::NONE
        });
        // An id of its own, not one from its place on the screen: the cursor stays in the
        // field when the list of problems above it changes as the team types.
        let widget = widget.id(egui::Id::unique(("editor-text", at, lang.as_str())));
        let response = frame
            .show(ui, |ui| ui.add(widget.desired_width(width - 4.0)))
            .inner;
        if editor
            .focus
            .as_ref()
            .is_some_and(|(f_at, f_lang)| *f_at == at && f_lang == lang)
        {
            response.request_focus();
            response.scroll_to_me(Some(egui::Align::Center));
            act(actions, EditorAction::Focused);
        }
        let name = format!("{label} · {lang}");
        response.widget_info(|| {
            egui::WidgetInfo::labeled(
                if multiline {
                    egui::Role::MultilineTextInput
                } else {
                    egui::Role::TextInput
                },
                true,
                &name,
            )
        });
        if response.changed() {
            edit(
                actions,
                FrameworkEdit::Text {
                    at,
                    lang: lang.clone(),
                    text: value,
                },
            );
        }
    });
}

/// What the order buttons of a pillar or a question asked for.
enum Move {
    /// One place up (`-1`) or down (`1`).
    By(isize),
    Remove,
}

/// Up, down (each only where there is room) and remove, for the `k`-th of `count`.
fn order_buttons(
    ui: &mut egui::Ui,
    msgs: &Messages,
    k: usize,
    count: usize,
    remove_id: &str,
) -> Option<Move> {
    let mut asked = None;
    if ui
        .add_enabled(k > 0, egui::Button::new(msgs.get("editor-up")))
        .clicked()
    {
        asked = Some(Move::By(-1));
    }
    if ui
        .add_enabled(k + 1 < count, egui::Button::new(msgs.get("editor-down")))
        .clicked()
    {
        asked = Some(Move::By(1));
    }
    if ui.button(msgs.get(remove_id)).clicked() {
        asked = Some(Move::Remove);
    }
    asked
}

/// A single-line field with its label (ids, version, weights).
fn field(ui: &mut egui::Ui, label: &str, value: &str, hint: &str) -> Option<String> {
    let mut text = value.to_owned();
    let mut changed = None;
    ui.horizontal(|ui| {
        let label = ui.label(RichText::new(label).strong());
        let response = ui
            .add(
                egui::TextEdit::singleline(&mut text)
                    .hint_text(hint)
                    .desired_width(220.0),
            )
            .labelled_by(label.id);
        if response.changed() {
            changed = Some(text.clone());
        }
    });
    changed
}

/// A weight typed as people type it ("1,5" or "1.5"); blank for the default.
fn weight_field(
    ui: &mut egui::Ui,
    msgs: &Messages,
    weight: Option<f64>,
    set: impl FnOnce(Option<f64>) -> FrameworkEdit,
    actions: &mut Vec<Action>,
) {
    let id = ui.make_persistent_id("weight-typed");
    let shown = weight.map(|w| msgs.decimal(w, 2)).unwrap_or_default();
    let mut typed: String = ui
        .data(|d| d.get_temp::<(String, String)>(id))
        .filter(|(was, _)| *was == shown)
        .map_or_else(|| shown.clone(), |(_, t)| t);
    ui.horizontal(|ui| {
        let label = ui.label(RichText::new(msgs.get("editor-weight")).strong());
        let response = ui
            .add(
                egui::TextEdit::singleline(&mut typed)
                    .hint_text("1")
                    .desired_width(80.0),
            )
            .labelled_by(label.id)
            .on_hover_text(msgs.get("editor-weight-help"));
        if response.changed() {
            ui.data_mut(|d| d.insert_temp(id, (shown.clone(), typed.clone())));
            let t = typed.trim().replace(',', ".");
            if t.is_empty() {
                edit(actions, set(None));
            } else if let Ok(w) = t.parse::<f64>() {
                edit(actions, set(Some(w)));
            }
        }
    });
}

fn framework_ui(
    ui: &mut egui::Ui,
    msgs: &Messages,
    editor: &FrameworkEditor,
    actions: &mut Vec<Action>,
) {
    let f = &editor.framework;
    ui.heading(msgs.get("editor-framework"));
    if let Some(v) = field(ui, &msgs.get("editor-id"), &f.id, "my-framework") {
        edit(actions, FrameworkEdit::Id(v));
    }
    ui.label(
        RichText::new(msgs.get("editor-id-help"))
            .small()
            .color(theme::of(ui).weak_text),
    );
    if let Some(v) = field(ui, &msgs.get("editor-version"), &f.version, "1.0.0") {
        edit(actions, FrameworkEdit::Version(v));
    }
    ui.horizontal(|ui| {
        let label = ui.label(RichText::new(msgs.get("editor-default-language")).strong());
        let current = f.default_language().to_owned();
        egui::ComboBox::from_id_salt("editor-default-language")
            .selected_text(&current)
            .show_ui(ui, |ui| {
                for l in &editor.languages {
                    if ui.selectable_label(*l == current, l).clicked() && *l != current {
                        edit(actions, FrameworkEdit::DefaultLanguage(l.clone()));
                    }
                }
            })
            .response
            .labelled_by(label.id);
        // One more language side by side (Haitian Creole, Quechua, Guaraní …).
        let id = ui.make_persistent_id("editor-new-language");
        let mut code: String = ui.data(|d| d.get_temp(id)).unwrap_or_default();
        let label = ui.label(msgs.get("editor-add-language"));
        let response = ui
            .add(
                egui::TextEdit::singleline(&mut code)
                    .hint_text("ht")
                    .desired_width(50.0),
            )
            .labelled_by(label.id);
        if response.changed() {
            ui.data_mut(|d| d.insert_temp(id, code.clone()));
        }
        if ui.button("+").clicked() && !code.trim().is_empty() {
            act(actions, EditorAction::AddLanguage(code.clone()));
            ui.data_mut(|d| d.insert_temp(id, String::new()));
        }
    });
    ui.add_space(theme::ITEM_GAP);
    texts_ui(
        ui,
        msgs,
        editor,
        &msgs.get("editor-name"),
        TextRef::Name,
        false,
        actions,
    );
    texts_ui(
        ui,
        msgs,
        editor,
        &msgs.get("editor-description"),
        TextRef::Description,
        true,
        actions,
    );
    ui.add_space(theme::ITEM_GAP);
    ui.heading(msgs.get("editor-scale"));
    for (k, level) in f.scale.iter().enumerate() {
        let label = msgs.format("editor-scale-level", &[("value", level.value.into())]);
        texts_ui(ui, msgs, editor, &label, TextRef::Scale(k), false, actions);
    }
}

fn pillar_ui(
    ui: &mut egui::Ui,
    msgs: &Messages,
    editor: &FrameworkEditor,
    pi: usize,
    actions: &mut Vec<Action>,
) {
    let f = &editor.framework;
    let Some(pillar) = f.pillars.get(pi) else {
        return;
    };
    ui.heading(msgs.format(
        "editor-pillar",
        &[
            ("n", (pi + 1).into()),
            ("name", pillar_title(f, pi, msgs.lang()).into()),
        ],
    ));
    ui.horizontal_wrapped(|ui| {
        match order_buttons(ui, msgs, pi, f.pillars.len(), "editor-remove-pillar") {
            Some(Move::By(by)) => edit(actions, FrameworkEdit::MovePillar(pi, by)),
            Some(Move::Remove) => edit(actions, FrameworkEdit::RemovePillar(pi)),
            None => {}
        }
    });
    if let Some(v) = field(ui, &msgs.get("editor-id"), &pillar.id, "ict") {
        edit(actions, FrameworkEdit::PillarId(pi, v));
    }
    weight_field(
        ui,
        msgs,
        pillar.weight,
        |w| FrameworkEdit::PillarWeight(pi, w),
        actions,
    );
    ui.add_space(theme::ITEM_GAP);
    texts_ui(
        ui,
        msgs,
        editor,
        &msgs.get("editor-name"),
        TextRef::PillarName(pi),
        false,
        actions,
    );
    texts_ui(
        ui,
        msgs,
        editor,
        &msgs.get("editor-description"),
        TextRef::PillarDescription(pi),
        true,
        actions,
    );
    ui.heading(msgs.get("editor-discussion"));
    for d in 0..pillar.discussion.len() {
        let label = msgs.format("editor-prompt", &[("n", (d + 1).into())]);
        texts_ui(
            ui,
            msgs,
            editor,
            &label,
            TextRef::Discussion(pi, d),
            true,
            actions,
        );
        if ui.button(msgs.get("editor-remove-prompt")).clicked() {
            edit(actions, FrameworkEdit::RemoveDiscussion(pi, d));
        }
    }
    if ui.button(msgs.get("editor-add-prompt")).clicked() {
        edit(actions, FrameworkEdit::AddDiscussion(pi));
    }
    ui.add_space(theme::SECTION_GAP);
    ui.heading(msgs.get("editor-questions"));
    for (qi, q) in pillar.questions.iter().enumerate() {
        let text = q.text.get(msgs.lang(), f.default_language());
        let shown = if text.trim().is_empty() {
            format!("{}. {}", qi + 1, q.id)
        } else {
            format!("{}. {} — {text}", qi + 1, q.id)
        };
        if ui.link(shown).clicked() {
            act(actions, EditorAction::Select(Part::Question(pi, qi)));
        }
    }
    if ui.button(msgs.get("editor-add-question")).clicked() {
        edit(actions, FrameworkEdit::AddQuestion(pi));
    }
}

fn question_ui(
    ui: &mut egui::Ui,
    msgs: &Messages,
    editor: &FrameworkEditor,
    pi: usize,
    qi: usize,
    actions: &mut Vec<Action>,
) {
    let f = &editor.framework;
    let Some(q) = f.pillars.get(pi).and_then(|x| x.questions.get(qi)) else {
        return;
    };
    ui.heading(msgs.format(
        "editor-question",
        &[
            ("n", (qi + 1).into()),
            ("pillar", pillar_title(f, pi, msgs.lang()).into()),
        ],
    ));
    ui.horizontal_wrapped(|ui| {
        let count = f.pillars[pi].questions.len();
        match order_buttons(ui, msgs, qi, count, "editor-remove-question") {
            Some(Move::By(by)) => edit(actions, FrameworkEdit::MoveQuestion(pi, qi, by)),
            Some(Move::Remove) => edit(actions, FrameworkEdit::RemoveQuestion(pi, qi)),
            None => {}
        }
        if ui.button(msgs.get("editor-back-to-pillar")).clicked() {
            act(actions, EditorAction::Select(Part::Pillar(pi)));
        }
    });
    if let Some(v) = field(ui, &msgs.get("editor-id"), &q.id, "ict-access") {
        edit(actions, FrameworkEdit::QuestionId(pi, qi, v));
    }
    weight_field(
        ui,
        msgs,
        q.weight,
        |w| FrameworkEdit::QuestionWeight(pi, qi, w),
        actions,
    );
    ui.add_space(theme::ITEM_GAP);
    texts_ui(
        ui,
        msgs,
        editor,
        &msgs.get("editor-question-text"),
        TextRef::QuestionText(pi, qi),
        true,
        actions,
    );
    texts_ui(
        ui,
        msgs,
        editor,
        &msgs.get("editor-help"),
        TextRef::QuestionHelp(pi, qi),
        true,
        actions,
    );
    ui.heading(msgs.get("editor-rubric"));
    ui.label(RichText::new(msgs.get("editor-rubric-help")).color(theme::of(ui).weak_text));
    for level in &f.scale {
        // Each label in the interface's language where it has one: the editor shows the
        // texts one by one, not as one output.
        let label = format!(
            "{} · {}",
            level.value,
            level.label.get(msgs.lang(), f.default_language())
        );
        texts_ui(
            ui,
            msgs,
            editor,
            &label,
            TextRef::Rubric(pi, qi, level.value),
            true,
            actions,
        );
    }
}
