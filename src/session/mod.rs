//! One open assessment, as the app works on it: every change is an [`Edit`], and every edit is
//! written to disk at once. An assessment that has no file yet lives in the autosave file, which
//! the app offers to restore after a crash. Nothing here knows about windows.

pub mod conflict;
mod edit;
mod resolve;
pub mod unsaved;
mod writer;

pub use edit::{Edit, apply_edit};
use writer::{Job, Writer};

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::formats::inputs;
use crate::io::files;
use crate::io::problem::{Problem, Problems};
use crate::model::assessment::Assessment;
use crate::model::catalog::{Catalog, Source};
use crate::model::framework::{Framework, Pillar, Question};
use crate::session::conflict::Conflict;

/// The first line of an autosave file names the framework's source, so that one loaded from a
/// file can be found again after a restart.
const AUTOSAVE_MARK: &str = "// pilares-autosave framework: ";

/// An assessment from a file's bytes (the version this session last read or wrote).
fn parse_bytes(bytes: &[u8]) -> Option<Assessment> {
    let text = std::str::from_utf8(bytes).ok()?;
    Assessment::parse_ron(text.trim_start_matches('\u{feff}'), "known")
        .ok()
        .map(|p| p.assessment)
}

/// Where the assessment is kept on disk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    /// The user's own file.
    File(PathBuf),
    /// Not yet given a file: kept in the app's autosave file.
    Autosave(PathBuf),
}

/// Why the last save failed, said by the window in the user's language.
#[derive(Clone, Debug, PartialEq)]
pub struct SaveError {
    pub path: PathBuf,
    pub kind: std::io::ErrorKind,
    /// The system's words (left as they are).
    pub detail: String,
}

impl SaveError {
    /// `error` writing `path`.
    pub fn new(path: &Path, error: &std::io::Error) -> Self {
        Self {
            path: path.to_owned(),
            kind: error.kind(),
            detail: error.to_string(),
        }
    }

    /// The message: a full browser and another tab are said plainly, with what to do.
    pub fn key(&self) -> crate::io::problem::Key {
        let path = ("path", files::display_path(&self.path));
        match self.kind {
            std::io::ErrorKind::StorageFull => {
                crate::io::problem::Key::new("save-failed-storage-full", &[path])
            }
            std::io::ErrorKind::ResourceBusy => {
                crate::io::problem::Key::new("save-failed-other-tab", &[path])
            }
            _ => {
                crate::io::problem::Key::new("save-failed", &[path, ("error", self.detail.clone())])
            }
        }
    }
}

/// An open assessment and its framework.
#[derive(Debug)]
pub struct Session {
    pub assessment: Assessment,
    pub framework: Arc<Framework>,
    pub framework_source: Source,
    pub place: Place,
    /// What loading found and the team should know (unknown questions, another version…).
    pub notices: Vec<Problem>,
    /// The last save's failure, if it failed; cleared by the next successful save.
    pub save_error: Option<SaveError>,
    /// The user's file as this session last read or wrote it: when the file on disk is no
    /// longer this, someone else changed it.
    known: Option<Vec<u8>>,
    /// Someone else's change to the file, found when saving: nothing is written over it until
    /// the team decides.
    pub conflict: Option<Conflict>,
    /// Writes on a thread of its own, when the app asks for it (see [`Session::run_in_background`]).
    writer: Option<Writer>,
    /// Counts the conflicts resolved: replies to writes sent before a resolution are stale.
    generation: u64,
}

impl Session {
    /// A new assessment, kept in `autosave` until the user gives it a file. Written at once.
    pub fn create(
        framework: Arc<Framework>,
        framework_source: Source,
        label: &str,
        date: Option<String>,
        autosave: &Path,
    ) -> Self {
        let mut assessment = Assessment::new(&framework, label);
        assessment.date = date;
        Self::create_from(framework, framework_source, assessment, autosave)
    }

    /// A new assessment with these contents (the next round of an earlier one), kept in
    /// `autosave` until the user gives it a file. Written at once.
    pub fn create_from(
        framework: Arc<Framework>,
        framework_source: Source,
        assessment: Assessment,
        autosave: &Path,
    ) -> Self {
        let mut session = Self {
            assessment,
            framework,
            framework_source,
            place: Place::Autosave(autosave.to_owned()),
            notices: Vec::new(),
            save_error: None,
            known: None,
            conflict: None,
            writer: None,
            generation: 0,
        };
        session.save();
        session
    }

    /// Opens an assessment file. Problems that make it unusable are errors; the rest become
    /// notices. Opening never writes the file.
    pub fn open(path: &Path, catalog: &Catalog) -> Result<Self, Problems> {
        let text = files::read_text(path, crate::model::ron::MAX_RON_BYTES)?;
        let mut session = Self::from_text(&text, &files::display_path(path), catalog, None)?;
        session.place = Place::File(path.to_owned());
        session.known = crate::io::storage::read(path).ok();
        Ok(session)
    }

    /// The framework file an autosave names on its first line, if it names a file (not a
    /// built-in framework).
    pub fn autosave_framework_file(autosave: &Path) -> Option<PathBuf> {
        let text = files::read_text(autosave, crate::model::ron::MAX_RON_BYTES).ok()?;
        let named = text.lines().next()?.strip_prefix(AUTOSAVE_MARK)?;
        (!named.starts_with("built-in:")).then(|| PathBuf::from(named))
    }

    /// Reads the autosave file back, with the framework it names. The framework file named on
    /// its first line is used only if the catalog already holds it (the user chose it before):
    /// a path written in a file is never followed on its own.
    pub fn restore(autosave: &Path, catalog: &Catalog) -> Result<Self, Problems> {
        let text = files::read_text(autosave, crate::model::ron::MAX_RON_BYTES)?;
        let chosen = text
            .lines()
            .next()
            .and_then(|l| l.strip_prefix(AUTOSAVE_MARK))
            .and_then(|named| {
                catalog.entries().iter().find(|e| match &e.source {
                    Source::File(p) => p.display().to_string() == named,
                    Source::BuiltIn(name) => format!("built-in:{name}") == named,
                })
            })
            .cloned();
        let mut session = Self::from_text(&text, &files::display_path(autosave), catalog, chosen)?;
        session.place = Place::Autosave(autosave.to_owned());
        Ok(session)
    }

    pub(super) fn from_text(
        text: &str,
        shown: &str,
        catalog: &Catalog,
        chosen: Option<crate::model::catalog::Entry>,
    ) -> Result<Self, Problems> {
        let parsed = Assessment::parse_ron(text, shown)?;
        let a = &parsed.assessment;
        let (framework, source) = match chosen.filter(|e| e.framework.id == a.framework.id) {
            Some(entry) => (entry.framework, entry.source),
            None => {
                let at = parsed
                    .tree
                    .as_ref()
                    .map(|t| t.locate(&[crate::model::ronspan::Seg::Field("framework")]));
                let framework =
                    inputs::resolve(catalog, &a.framework.id, &a.framework.version, shown, at)?;
                let source = catalog
                    .entries()
                    .iter()
                    .find(|e| Arc::ptr_eq(&e.framework, framework))
                    .map_or(Source::BuiltIn("?"), |e| e.source.clone());
                (Arc::clone(framework), source)
            }
        };
        let problems = a.check(&framework, shown, parsed.tree.as_ref());
        let (errors, notices): (Vec<_>, Vec<_>) = problems.into_iter().partition(Problem::is_error);
        if !errors.is_empty() {
            return Err(Problems(errors));
        }
        Ok(Self {
            assessment: parsed.assessment,
            framework,
            framework_source: source,
            place: Place::Autosave(PathBuf::new()),
            notices,
            save_error: None,
            known: None,
            conflict: None,
            writer: None,
            generation: 0,
        })
    }

    /// The user's file, if the assessment has one.
    pub fn file(&self) -> Option<&Path> {
        match &self.place {
            Place::File(p) => Some(p),
            Place::Autosave(_) => None,
        }
    }

    /// The questions to answer, in framework order: those of the pillars in scope.
    pub fn questions(&self) -> Vec<(&Pillar, &Question)> {
        self.framework
            .questions()
            .filter(|(p, _)| self.assessment.in_scope(&p.id))
            .collect()
    }

    /// How many of the questions in scope are answered or marked not applicable.
    pub fn progress(&self) -> (usize, usize) {
        let questions = self.questions();
        let done = questions
            .iter()
            .filter(|(_, q)| self.is_done(&q.id))
            .count();
        (done, questions.len())
    }

    /// Whether a question has a level on the scale or is marked not applicable.
    pub fn is_done(&self, question_id: &str) -> bool {
        self.assessment.answers.get(question_id).is_some_and(|a| {
            a.not_applicable || a.level.is_some_and(|l| self.framework.level(l).is_some())
        })
    }

    /// Applies an edit and saves. Returns whether anything changed; a failed save is kept in
    /// `save_error` (and the change stays in memory, to be written by the next save).
    pub fn apply(&mut self, edit: Edit) -> bool {
        let before = self.assessment.clone();
        apply_edit(&mut self.assessment, edit);
        if self.assessment == before {
            return false;
        }
        self.save();
        true
    }

    /// Writes the assessment where it is kept; remembers a failure in `save_error`. The user's
    /// file is first read back: if it is no longer what this session last read or wrote,
    /// someone else changed it, and nothing is written over it (see [`Session::conflict`]).
    pub fn save(&mut self) {
        if self.writer.is_some() {
            return self.save_in_background();
        }
        let result = match &self.place {
            Place::File(path) => {
                let path = path.clone();
                self.save_file(&path).map_err(|e| (path, e))
            }
            Place::Autosave(path) => self.write_autosave(path).map_err(|e| (path.clone(), e)),
        };
        self.save_error = result.err().map(|(path, e)| SaveError::new(&path, &e));
    }

    pub(super) fn save_file(&mut self, path: &Path) -> std::io::Result<()> {
        if self.conflict.is_some() {
            // Still undecided: the team's change joins the others not yet written, and the
            // comparison is made again against what is on disk now.
            self.note_conflict(crate::io::storage::read(path).unwrap_or_default());
            return Ok(());
        }
        match crate::io::storage::read(path) {
            Ok(disk) if self.known.as_ref().is_some_and(|k| *k != disk) => {
                self.note_conflict(disk);
                return Ok(());
            }
            // Gone (moved, or deleted by someone): written anew where it was.
            _ => {}
        }
        let text = self.assessment.to_ron().map_err(std::io::Error::other)?;
        files::atomic_write(path, text.as_bytes())?;
        self.known = Some(text.into_bytes());
        Ok(())
    }

    pub(super) fn write_autosave(&self, path: &Path) -> std::io::Result<()> {
        if let Some(dir) = path.parent() {
            crate::io::storage::create_dir_all(dir)?;
        }
        files::atomic_write(path, self.autosave_text()?.as_bytes())
    }

    /// Writes the assessment, as an unsaved one, to `path` (in the app's unsaved folder): where
    /// its own file could not be written, nothing is lost when it is put away.
    pub fn rescue_to(&self, path: &Path) -> std::io::Result<()> {
        self.write_autosave(path)
    }

    /// The autosave file's text: a first line naming the framework's source, then the RON.
    pub(super) fn autosave_text(&self) -> std::io::Result<String> {
        let text = self.assessment.to_ron().map_err(std::io::Error::other)?;
        let framework = match &self.framework_source {
            Source::BuiltIn(name) => format!("built-in:{name}"),
            Source::File(p) => p.display().to_string(),
        };
        Ok(format!("{AUTOSAVE_MARK}{framework}\n{text}"))
    }

    /// Gives the assessment a file of its own: writes it there, and removes the autosave.
    pub fn save_as(&mut self, path: &Path) -> std::io::Result<()> {
        // Whatever is still being written goes first, so no older save lands after this one.
        self.flush();
        let text = self.assessment.to_ron().map_err(std::io::Error::other)?;
        files::atomic_write(path, text.as_bytes())?;
        self.known = Some(text.into_bytes());
        self.send(Job::Known(self.known.clone()));
        self.conflict = None;
        if let Place::Autosave(autosave) = &self.place {
            let _ = crate::io::storage::remove_file(autosave);
        }
        self.place = Place::File(path.to_owned());
        self.save_error = None;
        Ok(())
    }
}

#[cfg(test)]
mod tests;
