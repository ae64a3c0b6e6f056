//! Assessments kept in the app's data folder until they have a file of the user's: what the
//! start screen offers, restoring one, discarding one (and bringing it back).

use std::path::{Path, PathBuf};

use super::{AppState, first_open_question, problems_text};
use crate::io::files;
use crate::model::catalog::Source;
use crate::session::{self, Session, unsaved};

/// An assessment not yet in a file of the user's, kept in the app's data folder.
#[derive(Clone, Debug, PartialEq)]
pub struct Unsaved {
    pub path: PathBuf,
    pub offer: AutosaveOffer,
    /// Open in another window of the app: not offered here.
    pub elsewhere: bool,
}

/// What the start screen says about an assessment kept in the autosave file.
#[derive(Clone, Debug, PartialEq)]
pub enum AutosaveOffer {
    /// It can be restored.
    Ready {
        label: String,
        done: usize,
        total: usize,
    },
    /// It was made on a framework file that is not loaded: the user confirms the file.
    NeedsFramework { path: PathBuf, why: String },
    /// It is there but cannot be read back; the message says why.
    Broken(String),
}

impl AppState {
    pub(super) fn refresh_unsaved(&mut self) {
        let open = match self.session.as_ref().map(|s| &s.place) {
            Some(session::Place::Autosave(p)) => Some(p.clone()),
            _ => None,
        };
        self.unsaved = unsaved::list(&self.data_dir)
            .into_iter()
            .filter(|p| Some(p) != open.as_ref())
            .map(|path| Unsaved {
                offer: self.offer_for(&path),
                elsewhere: unsaved::open_elsewhere(&path),
                path,
            })
            .collect();
    }

    fn offer_for(&self, path: &Path) -> AutosaveOffer {
        match Session::restore(path, &self.catalog) {
            Ok(s) => {
                let (done, total) = s.progress();
                AutosaveOffer::Ready {
                    label: s.assessment.label.clone(),
                    done,
                    total,
                }
            }
            Err(p) => match Session::autosave_framework_file(path) {
                Some(file)
                    if !self
                        .catalog
                        .entries()
                        .iter()
                        .any(|e| e.source == Source::File(file.clone())) =>
                {
                    AutosaveOffer::NeedsFramework {
                        path: file,
                        why: p.to_string(),
                    }
                }
                _ => AutosaveOffer::Broken(p.localized(&self.msgs)),
            },
        }
    }

    pub(super) fn restore(&mut self, path: &Path) {
        if unsaved::open_elsewhere(path) {
            self.error(self.msgs.get("unsaved-elsewhere"));
            self.refresh_unsaved();
            return;
        }
        match Session::restore(path, &self.catalog) {
            Ok(session) => {
                self.close_session();
                unsaved::lock(path);
                self.view = first_open_question(&session);
                self.adopt(session);
                self.status = None;
                self.refresh_unsaved();
            }
            Err(problems) => self.error(problems_text(&problems, &self.msgs)),
        }
    }

    /// Moves an unsaved assessment to the discarded folder, from where "Undo" brings it back.
    pub(super) fn confirm_discard(&mut self, path: PathBuf) {
        self.confirm_discard = None;
        let label = match self.unsaved.iter().find(|u| u.path == path) {
            Some(Unsaved {
                offer: AutosaveOffer::Ready { label, .. },
                ..
            }) => label.clone(),
            _ => String::new(),
        };
        match unsaved::discard(&path, &self.data_dir) {
            Ok(gone) => {
                self.info(self.msgs.format(
                    "discarded",
                    &[
                        ("label", label.into()),
                        ("path", files::display_path(&gone).into()),
                    ],
                ));
                self.undo = Some((gone, path));
            }
            Err(e) => self.error(format!("{}: {e}", files::display_path(&path))),
        }
        self.refresh_unsaved();
    }

    /// Brings the last discarded assessment back.
    pub(super) fn undo_discard(&mut self) {
        if let Some((gone, original)) = self.undo.take() {
            match unsaved::undo_discard(&gone, &original) {
                Ok(()) => self.status = None,
                Err(e) => self.error(format!("{}: {e}", files::display_path(&gone))),
            }
            self.refresh_unsaved();
        }
    }
}
