//! Bringing participants' own answers into the open assessment, for the team to settle.

use std::path::PathBuf;

use super::{AppState, View, problems_text};
use crate::analysis::merge::{self, Settle};
use crate::formats::inputs;
use crate::session::Edit;

impl AppState {
    /// Each member's own answers as an assessment of its own in the comparison (replacing
    /// what it held), so the team sees one polygon per person.
    pub(super) fn compare_members(&mut self) {
        let Some(session) = &self.session else {
            return;
        };
        let team = &session.assessment;
        let members: Vec<crate::formats::inputs::Loaded> = team
            .participants
            .iter()
            .filter(|name| team.ratings.values().flatten().any(|r| &r.by == *name))
            .map(|name| {
                let mut own = crate::model::assessment::Assessment::new(&session.framework, name);
                own.framework = team.framework.clone();
                own.scope = team.scope.clone();
                for (question, ratings) in &team.ratings {
                    if let Some(r) = ratings.iter().find(|r| &r.by == name) {
                        own.answers.insert(
                            question.clone(),
                            crate::model::assessment::Answer {
                                level: r.level,
                                not_applicable: r.not_applicable,
                                note: r.note.clone(),
                                carried: false,
                            },
                        );
                    }
                }
                crate::formats::inputs::Loaded {
                    assessment: own,
                    framework: std::sync::Arc::clone(&session.framework),
                    source: team.label.clone(),
                }
            })
            .collect();
        if members.is_empty() {
            return;
        }
        self.compare.clear();
        for member in members {
            self.compare.push(member);
        }
        self.view = View::Compare;
    }

    /// Merges the participants' files at `paths` into the open assessment: every rating kept,
    /// what all agreed on answered, the rest left for the consensus view.
    pub(super) fn bring_in(&mut self, paths: &[PathBuf]) {
        let Some(session) = &self.session else {
            return;
        };
        let outcome = match inputs::load_participants(paths, &self.catalog) {
            Ok(outcome) => outcome,
            Err(problems) => return self.error(problems_text(&problems, &self.msgs)),
        };
        let f = &session.framework;
        if let Some(other) = outcome.loaded.iter().find(|l| l.framework.id != f.id) {
            return self.error(format!(
                "{}: {}",
                other.source,
                self.msgs.format(
                    "bring-in-other-framework",
                    &[("id", other.framework.id.clone().into())]
                )
            ));
        }
        let participants: Vec<_> = outcome.loaded.iter().map(|l| &l.assessment).collect();
        let merged = merge::merge_into(&session.assessment, &participants, f, Settle::None);
        let before = &session.assessment.answers;
        let agreed: std::collections::BTreeMap<_, _> = merged
            .team
            .answers
            .iter()
            .filter(|(id, a)| {
                (a.level.is_some() || a.not_applicable)
                    && before
                        .get(*id)
                        .is_none_or(|b| b.level.is_none() && !b.not_applicable)
            })
            .map(|(id, a)| (id.clone(), a.clone()))
            .collect();
        let open = f
            .questions()
            .filter(|(_, q)| {
                merged.team.ratings.contains_key(&q.id)
                    && merged
                        .team
                        .answers
                        .get(&q.id)
                        .is_none_or(|a| a.level.is_none() && !a.not_applicable)
            })
            .count();
        let mut text = self.msgs.format(
            "bring-in-done",
            &[
                ("count", participants.len().into()),
                ("agreed", agreed.len().into()),
                ("open", open.into()),
            ],
        );
        let notices = merged.notices.iter().map(|n| n.say(&self.msgs));
        let warnings = outcome.warnings.iter().map(|w| w.localized(&self.msgs));
        for notice in notices.chain(warnings) {
            text.push('\n');
            text.push_str(&notice);
        }
        if let Some(session) = &mut self.session {
            session.apply(Edit::BringIn {
                ratings: merged.team.ratings,
                participants: merged.team.participants,
                agreed,
            });
        }
        self.info(text);
        self.view = View::Consensus;
    }
}
