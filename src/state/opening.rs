//! Opening assessments: a new one on a framework (of the catalog or a file), one from a file,
//! and putting the open one away (nothing undecided lost).

use std::path::Path;

use super::Status;
use super::prefs::remember;
use super::{AppState, View, first_open_question, problems_text};
use crate::i18n;
use crate::io::files;
use crate::model::carry;
use crate::model::catalog::Source;
use crate::model::framework::Framework;
use crate::session::{self, Edit, Session, unsaved};

impl AppState {
    /// Puts the open assessment away (its last saves written first), unmarking its unsaved
    /// file.
    pub(super) fn close_session(&mut self) {
        if let Some(mut session) = self.session.take() {
            session.flush();
            // Answers not yet written (someone else changed the file, or it could not be
            // written) are never dropped: they are kept as a copy, and the app says where.
            let kept = if session.conflict.is_some() {
                let suffix = self.msgs.get("conflict-copy-suffix");
                Some(session.keep_mine_as_copy(&suffix))
            } else if session.save_error.is_some() && session.file().is_some() {
                let path = unsaved::new_path(&self.data_dir);
                Some(session.rescue_to(&path).map(|()| path))
            } else {
                None
            };
            match kept {
                Some(Ok(path)) => self.info(self.msgs.format(
                    "conflict-copy-saved",
                    &[("path", files::display_path(&path).into())],
                )),
                Some(Err(e)) => self.error(e.to_string()),
                None => {}
            }
            if let session::Place::Autosave(path) = &session.place {
                unsaved::unlock(path);
            }
        }
        self.baseline = None;
    }

    /// Makes `session` the open one.
    pub(super) fn adopt(&mut self, mut session: Session) {
        self.last_question = 0;
        if self.background_saves {
            session.run_in_background();
        }
        self.session = Some(session);
    }

    /// Opens, in a file of its own, a copy of the open assessment for `name` to answer alone:
    /// the team's details, scope and framework, no answers, named after them. The team's own
    /// assessment stays where it is (in its file, or listed on the start screen).
    pub(super) fn answer_alone(&mut self, name: &str) {
        let Some(team) = &self.session else {
            return;
        };
        let name = name.trim();
        if name.is_empty() {
            return;
        }
        let label = format!("{} — {name}", team.assessment.label.trim());
        let (framework, source) = (
            std::sync::Arc::clone(&team.framework),
            team.framework_source.clone(),
        );
        let details = team.assessment.clone();
        self.close_session();
        let path = unsaved::new_path(&self.data_dir);
        let mut session = Session::create(framework, source, &label, details.date.clone(), &path);
        for edit in [
            Edit::Country(details.country.clone().unwrap_or_default()),
            Edit::Team(details.team.clone().unwrap_or_default()),
            Edit::Participants(vec![name.to_owned()]),
            Edit::Scope(details.scope.clone()),
        ] {
            session.apply(edit);
        }
        unsaved::lock(&path);
        self.adopt(session);
        self.info(
            self.msgs
                .format("answer-alone-started", &[("name", name.to_owned().into())]),
        );
        self.view = View::Question(0);
        self.refresh_unsaved();
    }

    pub(super) fn new_assessment(&mut self, index: usize) {
        let Some(entry) = self.catalog.entries().get(index).cloned() else {
            return;
        };
        let date = self.today.clone();
        let label = self.msgs.format(
            "new-assessment-label",
            &[("date", i18n::date(&date, self.msgs.lang()).into())],
        );
        // Each new assessment in a file of its own: the one that was open stays where it is,
        // listed on the start screen, and no other window ever writes this one.
        self.close_session();
        let path = unsaved::new_path(&self.data_dir);
        let session = Session::create(entry.framework, entry.source, &label, Some(date), &path);
        unsaved::lock(&path);
        self.adopt(session);
        self.status = None;
        self.view = View::Details;
        self.refresh_unsaved();
    }

    /// The team's next round: the open assessment's details, answers, notes and plan carried
    /// to the newest version of its framework (SPEC §2 `carry`), each carried answer marked for
    /// the team to confirm; dated today, in a file of its own. The last round stays as it is.
    pub(super) fn next_round(&mut self) {
        let Some(last) = &self.session else {
            return;
        };
        let Some(entry) = self.catalog.newest(&last.framework.id).cloned() else {
            return;
        };
        let older = entry.framework.version != last.framework.version;
        let mut next = carry::carry(&last.assessment, &last.framework, &entry.framework, true);
        next.date = Some(self.today.clone());
        next.label = self.msgs.format(
            "next-round-label",
            &[
                ("label", last.assessment.label.trim().to_owned().into()),
                ("date", i18n::date(&self.today, self.msgs.lang()).into()),
            ],
        );
        // Each participant's own ratings belong to the round they were given in.
        next.ratings.clear();
        let carried = next.answers.values().filter(|a| a.carried).count();
        let fresh = carry::new_questions(&entry.framework, &last.framework).len();
        let message = if older {
            self.msgs.format(
                "next-round-started-new-version",
                &[
                    ("carried", carried.into()),
                    ("version", entry.framework.version.clone().into()),
                    ("new", fresh.into()),
                ],
            )
        } else {
            self.msgs
                .format("next-round-started", &[("carried", carried.into())])
        };
        self.close_session();
        let path = unsaved::new_path(&self.data_dir);
        let session = Session::create_from(entry.framework, entry.source, next, &path);
        unsaved::lock(&path);
        self.adopt(session);
        self.info(message);
        self.view = View::Details;
        self.refresh_unsaved();
    }

    pub(super) fn new_from_framework_file(&mut self, path: &Path) {
        let framework = match Framework::load(path) {
            Ok(f) => f,
            Err(problems) => return self.error(problems_text(&problems, &self.msgs)),
        };
        if let Err(problems) = self.catalog.add_path(path) {
            return self.error(problems_text(&problems, &self.msgs));
        }
        remember(&mut self.prefs.framework_files, path);
        let index = self.catalog.entries().iter().position(|e| {
            e.framework.id == framework.id && e.framework.version == framework.version
        });
        if let Some(index) = index {
            if let Source::BuiltIn(_) = self.catalog.entries()[index].source {
                self.info(self.msgs.format(
                    "framework-already-built-in",
                    &[("id", framework.key().into())],
                ));
            }
            self.new_assessment(index);
        }
    }

    pub(super) fn open(&mut self, path: &Path) {
        match Session::open(path, &self.catalog) {
            Ok(session) => {
                remember(&mut self.prefs.recent, path);
                self.status = (!session.notices.is_empty()).then(|| Status {
                    text: session
                        .notices
                        .iter()
                        .map(|n| n.localized(&self.msgs))
                        .collect::<Vec<_>>()
                        .join("\n"),
                    error: false,
                });
                self.close_session();
                self.view = first_open_question(&session);
                self.adopt(session);
                self.refresh_unsaved();
            }
            Err(problems) => {
                if !crate::io::storage::exists(path) {
                    self.prefs.recent.retain(|p| p != path);
                }
                let mut text = problems_text(&problems, &self.msgs);
                // A framework the app has never seen (not another version of a known one):
                // say where to add it.
                let mut unknown = problems.0.iter().filter_map(|p| p.needs_framework.as_ref());
                if unknown
                    .any(|(id, _)| self.catalog.entries().iter().all(|e| &e.framework.id != id))
                {
                    text = format!("{text}\n{}", self.msgs.get("open-needs-framework"));
                }
                self.error(text);
            }
        }
    }
}
