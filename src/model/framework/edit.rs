//! The changes a ministry makes to a framework in the editor, one [`FrameworkEdit`] at a time:
//! the one place a draft framework changes.

use super::{Framework, Pillar, Question, ScaleLevel};
use crate::model::ronspan::Seg;
use crate::model::text::Text;

/// Which text of a framework, by position (ids may be mid-edit, or clash, while typing).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TextRef {
    Name,
    Description,
    /// The label of the n-th level of the scale.
    Scale(usize),
    PillarName(usize),
    PillarDescription(usize),
    /// A pillar's n-th discussion prompt.
    Discussion(usize, usize),
    QuestionText(usize, usize),
    QuestionHelp(usize, usize),
    /// The rubric descriptor of a scale value.
    Rubric(usize, usize, i64),
}

/// What is selected in the editor: the framework's own fields, a pillar or a question.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Part {
    #[default]
    Framework,
    Pillar(usize),
    Question(usize, usize),
}

impl Part {
    /// The part a validation problem's field belongs to.
    pub fn of_path(path: &[Seg]) -> Self {
        match path {
            [
                Seg::Field("pillars"),
                Seg::Index(p),
                Seg::Field("questions"),
                Seg::Index(q),
                ..,
            ] => Self::Question(*p, *q),
            [Seg::Field("pillars"), Seg::Index(p), ..] => Self::Pillar(*p),
            _ => Self::Framework,
        }
    }
}

impl TextRef {
    /// The text a validation problem's field path names, if it names one.
    pub fn of_path(path: &[Seg]) -> Option<Self> {
        use Seg::{Field, Index, Key};
        Some(match path {
            [Field("name"), ..] => Self::Name,
            [Field("description"), ..] => Self::Description,
            [Field("scale"), Index(k), ..] => Self::Scale(*k),
            [
                Field("pillars"),
                Index(p),
                Field("questions"),
                Index(q),
                rest @ ..,
            ] => match rest {
                [Field("text"), ..] => Self::QuestionText(*p, *q),
                [Field("help"), ..] => Self::QuestionHelp(*p, *q),
                [Field("levels"), Key(v), ..] => Self::Rubric(*p, *q, v.parse().ok()?),
                _ => return None,
            },
            [Field("pillars"), Index(p), Field("name"), ..] => Self::PillarName(*p),
            [Field("pillars"), Index(p), Field("description"), ..] => Self::PillarDescription(*p),
            [
                Field("pillars"),
                Index(p),
                Field("discussion"),
                Index(d),
                ..,
            ] => Self::Discussion(*p, *d),
            _ => return None,
        })
    }
}

/// One change to a draft framework.
#[derive(Clone, Debug, PartialEq)]
pub enum FrameworkEdit {
    /// A text in one language; an empty text removes that language.
    Text {
        at: TextRef,
        lang: String,
        text: String,
    },
    Id(String),
    Version(String),
    DefaultLanguage(String),
    PillarId(usize, String),
    /// `None` for the default weight (1).
    PillarWeight(usize, Option<f64>),
    QuestionId(usize, usize, String),
    QuestionWeight(usize, usize, Option<f64>),
    /// A new pillar at the end, with one question.
    AddPillar,
    RemovePillar(usize),
    /// Moves a pillar one place up (`-1`) or down (`1`).
    MovePillar(usize, isize),
    /// A new question at the end of a pillar.
    AddQuestion(usize),
    RemoveQuestion(usize, usize),
    MoveQuestion(usize, usize, isize),
    AddDiscussion(usize),
    RemoveDiscussion(usize, usize),
}

impl Framework {
    /// The text at `at`, if the framework has it.
    pub fn text_at(&self, at: TextRef) -> Option<&Text> {
        match at {
            TextRef::Name => Some(&self.name),
            TextRef::Description => self.description.as_ref(),
            TextRef::Scale(k) => self.scale.get(k).map(|l| &l.label),
            TextRef::PillarName(p) => self.pillars.get(p).map(|x| &x.name),
            TextRef::PillarDescription(p) => self.pillars.get(p)?.description.as_ref(),
            TextRef::Discussion(p, d) => self.pillars.get(p)?.discussion.get(d),
            TextRef::QuestionText(p, q) => self.pillars.get(p)?.questions.get(q).map(|x| &x.text),
            TextRef::QuestionHelp(p, q) => self.pillars.get(p)?.questions.get(q)?.help.as_ref(),
            TextRef::Rubric(p, q, v) => self.pillars.get(p)?.questions.get(q)?.levels.get(&v),
        }
    }

    /// The text at `at`, made if it is an optional one not yet there.
    fn text_slot(&mut self, at: TextRef) -> Option<&mut Text> {
        match at {
            TextRef::Name => Some(&mut self.name),
            TextRef::Description => Some(self.description.get_or_insert_with(Text::default)),
            TextRef::Scale(k) => self.scale.get_mut(k).map(|l| &mut l.label),
            TextRef::PillarName(p) => self.pillars.get_mut(p).map(|x| &mut x.name),
            TextRef::PillarDescription(p) => Some(
                self.pillars
                    .get_mut(p)?
                    .description
                    .get_or_insert_with(Text::default),
            ),
            TextRef::Discussion(p, d) => self.pillars.get_mut(p)?.discussion.get_mut(d),
            TextRef::QuestionText(p, q) => self
                .pillars
                .get_mut(p)?
                .questions
                .get_mut(q)
                .map(|x| &mut x.text),
            TextRef::QuestionHelp(p, q) => Some(
                self.pillars
                    .get_mut(p)?
                    .questions
                    .get_mut(q)?
                    .help
                    .get_or_insert_with(Text::default),
            ),
            TextRef::Rubric(p, q, v) => Some(
                self.pillars
                    .get_mut(p)?
                    .questions
                    .get_mut(q)?
                    .levels
                    .entry(v)
                    .or_default(),
            ),
        }
    }

    /// Optional texts left with no language at all are taken out, so the file stays as a
    /// person would write it.
    fn tidy(&mut self) {
        if self.description.as_ref().is_some_and(|t| t.0.is_empty()) {
            self.description = None;
        }
        for p in &mut self.pillars {
            if p.description.as_ref().is_some_and(|t| t.0.is_empty()) {
                p.description = None;
            }
            for q in &mut p.questions {
                if q.help.as_ref().is_some_and(|t| t.0.is_empty()) {
                    q.help = None;
                }
                q.levels.retain(|_, t| !t.0.is_empty());
            }
        }
    }

    /// Applies one edit; positions out of range change nothing.
    pub fn apply_edit(&mut self, edit: FrameworkEdit) {
        match edit {
            FrameworkEdit::Text { at, lang, text } => {
                if let Some(slot) = self.text_slot(at) {
                    if text.trim().is_empty() {
                        slot.0.remove(&lang);
                    } else {
                        slot.0.insert(lang, text);
                    }
                }
                self.tidy();
            }
            FrameworkEdit::Id(id) => self.id = id,
            FrameworkEdit::Version(v) => self.version = v,
            FrameworkEdit::DefaultLanguage(l) => {
                self.default_language = (l != "en").then_some(l);
            }
            FrameworkEdit::PillarId(p, id) => {
                if let Some(x) = self.pillars.get_mut(p) {
                    x.id = id;
                }
            }
            FrameworkEdit::PillarWeight(p, w) => {
                if let Some(x) = self.pillars.get_mut(p) {
                    x.weight = w;
                }
            }
            FrameworkEdit::QuestionId(p, q, id) => {
                if let Some(x) = self.pillars.get_mut(p).and_then(|x| x.questions.get_mut(q)) {
                    x.id = id;
                }
            }
            FrameworkEdit::QuestionWeight(p, q, w) => {
                if let Some(x) = self.pillars.get_mut(p).and_then(|x| x.questions.get_mut(q)) {
                    x.weight = w;
                }
            }
            FrameworkEdit::AddPillar => {
                let n = self.pillars.len() + 1;
                let id = self.free_pillar_id(n);
                let question = self.free_question_id(&id);
                self.pillars.push(Pillar {
                    id,
                    name: Text::default(),
                    description: None,
                    weight: None,
                    discussion: Vec::new(),
                    questions: vec![blank_question(question)],
                });
            }
            FrameworkEdit::RemovePillar(p) => {
                if p < self.pillars.len() {
                    self.pillars.remove(p);
                }
            }
            FrameworkEdit::MovePillar(p, by) => move_item(&mut self.pillars, p, by),
            FrameworkEdit::AddQuestion(p) => {
                let Some(pillar_id) = self.pillars.get(p).map(|x| x.id.clone()) else {
                    return;
                };
                let id = self.free_question_id(&pillar_id);
                if let Some(x) = self.pillars.get_mut(p) {
                    x.questions.push(blank_question(id));
                }
            }
            FrameworkEdit::RemoveQuestion(p, q) => {
                if let Some(x) = self.pillars.get_mut(p)
                    && q < x.questions.len()
                {
                    x.questions.remove(q);
                }
            }
            FrameworkEdit::MoveQuestion(p, q, by) => {
                if let Some(x) = self.pillars.get_mut(p) {
                    move_item(&mut x.questions, q, by);
                }
            }
            FrameworkEdit::AddDiscussion(p) => {
                let lang = self.default_language().to_owned();
                if let Some(x) = self.pillars.get_mut(p) {
                    // Starts with a placeholder in the default language, so it is never an
                    // empty prompt that no one can see.
                    x.discussion.push(Text::new(&lang, "?"));
                }
            }
            FrameworkEdit::RemoveDiscussion(p, d) => {
                if let Some(x) = self.pillars.get_mut(p)
                    && d < x.discussion.len()
                {
                    x.discussion.remove(d);
                }
            }
        }
        self.complete_in = Default::default();
    }

    fn free_pillar_id(&self, n: usize) -> String {
        (n..)
            .map(|k| format!("pillar-{k}"))
            .find(|id| self.pillar(id).is_none())
            .unwrap_or_default()
    }

    fn free_question_id(&self, pillar: &str) -> String {
        (1..)
            .map(|k| format!("{pillar}-q{k}"))
            .find(|id| self.question(id).is_none())
            .unwrap_or_default()
    }

    /// A framework to start from scratch: three pillars of one question each, on a four-level
    /// scale named in four languages; its texts are for the ministry to write (the editor lists
    /// each one missing).
    pub fn skeleton(id: &str) -> Self {
        let level = |value: i64, en: &str, es: &str, pt: &str, fr: &str| ScaleLevel {
            value,
            label: Text(
                [("en", en), ("es", es), ("pt", pt), ("fr", fr)]
                    .into_iter()
                    .map(|(l, t)| (l.to_owned(), t.to_owned()))
                    .collect(),
            ),
        };
        let mut f = Self {
            id: id.to_owned(),
            version: "1.0.0".to_owned(),
            default_language: None,
            name: Text::default(),
            description: None,
            scale: vec![
                level(1, "Latent", "Latente", "Latente", "Latent"),
                level(2, "Emerging", "Emergente", "Emergente", "Émergent"),
                level(3, "Established", "Establecido", "Estabelecido", "Établi"),
                level(4, "Advanced", "Avanzado", "Avançado", "Avancé"),
            ],
            pillars: Vec::new(),
            carry: Default::default(),
            complete_in: Default::default(),
        };
        for _ in 0..3 {
            f.apply_edit(FrameworkEdit::AddPillar);
        }
        f
    }
}

fn blank_question(id: String) -> Question {
    Question {
        id,
        text: Text::default(),
        help: None,
        weight: None,
        levels: Default::default(),
    }
}

fn move_item<T>(items: &mut [T], k: usize, by: isize) {
    let Some(to) = k.checked_add_signed(by) else {
        return;
    };
    if k < items.len() && to < items.len() {
        items.swap(k, to);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_skeleton_is_three_pillars_whose_texts_the_checks_ask_for() {
        let f = Framework::skeleton("mine");
        assert_eq!(f.pillars.len(), 3);
        let problems = f.problems_at();
        // The framework's name, then each pillar's name and its question's text.
        assert_eq!(problems.len(), 7, "{problems:?}");
        assert_eq!(Part::of_path(&problems[0].1), Part::Framework);
        assert!(
            problems
                .iter()
                .any(|(_, path)| Part::of_path(path) == Part::Question(2, 0))
        );
    }

    #[test]
    fn texts_ids_and_order_change_and_empty_optional_texts_go() {
        let mut f = Framework::skeleton("mine");
        let set = |at, lang: &str, text: &str| FrameworkEdit::Text {
            at,
            lang: lang.into(),
            text: text.into(),
        };
        f.apply_edit(set(TextRef::Name, "en", "Mine"));
        f.apply_edit(set(TextRef::QuestionHelp(0, 0), "es", "Mire el censo"));
        assert!(f.pillars[0].questions[0].help.is_some());
        f.apply_edit(set(TextRef::QuestionHelp(0, 0), "es", "  "));
        assert!(
            f.pillars[0].questions[0].help.is_none(),
            "no empty help left"
        );
        f.apply_edit(set(TextRef::Rubric(0, 0, 3), "en", "Most teachers"));
        assert_eq!(f.pillars[0].questions[0].levels.len(), 1);
        f.apply_edit(FrameworkEdit::PillarId(2, "ict".into()));
        f.apply_edit(FrameworkEdit::MovePillar(2, -1));
        assert_eq!(f.pillars[1].id, "ict");
        f.apply_edit(FrameworkEdit::MovePillar(0, -1));
        assert_eq!(f.pillars[0].id, "pillar-1", "nothing above the first");
        f.apply_edit(FrameworkEdit::AddQuestion(1));
        assert_eq!(f.pillars[1].questions[1].id, "ict-q1");
        f.apply_edit(FrameworkEdit::RemovePillar(0));
        assert_eq!(f.pillars.len(), 2);
        let problems = f.problems_at();
        assert!(
            problems
                .iter()
                .any(|(p, _)| p.message.contains("at least 3")),
            "{problems:?}"
        );
    }
}
