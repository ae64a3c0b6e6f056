//! The changes a team makes to an assessment, one [`Edit`] at a time.

use std::collections::BTreeMap;

use crate::model::assessment::{Action, Answer, Assessment, Rating};

/// One change to an assessment. Applying it also saves.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Choose a level (or clear it with `None`); clears not-applicable.
    Level {
        question: String,
        level: Option<i64>,
    },
    /// Mark a question not applicable (or not); clears the level.
    NotApplicable {
        question: String,
        value: bool,
    },
    /// The team confirms an answer carried over from the last round as it is.
    Confirm(String),
    /// The evidence note of a question.
    Note {
        question: String,
        note: String,
    },
    Label(String),
    Country(String),
    Team(String),
    /// One participant per entry; blank entries are dropped.
    Participants(Vec<String>),
    Date(String),
    /// Pillars to assess; `None` for all.
    Scope(Option<Vec<String>>),
    /// The score a pillar aims for; `None` removes the target.
    Target {
        pillar: String,
        value: Option<f64>,
    },
    AddAction(Action),
    /// Takes over a baseline's plan: its targets where this assessment has none, and its
    /// actions that are not already here (same pillar and text).
    CarryPlan {
        targets: std::collections::BTreeMap<String, f64>,
        actions: Vec<Action>,
    },
    UpdateAction {
        index: usize,
        action: Action,
    },
    RemoveAction(usize),
    /// Participants' own answers brought in (see `analysis::merge`): every rating, the
    /// participants, and the answers all who answered agreed on, for questions still open.
    BringIn {
        ratings: BTreeMap<String, Vec<Rating>>,
        participants: Vec<String>,
        agreed: BTreeMap<String, Answer>,
    },
}

/// Applies one edit to an assessment; answers left with nothing in them are removed.
pub fn apply_edit(a: &mut Assessment, edit: Edit) {
    let blank = |s: String| {
        let t = s.trim();
        (!t.is_empty()).then(|| s.clone())
    };
    match edit {
        Edit::Level { question, level } => {
            let answer = a.answers.entry(question.clone()).or_default();
            answer.level = level;
            answer.carried = false;
            if level.is_some() {
                answer.not_applicable = false;
            }
            prune(a, &question);
        }
        Edit::NotApplicable { question, value } => {
            let answer = a.answers.entry(question.clone()).or_default();
            answer.not_applicable = value;
            answer.carried = false;
            if value {
                answer.level = None;
            }
            prune(a, &question);
        }
        Edit::Confirm(question) => {
            if let Some(answer) = a.answers.get_mut(&question) {
                answer.carried = false;
            }
        }
        Edit::Note { question, note } => {
            let answer = a.answers.entry(question.clone()).or_default();
            answer.note = (!note.trim().is_empty()).then_some(note);
            prune(a, &question);
        }
        Edit::Label(label) => a.label = label,
        Edit::Country(s) => a.country = blank(s),
        Edit::Team(s) => a.team = blank(s),
        Edit::Participants(list) => {
            a.participants = list
                .into_iter()
                .map(|p| p.trim().to_owned())
                .filter(|p| !p.is_empty())
                .collect();
        }
        Edit::Date(s) => a.date = blank(s.trim().to_owned()),
        Edit::Scope(scope) => a.scope = scope,
        Edit::Target { pillar, value } => match value {
            Some(v) if v.is_finite() => {
                a.targets.insert(pillar, v);
            }
            _ => {
                a.targets.remove(&pillar);
            }
        },
        Edit::AddAction(action) => a.actions.push(action),
        Edit::CarryPlan { targets, actions } => {
            for (pillar, value) in targets {
                if value.is_finite() {
                    a.targets.entry(pillar).or_insert(value);
                }
            }
            for action in actions {
                let known = a
                    .actions
                    .iter()
                    .any(|x| x.pillar == action.pillar && x.text == action.text);
                if !known {
                    a.actions.push(action);
                }
            }
        }
        Edit::UpdateAction { index, action } => {
            if let Some(slot) = a.actions.get_mut(index) {
                *slot = action;
            }
        }
        Edit::BringIn {
            ratings,
            participants,
            agreed,
        } => {
            a.ratings = ratings;
            a.participants = participants;
            for (question, answer) in agreed {
                let open = a
                    .answers
                    .get(&question)
                    .is_none_or(|x| x.level.is_none() && !x.not_applicable);
                if open {
                    let note = a.answers.get(&question).and_then(|x| x.note.clone());
                    a.answers.insert(question, Answer { note, ..answer });
                }
            }
        }
        Edit::RemoveAction(index) => {
            if index < a.actions.len() {
                a.actions.remove(index);
            }
        }
    }
}

fn prune(a: &mut Assessment, question: &str) {
    if a.answers
        .get(question)
        .is_some_and(|x| x.level.is_none() && !x.not_applicable && x.note.is_none())
    {
        a.answers.remove(question);
    }
}
