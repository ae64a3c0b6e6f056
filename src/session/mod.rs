//! One open assessment, as the app works on it: every change is an [`Edit`], and every edit is
//! written to disk at once. An assessment that has no file yet lives in the autosave file, which
//! the app offers to restore after a crash. Nothing here knows about windows.

pub mod conflict;
pub mod unsaved;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::io::files;
use crate::io::inputs;
use crate::model::assessment::{Action, Assessment};
use crate::model::catalog::{Catalog, Source};
use crate::model::framework::{Framework, Pillar, Question};
use crate::model::problem::{Problem, Problems};
use crate::session::conflict::{Conflict, Side};

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

/// One change to an assessment. Applying it also saves.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Choose a level (or clear it with `None`); clears not-applicable.
    Level {
        question: String,
        level: Option<i64>,
    },
    /// Mark a question not applicable (or not); clears the level.
    NotApplicable {
        question: String,
        value: bool,
    },
    /// The evidence note of a question.
    Note {
        question: String,
        note: String,
    },
    Label(String),
    Country(String),
    Team(String),
    /// One participant per entry; blank entries are dropped.
    Participants(Vec<String>),
    Date(String),
    /// Pillars to assess; `None` for all.
    Scope(Option<Vec<String>>),
    /// The score a pillar aims for; `None` removes the target.
    Target {
        pillar: String,
        value: Option<f64>,
    },
    AddAction(Action),
    /// Takes over a baseline's plan: its targets where this assessment has none, and its
    /// actions that are not already here (same pillar and text).
    CarryPlan {
        targets: std::collections::BTreeMap<String, f64>,
        actions: Vec<Action>,
    },
    UpdateAction {
        index: usize,
        action: Action,
    },
    RemoveAction(usize),
}

/// Where the assessment is kept on disk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    /// The user's own file.
    File(PathBuf),
    /// Not yet given a file: kept in the app's autosave file.
    Autosave(PathBuf),
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
    pub save_error: Option<String>,
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

/// A thread that writes a session's saves in order, so that a slow shared folder never blocks
/// the window. It keeps what it last wrote and checks the file against it before each write,
/// as [`Session::save`] does inline.
#[derive(Debug)]
struct Writer {
    jobs: std::sync::mpsc::Sender<Job>,
    done: std::sync::mpsc::Receiver<Done>,
    pending: usize,
}

#[derive(Debug)]
enum Job {
    /// The file is known to hold these bytes (opened, merged, taken over).
    Known(Option<Vec<u8>>),
    /// Write these bytes; `check`: first make sure the file is still what was last written.
    Write {
        path: PathBuf,
        bytes: Vec<u8>,
        check: bool,
        /// The session's generation when the job was sent.
        generation: u64,
    },
}

#[derive(Debug)]
enum Done {
    Written {
        bytes: Vec<u8>,
        check: bool,
        generation: u64,
    },
    Conflict {
        disk: Vec<u8>,
        generation: u64,
    },
    Failed {
        path: PathBuf,
        error: String,
    },
}

impl Writer {
    fn spawn(known: Option<Vec<u8>>) -> Option<Self> {
        let (jobs, inbox) = std::sync::mpsc::channel::<Job>();
        let (outbox, done) = std::sync::mpsc::channel::<Done>();
        let spawned = std::thread::Builder::new()
            .name("pilares-save".into())
            .spawn(move || {
                let mut known = known;
                for job in inbox {
                    let reply = match job {
                        Job::Known(bytes) => {
                            known = bytes;
                            continue;
                        }
                        Job::Write {
                            path,
                            bytes,
                            check,
                            generation,
                        } => match std::fs::read(&path) {
                            Ok(disk) if check && known.as_ref().is_some_and(|k| *k != disk) => {
                                Done::Conflict { disk, generation }
                            }
                            _ => match files::atomic_write(&path, &bytes) {
                                Ok(()) => {
                                    if check {
                                        known = Some(bytes.clone());
                                    }
                                    Done::Written {
                                        bytes,
                                        check,
                                        generation,
                                    }
                                }
                                Err(e) => Done::Failed {
                                    path,
                                    error: e.to_string(),
                                },
                            },
                        },
                    };
                    if outbox.send(reply).is_err() {
                        break;
                    }
                }
            });
        spawned.ok().map(|_| Self {
            jobs,
            done,
            pending: 0,
        })
    }
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
        let text = files::read_text(path, files::MAX_RON_BYTES)?;
        let mut session = Self::from_text(&text, &files::display_path(path), catalog, None)?;
        session.place = Place::File(path.to_owned());
        session.known = std::fs::read(path).ok();
        Ok(session)
    }

    /// The framework file an autosave names on its first line, if it names a file (not a
    /// built-in framework).
    pub fn autosave_framework_file(autosave: &Path) -> Option<PathBuf> {
        let text = files::read_text(autosave, files::MAX_RON_BYTES).ok()?;
        let named = text.lines().next()?.strip_prefix(AUTOSAVE_MARK)?;
        (!named.starts_with("built-in:")).then(|| PathBuf::from(named))
    }

    /// Reads the autosave file back, with the framework it names. The framework file named on
    /// its first line is used only if the catalog already holds it (the user chose it before):
    /// a path written in a file is never followed on its own.
    pub fn restore(autosave: &Path, catalog: &Catalog) -> Result<Self, Problems> {
        let text = files::read_text(autosave, files::MAX_RON_BYTES)?;
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

    fn from_text(
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
                    .map(|t| t.locate(&[crate::formats::ronspan::Seg::Field("framework")]));
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
        self.save_error = result.err().map(|(path, e)| {
            format!(
                "{}: cannot save: {e}. Your answers are kept in the app; choose another place with “Save as…”",
                files::display_path(&path)
            )
        });
    }

    /// From now on, saves are written on a thread of their own: the window never waits for a
    /// slow shared folder. Call [`Session::poll`] each frame to learn how they went.
    pub fn run_in_background(&mut self) {
        self.writer = Writer::spawn(self.known.clone());
    }

    /// Saves not yet written by the background writer.
    pub fn pending_saves(&self) -> usize {
        self.writer.as_ref().map_or(0, |w| w.pending)
    }

    /// Takes in what the background writer did: written, refused because someone else changed
    /// the file (a conflict), or failed.
    pub fn poll(&mut self) {
        let mut replies = Vec::new();
        if let Some(writer) = &mut self.writer {
            while let Ok(done) = writer.done.try_recv() {
                writer.pending = writer.pending.saturating_sub(1);
                replies.push(done);
            }
        }
        for done in replies {
            self.take_reply(done);
        }
    }

    /// Waits until every save is written (closing an assessment, tests).
    pub fn flush(&mut self) {
        let mut replies = Vec::new();
        if let Some(writer) = &mut self.writer {
            while writer.pending > 0 {
                match writer.done.recv() {
                    Ok(done) => {
                        writer.pending -= 1;
                        replies.push(done);
                    }
                    Err(_) => {
                        writer.pending = 0;
                    }
                }
            }
        }
        for done in replies {
            self.take_reply(done);
        }
    }

    fn take_reply(&mut self, done: Done) {
        match done {
            Done::Written { generation, .. } | Done::Conflict { generation, .. }
                if generation != self.generation => {}
            Done::Written { bytes, check, .. } => {
                if check {
                    self.known = Some(bytes);
                }
                self.save_error = None;
            }
            Done::Conflict { disk, .. } => self.note_conflict(disk),
            Done::Failed { path, error } => {
                self.save_error = Some(format!(
                    "{}: cannot save: {error}. Your answers are kept in the app; choose another place with “Save as…”",
                    files::display_path(&path)
                ));
            }
        }
    }

    fn send(&mut self, job: Job) {
        let Some(writer) = &mut self.writer else {
            return;
        };
        let counts = matches!(job, Job::Write { .. });
        if writer.jobs.send(job).is_ok() {
            if counts {
                writer.pending += 1;
            }
        } else {
            // The writer is gone (it cannot be, short of a panic): write inline from now on.
            self.writer = None;
        }
    }

    fn save_in_background(&mut self) {
        let job = match &self.place {
            Place::File(path) => {
                if let Some(conflict) = &self.conflict {
                    // Still undecided: compared again with the other version already read.
                    let disk = conflict.theirs_bytes.clone();
                    self.note_conflict(disk);
                    return;
                }
                match self.assessment.to_ron() {
                    Ok(text) => Job::Write {
                        path: path.clone(),
                        bytes: text.into_bytes(),
                        check: true,
                        generation: self.generation,
                    },
                    Err(e) => {
                        self.save_error = Some(e.to_string());
                        return;
                    }
                }
            }
            Place::Autosave(path) => {
                if let Some(dir) = path.parent() {
                    let _ = std::fs::create_dir_all(dir);
                }
                match self.autosave_text() {
                    Ok(text) => Job::Write {
                        path: path.clone(),
                        bytes: text.into_bytes(),
                        check: false,
                        generation: self.generation,
                    },
                    Err(e) => {
                        self.save_error = Some(e.to_string());
                        return;
                    }
                }
            }
        };
        self.send(job);
    }

    /// Records the other person's version `disk` (or brings the record up to date): compared
    /// with this session's assessment from the version both started from, with the team's
    /// choices on clashes kept.
    fn note_conflict(&mut self, disk: Vec<u8>) {
        let base = self.known.as_deref().and_then(parse_bytes);
        let mut conflict = Conflict::new(&self.assessment, base, disk, &self.framework);
        if let Some(old) = self.conflict.take() {
            conflict.choices = old.choices;
        }
        self.conflict = Some(conflict);
    }

    fn save_file(&mut self, path: &Path) -> std::io::Result<()> {
        if self.conflict.is_some() {
            // Still undecided: the team's change joins the others not yet written, and the
            // comparison is made again against what is on disk now.
            self.note_conflict(std::fs::read(path).unwrap_or_default());
            return Ok(());
        }
        match std::fs::read(path) {
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

    /// Takes the other person's version; this session's is first written beside it as
    /// `<name>.<suffix>.ron` (a new file, never over one), whose path is returned.
    pub fn take_theirs(&mut self, suffix: &str) -> std::io::Result<PathBuf> {
        let (Some(conflict), Place::File(path)) = (&self.conflict, &self.place) else {
            return Err(std::io::Error::other("there is no other version to take"));
        };
        let Some(theirs) = conflict.theirs.clone() else {
            return Err(std::io::Error::other(
                "the other version cannot be read as an assessment",
            ));
        };
        let theirs_bytes = conflict.theirs_bytes.clone();
        let copy = self.write_copy(path, suffix)?;
        self.generation += 1;
        self.assessment = theirs;
        self.send(Job::Known(Some(theirs_bytes.clone())));
        self.known = Some(theirs_bytes);
        self.conflict = None;
        self.save_error = None;
        Ok(copy)
    }

    /// Keeps this session's version as a new file `<name>.<suffix>.ron` beside the other
    /// person's, which is left as it is; the session goes on in the copy.
    pub fn keep_mine_as_copy(&mut self, suffix: &str) -> std::io::Result<PathBuf> {
        let Place::File(path) = &self.place else {
            return Err(std::io::Error::other("the assessment has no file yet"));
        };
        let copy = self.write_copy(path, suffix)?;
        self.generation += 1;
        self.place = Place::File(copy.clone());
        self.known = std::fs::read(&copy).ok();
        self.send(Job::Known(self.known.clone()));
        self.conflict = None;
        self.save_error = None;
        Ok(copy)
    }

    /// Merges answer by answer (see [`Conflict::merged`]) and writes the result over the
    /// other version, if the file is still exactly that version.
    pub fn merge(&mut self) -> bool {
        let Some(conflict) = self.conflict.take() else {
            return false;
        };
        let Some(merged) = conflict.merged(&self.assessment) else {
            self.conflict = Some(conflict);
            return false;
        };
        self.assessment = merged;
        self.generation += 1;
        self.send(Job::Known(Some(conflict.theirs_bytes.clone())));
        self.known = Some(conflict.theirs_bytes);
        self.save();
        self.conflict.is_none()
    }

    /// The team's choice for a question both changed.
    pub fn choose(&mut self, question: &str, side: Side) {
        if let Some(c) = &mut self.conflict {
            c.choices.insert(question.to_owned(), side);
        }
    }

    fn write_copy(&self, path: &Path, suffix: &str) -> std::io::Result<PathBuf> {
        let text = self.assessment.to_ron().map_err(std::io::Error::other)?;
        let stem = path
            .file_stem()
            .map_or_else(|| "assessment".into(), |s| s.to_string_lossy().into_owned());
        let suffix = files::file_stem(suffix);
        for n in 1..1000 {
            let name = if n == 1 {
                format!("{stem}.{suffix}.ron")
            } else {
                format!("{stem}.{suffix}-{n}.ron")
            };
            let copy = path.with_file_name(name);
            match files::create_new(&copy, text.as_bytes()) {
                Ok(()) => return Ok(copy),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(e),
            }
        }
        Err(std::io::Error::other(
            "too many copies already: move some away",
        ))
    }

    fn write_autosave(&self, path: &Path) -> std::io::Result<()> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        files::atomic_write(path, self.autosave_text()?.as_bytes())
    }

    /// Writes the assessment, as an unsaved one, to `path` (in the app's unsaved folder): where
    /// its own file could not be written, nothing is lost when it is put away.
    pub fn rescue_to(&self, path: &Path) -> std::io::Result<()> {
        self.write_autosave(path)
    }

    /// The autosave file's text: a first line naming the framework's source, then the RON.
    fn autosave_text(&self) -> std::io::Result<String> {
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
            let _ = std::fs::remove_file(autosave);
        }
        self.place = Place::File(path.to_owned());
        self.save_error = None;
        Ok(())
    }
}

/// Applies one edit to an assessment; answers left with nothing in them are removed.
pub fn apply_edit(a: &mut Assessment, edit: Edit) {
    let blank = |s: String| {
        let t = s.trim();
        (!t.is_empty()).then(|| s.clone())
    };
    match edit {
        Edit::Level { question, level } => {
            let answer = a.answers.entry(question.clone()).or_default();
            answer.level = level;
            if level.is_some() {
                answer.not_applicable = false;
            }
            prune(a, &question);
        }
        Edit::NotApplicable { question, value } => {
            let answer = a.answers.entry(question.clone()).or_default();
            answer.not_applicable = value;
            if value {
                answer.level = None;
            }
            prune(a, &question);
        }
        Edit::Note { question, note } => {
            let answer = a.answers.entry(question.clone()).or_default();
            answer.note = (!note.trim().is_empty()).then_some(note);
            prune(a, &question);
        }
        Edit::Label(label) => a.label = label,
        Edit::Country(s) => a.country = blank(s),
        Edit::Team(s) => a.team = blank(s),
        Edit::Participants(list) => {
            a.participants = list
                .into_iter()
                .map(|p| p.trim().to_owned())
                .filter(|p| !p.is_empty())
                .collect();
        }
        Edit::Date(s) => a.date = blank(s.trim().to_owned()),
        Edit::Scope(scope) => a.scope = scope,
        Edit::Target { pillar, value } => match value {
            Some(v) if v.is_finite() => {
                a.targets.insert(pillar, v);
            }
            _ => {
                a.targets.remove(&pillar);
            }
        },
        Edit::AddAction(action) => a.actions.push(action),
        Edit::CarryPlan { targets, actions } => {
            for (pillar, value) in targets {
                if value.is_finite() {
                    a.targets.entry(pillar).or_insert(value);
                }
            }
            for action in actions {
                let known = a
                    .actions
                    .iter()
                    .any(|x| x.pillar == action.pillar && x.text == action.text);
                if !known {
                    a.actions.push(action);
                }
            }
        }
        Edit::UpdateAction { index, action } => {
            if let Some(slot) = a.actions.get_mut(index) {
                *slot = action;
            }
        }
        Edit::RemoveAction(index) => {
            if index < a.actions.len() {
                a.actions.remove(index);
            }
        }
    }
}

fn prune(a: &mut Assessment, question: &str) {
    if a.answers
        .get(question)
        .is_some_and(|x| x.level.is_none() && !x.not_applicable && x.note.is_none())
    {
        a.answers.remove(question);
    }
}

#[cfg(test)]
mod tests;
