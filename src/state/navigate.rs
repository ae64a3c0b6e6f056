//! Moving through an assessment: the views in order, and the keys of the question view.

use super::{AppState, QuestionKey, View};
use crate::session::{Edit, Session};

impl AppState {
    pub(super) fn show_view(&mut self, view: View) {
        if view == View::Compare || view == View::Start {
            self.view = view;
            return;
        }
        if view == View::Editor {
            self.view = if self.editor.is_some() {
                View::Editor
            } else {
                View::Start
            };
            return;
        }
        let Some(session) = &self.session else {
            self.view = View::Start;
            return;
        };
        let count = session.questions().len();
        self.view = match view {
            View::Question(_) if count == 0 => View::Details,
            View::Question(i) => View::Question(i.min(count - 1)),
            other => other,
        };
    }

    /// A key of the question view, on the question shown now.
    pub(super) fn question_key(&mut self, key: QuestionKey) {
        let (View::Question(i), Some(session)) = (self.view, &mut self.session) else {
            return;
        };
        let Some(question) = session.questions().get(i).map(|(_, q)| q.id.clone()) else {
            return;
        };
        let f = &session.framework;
        let answer = session.assessment.answers.get(&question);
        let level = answer.and_then(|a| a.level);
        let position = level.and_then(|l| f.scale.iter().position(|s| s.value == l));
        let last = f.scale.len().saturating_sub(1);
        let chosen = match key {
            QuestionKey::Level(k) => f.scale.get(k),
            QuestionKey::Down => f.scale.get(position.map_or(0, |p| (p + 1).min(last))),
            QuestionKey::Up => f.scale.get(position.map_or(0, |p| p.saturating_sub(1))),
            QuestionKey::NotApplicable => {
                let value = !answer.is_some_and(|a| a.not_applicable);
                session.apply(Edit::NotApplicable { question, value });
                return;
            }
        };
        if let Some(level) = chosen.map(|l| l.value) {
            session.apply(Edit::Level {
                question,
                level: Some(level),
            });
        }
    }

    pub(super) fn step(&mut self, delta: isize) {
        let Some(session) = &self.session else {
            return;
        };
        let count = session.questions().len();
        let next = match (self.view, delta > 0) {
            (View::Details, true) => View::Question(0),
            (View::Question(i), true) if i + 1 < count => View::Question(i + 1),
            (View::Question(_), true) => View::Results,
            (View::Question(0), false) => View::Details,
            (View::Question(i), false) => View::Question(i - 1),
            (View::Results, false) => View::Question(count.saturating_sub(1)),
            (View::Results, true) => View::Plan,
            (View::Plan, false) => View::Results,
            (view, _) => view,
        };
        self.show_view(next);
    }
}

/// Where an opened assessment starts: its first question without an answer, or the results
/// when all are answered.
pub(super) fn first_open_question(session: &Session) -> View {
    let questions = session.questions();
    questions
        .iter()
        .position(|(_, q)| !session.is_done(&q.id))
        .map_or(View::Results, View::Question)
}
