//! Frameworks: pillars of scored questions on a shared scale (SPEC §2), loaded from RON and
//! validated with every problem reported at its line and column.

use std::collections::hash_map::Entry;
use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use crate::formats::ronspan::{Node, Seg, Shape};
use crate::io::files;
use crate::model::problem::{Problem, Problems, sort_problems};
use crate::model::text::{Text, is_language_code};

/// A framework: what a team assesses itself against.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Framework {
    /// Stable identifier (`[a-z0-9-]`): CSV rows key on it.
    pub id: String,
    pub version: String,
    /// The language every text must have; `en` when the file does not say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_language: Option<String>,
    pub name: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// Ordered levels, values strictly increasing.
    pub scale: Vec<ScaleLevel>,
    /// File order is chart order.
    pub pillars: Vec<Pillar>,
}

/// One level of the answer scale.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScaleLevel {
    pub value: i64,
    pub label: Text,
}

/// A pillar: a group of questions, one axis of the radar.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pillar {
    pub id: String,
    pub name: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<f64>,
    /// Prompts a facilitator puts to a group.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub discussion: Vec<Text>,
    pub questions: Vec<Question>,
}

/// A scored question.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Unique in the whole framework.
    pub id: String,
    pub text: Text,
    /// Guidance: what evidence to look at.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<f64>,
    /// Rubric: a descriptor for some or all scale values.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub levels: BTreeMap<i64, Text>,
}

impl Pillar {
    /// The pillar's weight in the overall score (default 1.0).
    pub fn weight(&self) -> f64 {
        self.weight.unwrap_or(1.0)
    }
}

impl Question {
    /// The question's weight in its pillar's score (default 1.0).
    pub fn weight(&self) -> f64 {
        self.weight.unwrap_or(1.0)
    }
}

static TEXT: Shape = Shape::Leaf;
static LEVEL: Shape = Shape::Struct(&[("value", &Shape::Leaf), ("label", &TEXT)]);
static SCALE: Shape = Shape::List(&LEVEL);
static QUESTION: Shape = Shape::Struct(&[
    ("id", &Shape::Leaf),
    ("text", &TEXT),
    ("help", &TEXT),
    ("weight", &Shape::Leaf),
    ("levels", &Shape::Leaf),
]);
static QUESTIONS: Shape = Shape::List(&QUESTION);
static PILLAR: Shape = Shape::Struct(&[
    ("id", &Shape::Leaf),
    ("name", &TEXT),
    ("description", &TEXT),
    ("weight", &Shape::Leaf),
    ("discussion", &Shape::Leaf),
    ("questions", &QUESTIONS),
]);
static PILLARS: Shape = Shape::List(&PILLAR);
/// The shape of a framework file, for reporting every unknown field.
pub static FRAMEWORK_SHAPE: Shape = Shape::Struct(&[
    ("id", &Shape::Leaf),
    ("version", &Shape::Leaf),
    ("default_language", &Shape::Leaf),
    ("name", &TEXT),
    ("description", &TEXT),
    ("scale", &SCALE),
    ("pillars", &PILLARS),
]);

impl Framework {
    /// The language every text has.
    pub fn default_language(&self) -> &str {
        self.default_language.as_deref().unwrap_or("en")
    }

    /// A text in `lang`, falling back to the default language, then to any.
    pub fn tr<'a>(&self, text: &'a Text, lang: &str) -> &'a str {
        text.get(lang, self.default_language())
    }

    /// Lowest and highest scale values. A validated framework has at least two levels.
    pub fn scale_range(&self) -> (i64, i64) {
        let min = self.scale.first().map_or(0, |l| l.value);
        let max = self.scale.last().map_or(min, |l| l.value);
        (min, max)
    }

    /// The scale level with this value.
    pub fn level(&self, value: i64) -> Option<&ScaleLevel> {
        self.scale.iter().find(|l| l.value == value)
    }

    /// The level above `value` on the scale: what a team reaches next.
    pub fn next_level(&self, value: i64) -> Option<&ScaleLevel> {
        self.scale.iter().find(|l| l.value > value)
    }

    /// The highest level at or below a score (the lowest level for a score below the scale):
    /// the name a score is described by.
    pub fn level_at_or_below(&self, score: f64) -> Option<&ScaleLevel> {
        self.scale
            .iter()
            .rev()
            .find(|l| l.value as f64 <= score + 1e-9)
            .or(self.scale.first())
    }

    /// The pillar with this id.
    pub fn pillar(&self, id: &str) -> Option<&Pillar> {
        self.pillars.iter().find(|p| p.id == id)
    }

    /// The question with this id and the pillar that holds it.
    pub fn question(&self, id: &str) -> Option<(&Pillar, &Question)> {
        self.pillars
            .iter()
            .find_map(|p| p.questions.iter().find(|q| q.id == id).map(|q| (p, q)))
    }

    /// Every question, in framework order, with its pillar.
    pub fn questions(&self) -> impl Iterator<Item = (&Pillar, &Question)> {
        self.pillars
            .iter()
            .flat_map(|p| p.questions.iter().map(move |q| (p, q)))
    }

    /// `id version`, as messages name a framework.
    pub fn key(&self) -> String {
        format!("{} {}", self.id, self.version)
    }

    /// Parses and validates a framework file's text; `shown` is the path used in messages.
    pub fn from_ron(text: &str, shown: &str) -> Result<Self, Problems> {
        files::expect_struct(
            text,
            shown,
            "Framework",
            "`Framework(id: \"…\", version: \"1.0.0\", name: {…}, scale: […], pillars: […])` (see frameworks/)",
        )?;
        let (framework, tree): (Framework, _) = files::parse_ron(text, shown, &FRAMEWORK_SHAPE)?;
        let problems = framework.validate(shown, tree.as_ref());
        if problems.iter().any(Problem::is_error) {
            return Err(Problems(problems));
        }
        Ok(framework)
    }

    /// Loads and validates a framework file.
    pub fn load(path: &std::path::Path) -> Result<Self, Problems> {
        let text = files::read_text(path, files::MAX_RON_BYTES)?;
        Self::from_ron(&text, &files::display_path(path))
    }

    /// Writes the framework as RON that [`Framework::from_ron`] reads back unchanged.
    pub fn to_ron(&self) -> Result<String, ron::Error> {
        let config = ron::ser::PrettyConfig::new()
            .struct_names(true)
            .indentor("    ".to_owned());
        files::ron_options().to_string_pretty(self, config)
    }

    /// Every rule of SPEC §2 that the types do not already enforce. Positions come from the
    /// scanned text when there is one.
    pub fn validate(&self, shown: &str, tree: Option<&Node>) -> Vec<Problem> {
        let mut v = Validator {
            shown,
            tree,
            problems: Vec::new(),
        };
        let lang = self.default_language();
        use Seg::{Field, Index, Key};

        if self.id.is_empty()
            || !self
                .id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            v.error(
                &[Field("id")],
                format!(
                    "framework id {:?} may only use a-z, 0-9 and '-' (CSV rows key on it)",
                    self.id
                ),
            );
        }
        if self.version.trim().is_empty() {
            v.error(
                &[Field("version")],
                "version is empty: write one, e.g. \"1.0.0\"",
            );
        }
        if !is_language_code(lang) {
            v.error(
                &[Field("default_language")],
                format!(
                    "default_language {lang:?} is not a language code like \"en\" or \"pt-BR\""
                ),
            );
        }
        v.text(&self.name, lang, &[Field("name")], "the framework's name");
        if let Some(d) = &self.description {
            v.text(
                d,
                lang,
                &[Field("description")],
                "the framework's description",
            );
        }

        // Scale.
        if self.scale.len() < 2 {
            v.error(
                &[Field("scale")],
                format!(
                    "the scale has {} level(s); it needs at least 2",
                    self.scale.len()
                ),
            );
        }
        for (i, pair) in self.scale.windows(2).enumerate() {
            if pair[1].value <= pair[0].value {
                v.error(
                    &[Field("scale"), Index(i + 1), Field("value")],
                    format!(
                        "scale values must be strictly increasing: {} comes after {}",
                        pair[1].value, pair[0].value
                    ),
                );
            }
        }
        for (i, level) in self.scale.iter().enumerate() {
            v.text(
                &level.label,
                lang,
                &[Field("scale"), Index(i), Field("label")],
                &format!("the label of scale value {}", level.value),
            );
        }

        // Pillars.
        if self.pillars.len() < 3 {
            v.error(
                &[Field("pillars")],
                format!(
                    "the framework has {} pillar(s); a radar chart needs at least 3",
                    self.pillars.len()
                ),
            );
        }
        let mut pillar_ids: HashMap<&str, usize> = HashMap::new();
        let mut question_ids: HashMap<&str, (usize, usize)> = HashMap::new();
        for (pi, pillar) in self.pillars.iter().enumerate() {
            v.id(
                &pillar.id,
                &[Field("pillars"), Index(pi), Field("id")],
                "pillar",
            );
            match pillar_ids.entry(&pillar.id) {
                Entry::Occupied(first) => v.error(
                    &[Field("pillars"), Index(pi), Field("id")],
                    format!(
                        "duplicate pillar id {:?} (pillar {} uses it too)",
                        pillar.id,
                        first.get() + 1
                    ),
                ),
                Entry::Vacant(slot) => {
                    slot.insert(pi);
                }
            }
            v.text(
                &pillar.name,
                lang,
                &[Field("pillars"), Index(pi), Field("name")],
                &format!("the name of pillar {:?}", pillar.id),
            );
            if let Some(d) = &pillar.description {
                v.text(
                    d,
                    lang,
                    &[Field("pillars"), Index(pi), Field("description")],
                    &format!("the description of pillar {:?}", pillar.id),
                );
            }
            if let Some(w) = pillar.weight {
                v.weight(w, &[Field("pillars"), Index(pi), Field("weight")]);
            }
            for (di, prompt) in pillar.discussion.iter().enumerate() {
                v.text(
                    prompt,
                    lang,
                    &[Field("pillars"), Index(pi), Field("discussion"), Index(di)],
                    &format!("discussion prompt {} of pillar {:?}", di + 1, pillar.id),
                );
            }
            if pillar.questions.is_empty() {
                v.error(
                    &[Field("pillars"), Index(pi), Field("questions")],
                    format!(
                        "pillar {:?} has no questions; it needs at least 1",
                        pillar.id
                    ),
                );
            }
            for (qi, q) in pillar.questions.iter().enumerate() {
                let qpath = |last: Seg| {
                    vec![
                        Field("pillars"),
                        Index(pi),
                        Field("questions"),
                        Index(qi),
                        last,
                    ]
                };
                v.id(&q.id, &qpath(Field("id")), "question");
                match question_ids.entry(&q.id) {
                    Entry::Occupied(first) => {
                        let (fp, fq) = *first.get();
                        v.error(
                            &qpath(Field("id")),
                            format!(
                                "duplicate question id {:?} (also question {} of pillar {:?}); question ids are unique in the whole framework",
                                q.id,
                                fq + 1,
                                self.pillars[fp].id
                            ),
                        );
                    }
                    Entry::Vacant(slot) => {
                        slot.insert((pi, qi));
                    }
                }
                v.text(
                    &q.text,
                    lang,
                    &qpath(Field("text")),
                    &format!("the text of question {:?}", q.id),
                );
                if let Some(h) = &q.help {
                    v.text(
                        h,
                        lang,
                        &qpath(Field("help")),
                        &format!("the guidance of question {:?}", q.id),
                    );
                }
                if let Some(w) = q.weight {
                    v.weight(w, &qpath(Field("weight")));
                }
                for (value, descriptor) in &q.levels {
                    let mut path = qpath(Field("levels"));
                    path.push(Key(value.to_string()));
                    if self.level(*value).is_none() {
                        let values: Vec<String> =
                            self.scale.iter().map(|l| l.value.to_string()).collect();
                        v.error(
                            &path,
                            format!(
                                "rubric key {value} of question {:?} is not a scale value ({})",
                                q.id,
                                values.join(", ")
                            ),
                        );
                    }
                    v.text(
                        descriptor,
                        lang,
                        &path,
                        &format!("the level {value} descriptor of question {:?}", q.id),
                    );
                }
            }
        }
        sort_problems(&mut v.problems);
        v.problems
    }
}

struct Validator<'a> {
    shown: &'a str,
    tree: Option<&'a Node>,
    problems: Vec<Problem>,
}

impl Validator<'_> {
    fn error(&mut self, path: &[Seg], message: impl Into<String>) {
        let pos = self.tree.map(|t| t.locate(path));
        self.problems.push(Problem::error(self.shown, pos, message));
    }

    fn text(&mut self, text: &Text, lang: &str, path: &[Seg], what: &str) {
        if !text.has(lang) {
            self.error(
                path,
                format!("{what} has no text in the default language {lang:?}"),
            );
        }
        for code in text.0.keys() {
            if !is_language_code(code) {
                let mut at = path.to_vec();
                at.push(Seg::Key(code.clone()));
                self.error(
                    &at,
                    format!("{code:?} in {what} is not a language code like \"en\" or \"pt-BR\""),
                );
            }
        }
    }

    fn weight(&mut self, weight: f64, path: &[Seg]) {
        if !weight.is_finite() || weight <= 0.0 {
            self.error(
                path,
                format!("weight {weight} must be a finite number greater than 0"),
            );
        }
    }

    fn id(&mut self, id: &str, path: &[Seg], what: &str) {
        let ok = !id.is_empty()
            && id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'));
        if !ok {
            self.error(
                path,
                format!("{what} id {id:?} may only use letters, digits, '-', '_' and '.'"),
            );
        }
    }
}
