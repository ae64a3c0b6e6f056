//! Assessments: one team's answers at one point in time (SPEC §3).

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::io::files;
use crate::io::problem::{Problem, Problems, sort_problems};
use crate::model::framework::Framework;
use crate::model::ronspan::{Node, Seg, Shape};

/// One team's self-assessment against one framework.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    pub framework: FrameworkRef,
    /// Shown in legends and CSV; unique in a comparison.
    pub label: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub participants: Vec<String>,
    /// ISO 8601 date, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Assess only these pillars (at least 3); the others appear nowhere.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<Vec<String>>,
    /// Question id → answer. A question absent here is unanswered.
    #[serde(default)]
    pub answers: BTreeMap<String, Answer>,
    /// Pillar id → the score the team aims for.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub targets: BTreeMap<String, f64>,
    /// The improvement plan.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<Action>,
    /// Question id → what each participant chose alone before the team agreed (SPEC §3);
    /// `answers` stay the team's agreed answers.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub ratings: BTreeMap<String, Vec<Rating>>,
}

/// One participant's own answer to one question.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rating {
    /// Who: a participant's name.
    pub by: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<i64>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub not_applicable: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Which framework an assessment answers.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrameworkRef {
    pub id: String,
    pub version: String,
}

/// The answer to one question: a level, or not applicable; a note either way. An answer with
/// only a note (evidence written before the level is chosen) counts as unanswered.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<i64>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub not_applicable: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Carried over from an earlier version of the framework (SPEC §2 `carry`), for the team
    /// to confirm; any change to the answer confirms it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub carried: bool,
}

/// One step of the improvement plan.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Action {
    pub pillar: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub question: Option<String>,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// ISO 8601 date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<String>,
    #[serde(default)]
    pub status: ActionStatus,
}

/// Where an action stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ActionStatus {
    #[default]
    Planned,
    InProgress,
    Done,
    Dropped,
}

impl ActionStatus {
    /// The name used in files and CSV.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Planned => "Planned",
            Self::InProgress => "InProgress",
            Self::Done => "Done",
            Self::Dropped => "Dropped",
        }
    }
}

static ANSWER: Shape = Shape::Struct(&[
    ("level", &Shape::Leaf),
    ("not_applicable", &Shape::Leaf),
    ("note", &Shape::Leaf),
    ("carried", &Shape::Leaf),
]);
static ANSWERS: Shape = Shape::MapValues(&ANSWER);
static FRAMEWORK_REF: Shape = Shape::Struct(&[("id", &Shape::Leaf), ("version", &Shape::Leaf)]);
static ACTION: Shape = Shape::Struct(&[
    ("pillar", &Shape::Leaf),
    ("question", &Shape::Leaf),
    ("text", &Shape::Leaf),
    ("owner", &Shape::Leaf),
    ("due", &Shape::Leaf),
    ("status", &Shape::Leaf),
]);
static ACTIONS: Shape = Shape::List(&ACTION);
static RATING: Shape = Shape::Struct(&[
    ("by", &Shape::Leaf),
    ("level", &Shape::Leaf),
    ("not_applicable", &Shape::Leaf),
    ("note", &Shape::Leaf),
]);
static RATING_LIST: Shape = Shape::List(&RATING);
static RATINGS: Shape = Shape::MapValues(&RATING_LIST);
/// The shape of an assessment file, for reporting every unknown field.
pub static ASSESSMENT_SHAPE: Shape = Shape::Struct(&[
    ("framework", &FRAMEWORK_REF),
    ("label", &Shape::Leaf),
    ("country", &Shape::Leaf),
    ("team", &Shape::Leaf),
    ("participants", &Shape::Leaf),
    ("date", &Shape::Leaf),
    ("scope", &Shape::Leaf),
    ("answers", &ANSWERS),
    ("targets", &Shape::Leaf),
    ("actions", &ACTIONS),
    ("ratings", &RATINGS),
]);

/// An assessment read from RON text, with the positions of its parts for later messages.
pub struct ParsedAssessment {
    pub assessment: Assessment,
    pub tree: Option<Node>,
}

impl Assessment {
    /// A new, empty assessment of a framework.
    pub fn new(framework: &Framework, label: &str) -> Self {
        Self {
            framework: FrameworkRef {
                id: framework.id.clone(),
                version: framework.version.clone(),
            },
            label: label.to_owned(),
            ..Self::default()
        }
    }

    /// Parses an assessment file's text (no framework checks yet: see [`Assessment::check`]).
    pub fn parse_ron(text: &str, shown: &str) -> Result<ParsedAssessment, Problems> {
        crate::model::ron::expect_struct(
            text,
            shown,
            "Assessment",
            "`Assessment(framework: (id: \"tpd-ict\", version: \"1.0.0\"), label: \"…\", answers: {…})` (see assets/samples/)",
        )?;
        let (assessment, tree) = crate::model::ron::parse_ron(text, shown, &ASSESSMENT_SHAPE)?;
        Ok(ParsedAssessment { assessment, tree })
    }

    /// Reads an assessment file (no framework checks yet).
    pub fn load(path: &Path) -> Result<ParsedAssessment, Problems> {
        let text = files::read_text(path, crate::model::ron::MAX_RON_BYTES)?;
        Self::parse_ron(&text, &files::display_path(path))
    }

    /// The assessment as RON, readable by a person.
    pub fn to_ron(&self) -> Result<String, ron::Error> {
        let config = ron::ser::PrettyConfig::new()
            .struct_names(true)
            .indentor("    ".to_owned());
        crate::model::ron::ron_options().to_string_pretty(self, config)
    }

    /// Writes the assessment atomically: the file on disk is always a whole version.
    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        let text = self.to_ron().map_err(std::io::Error::other)?;
        files::atomic_write(path, text.as_bytes())
    }

    /// Whether a pillar counts in scores, charts and exports (it is in `scope`, or there is none).
    pub fn in_scope(&self, pillar_id: &str) -> bool {
        self.scope
            .as_ref()
            .is_none_or(|s| s.iter().any(|p| p == pillar_id))
    }

    /// The level given to a question, if any.
    pub fn level(&self, question_id: &str) -> Option<i64> {
        self.answers.get(question_id).and_then(|a| a.level)
    }

    /// Answers whose question ids the framework does not have (kept, never dropped).
    pub fn unknown_questions<'a>(&'a self, framework: &Framework) -> Vec<&'a str> {
        self.answers
            .keys()
            .filter(|id| framework.question(id).is_none())
            .map(String::as_str)
            .collect()
    }
}

/// Whether `s` is a calendar date written `YYYY-MM-DD`.
pub fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = s.get(r)?;
        part.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse().ok())
            .flatten()
    };
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return false;
    };
    let (Ok(y), Ok(m), Ok(d)) = (i16::try_from(y), i8::try_from(m), i8::try_from(d)) else {
        return false;
    };
    jiff::civil::Date::new(y, m, d).is_ok()
}

mod check;
#[cfg(test)]
mod tests;
