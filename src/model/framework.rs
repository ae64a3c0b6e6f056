//! Frameworks: pillars of scored questions on a shared scale (SPEC §2), loaded from RON and
//! validated with every problem reported at its line and column.

use std::collections::hash_map::Entry;
use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use crate::io::files;
use crate::io::problem::{Problem, Problems, sort_problems};
use crate::model::ronspan::{Node, Seg, Shape};
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
    /// How answers to earlier versions carry over (SPEC §2): earlier version → (question id
    /// here → question id there). Questions whose id is unchanged carry without being listed.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub carry: BTreeMap<String, BTreeMap<String, String>>,
    /// The languages in which every text of the framework is written, found on first use
    /// (`Default::default()` where a framework is written out in code).
    #[serde(skip)]
    pub complete_in: LanguageCache,
}

/// A cache of what a framework's texts are: it never makes two frameworks unequal.
#[derive(Clone, Debug, Default)]
pub struct LanguageCache(std::sync::OnceLock<Vec<String>>);

impl PartialEq for LanguageCache {
    fn eq(&self, _: &Self) -> bool {
        true
    }
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
    ("carry", &Shape::Leaf),
]);

impl Framework {
    /// The language every text has.
    pub fn default_language(&self) -> &str {
        self.default_language.as_deref().unwrap_or("en")
    }

    /// A text in the language [`Self::language_for`] `lang`: one output is in one language,
    /// never partly in `lang` and partly in the default where some texts lack `lang`.
    pub fn tr<'a>(&self, text: &'a Text, lang: &str) -> &'a str {
        text.get(self.language_for(lang), self.default_language())
    }

    /// `lang` when every text of the framework is written in it, else the default language.
    pub fn language_for<'a>(&'a self, lang: &'a str) -> &'a str {
        let complete = self.complete_in.0.get_or_init(|| self.complete_languages());
        if complete.iter().any(|l| l == lang) {
            lang
        } else {
            self.default_language()
        }
    }

    /// The languages every text has: the name and description, each level, pillar, question,
    /// help, rubric and discussion prompt.
    fn complete_languages(&self) -> Vec<String> {
        let mut texts: Vec<&Text> = vec![&self.name];
        texts.extend(&self.description);
        texts.extend(self.scale.iter().map(|l| &l.label));
        for p in &self.pillars {
            texts.push(&p.name);
            texts.extend(&p.description);
            texts.extend(&p.discussion);
            for q in &p.questions {
                texts.push(&q.text);
                texts.extend(&q.help);
                texts.extend(q.levels.values());
            }
        }
        let Some(first) = texts.first() else {
            return Vec::new();
        };
        first
            .0
            .keys()
            .filter(|lang| texts.iter().all(|t| t.has(lang)))
            .cloned()
            .collect()
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
        crate::model::ron::expect_struct(
            text,
            shown,
            "Framework",
            "`Framework(id: \"…\", version: \"1.0.0\", name: {…}, scale: […], pillars: […])` (see frameworks/)",
        )?;
        let (framework, tree): (Framework, _) =
            crate::model::ron::parse_ron(text, shown, &FRAMEWORK_SHAPE)?;
        let problems = framework.validate(shown, tree.as_ref());
        if problems.iter().any(Problem::is_error) {
            return Err(Problems(problems));
        }
        Ok(framework)
    }

    /// Loads and validates a framework file.
    pub fn load(path: &std::path::Path) -> Result<Self, Problems> {
        let text = files::read_text(path, crate::model::ron::MAX_RON_BYTES)?;
        Self::from_ron(&text, &files::display_path(path))
    }

    /// Writes the framework as RON that [`Framework::from_ron`] reads back unchanged: texts
    /// as people typed them (accents, no-break spaces and apostrophes unescaped, a raw string
    /// where a text holds a quote), fields in a fixed order, so that two versions diff well.
    pub fn to_ron(&self) -> Result<String, ron::Error> {
        let config = ron::ser::PrettyConfig::new()
            .struct_names(true)
            .escape_strings(false)
            .indentor("    ".to_owned());
        crate::model::ron::ron_options().to_string_pretty(self, config)
    }
}

pub mod edit;
mod validate;
