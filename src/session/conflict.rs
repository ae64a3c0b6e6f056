//! Two people, one file: a ministry team keeps its assessment on a shared folder. When the file
//! on disk is no longer what this app last read or wrote, someone else changed it; the app
//! writes nothing over it. What differs is worked out here, answer by answer, against the
//! version both started from, and the team merges, takes the other version, or keeps its own as
//! a copy. Nothing here knows about windows.

use std::collections::BTreeMap;

use crate::model::assessment::{Answer, Assessment};
use crate::model::framework::Framework;

/// Which version of an answer the team keeps where both changed it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Mine,
    Theirs,
}

/// Another person's version of the open file, and how it differs from this one.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    /// Their version, as it is on disk now; `None` when it cannot be read as an assessment.
    pub theirs: Option<Assessment>,
    /// The file's bytes as they are now: a merge is written only over exactly these.
    pub theirs_bytes: Vec<u8>,
    /// The version both started from (what this app last read or wrote).
    pub base: Option<Assessment>,
    /// Questions both changed, differently: the team chooses (mine by default).
    pub clashes: Vec<String>,
    /// Questions only they changed: a merge takes theirs.
    pub theirs_only: Vec<String>,
    /// Questions only this app changed: a merge keeps mine.
    pub mine_only: Vec<String>,
    /// The team's choice for each clash.
    pub choices: BTreeMap<String, Side>,
}

impl Conflict {
    /// Works out how `mine` and their file differ, from the version both started from.
    pub fn new(
        mine: &Assessment,
        base: Option<Assessment>,
        theirs_bytes: Vec<u8>,
        framework: &Framework,
    ) -> Self {
        let theirs = std::str::from_utf8(&theirs_bytes)
            .ok()
            .and_then(|t| Assessment::parse_ron(t.trim_start_matches('\u{feff}'), "theirs").ok())
            .map(|p| p.assessment)
            .filter(|t| t.framework.id == mine.framework.id);
        let mut conflict = Self {
            theirs,
            theirs_bytes,
            base,
            clashes: Vec::new(),
            theirs_only: Vec::new(),
            mine_only: Vec::new(),
            choices: BTreeMap::new(),
        };
        let Some(theirs) = &conflict.theirs else {
            return conflict;
        };
        for id in question_ids(framework, [mine, theirs]) {
            let m = mine.answers.get(&id);
            let t = theirs.answers.get(&id);
            if m == t {
                continue;
            }
            let b = conflict.base.as_ref().map(|b| b.answers.get(&id));
            match b {
                Some(b) if b == m => conflict.theirs_only.push(id),
                Some(b) if b == t => conflict.mine_only.push(id),
                _ => conflict.clashes.push(id),
            }
        }
        conflict
    }

    /// Whether anything at all differs outside the answers (details, scope, plan).
    pub fn details_differ(&self, mine: &Assessment) -> bool {
        self.theirs.as_ref().is_some_and(|t| {
            let strip = |a: &Assessment| Assessment {
                answers: BTreeMap::new(),
                ..a.clone()
            };
            strip(t) != strip(mine)
        })
    }

    /// The merge: their version, with each of my changes since the common version kept, and
    /// for each clash the side the team chose (mine unless it chose theirs). `None` when their
    /// file cannot be read.
    pub fn merged(&self, mine: &Assessment) -> Option<Assessment> {
        let theirs = self.theirs.as_ref()?;
        let base = self.base.as_ref();
        let mut merged = theirs.clone();
        let mut take_mine = |id: &str| match mine.answers.get(id) {
            Some(a) => {
                merged.answers.insert(id.to_owned(), a.clone());
            }
            None => {
                merged.answers.remove(id);
            }
        };
        for id in &self.mine_only {
            take_mine(id);
        }
        for id in &self.clashes {
            if self.choices.get(id).copied().unwrap_or(Side::Mine) == Side::Mine {
                take_mine(id);
            }
        }
        // Everything else: mine where I changed it since the common version, else theirs.
        macro_rules! field {
            ($($name:ident),*) => {$(
                if base.is_none_or(|b| b.$name != mine.$name) {
                    merged.$name = mine.$name.clone();
                }
            )*};
        }
        field!(label, country, team, date, scope);
        // Lists and the targets, item by item: what either side added is kept, what one side
        // removed and the other left alone goes.
        merged.participants = merge_items(
            base.map(|b| &b.participants),
            &mine.participants,
            &theirs.participants,
        );
        merged.actions = merge_items(base.map(|b| &b.actions), &mine.actions, &theirs.actions);
        match base {
            Some(b) => {
                let keys: std::collections::BTreeSet<&String> =
                    mine.targets.keys().chain(b.targets.keys()).collect();
                for key in keys {
                    if mine.targets.get(key) != b.targets.get(key) {
                        match mine.targets.get(key) {
                            Some(v) => {
                                merged.targets.insert(key.clone(), *v);
                            }
                            None => {
                                merged.targets.remove(key);
                            }
                        }
                    }
                }
            }
            None => {
                for (key, v) in &mine.targets {
                    merged.targets.entry(key.clone()).or_insert(*v);
                }
            }
        }
        Some(merged)
    }
}

/// A list merged item by item: theirs, without what I removed since the common version (and
/// they kept), with what I added (that they do not have).
fn merge_items<T: Clone + PartialEq>(base: Option<&Vec<T>>, mine: &[T], theirs: &[T]) -> Vec<T> {
    let empty = Vec::new();
    let base = base.unwrap_or(&empty);
    let mut merged: Vec<T> = theirs
        .iter()
        .filter(|t| !base.contains(t) || mine.contains(t))
        .cloned()
        .collect();
    for m in mine {
        if !base.contains(m) && !merged.contains(m) {
            merged.push(m.clone());
        }
    }
    merged
}

/// The question ids either version answers: the framework's in its order, then the others.
fn question_ids<'a>(
    framework: &Framework,
    versions: impl IntoIterator<Item = &'a Assessment>,
) -> Vec<String> {
    let versions: Vec<&Assessment> = versions.into_iter().collect();
    let answered = |id: &str| versions.iter().any(|a| a.answers.contains_key(id));
    let mut ids: Vec<String> = framework
        .questions()
        .map(|(_, q)| q.id.clone())
        .filter(|id| answered(id))
        .collect();
    let mut others: Vec<String> = versions
        .iter()
        .flat_map(|a| a.answers.keys())
        .filter(|id| framework.question(id).is_none())
        .cloned()
        .collect();
    others.sort();
    others.dedup();
    ids.extend(others);
    ids
}

/// How an answer reads in a list of differences: `3`, `NA`, `—`.
pub fn short(answer: Option<&Answer>) -> String {
    match answer {
        Some(a) if a.not_applicable => "NA".to_owned(),
        Some(Answer { level: Some(l), .. }) => l.to_string(),
        Some(_) => "…".to_owned(),
        None => "—".to_owned(),
    }
}
