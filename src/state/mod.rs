//! The app's state and the one place it changes, without any window: views draw an
//! [`AppState`] and return [`Action`]s, and [`AppState::apply`] carries them out after the frame.
//! Everything here is tested without egui; `ui` only wires frames, this state and the platform.

mod action;
mod compare;
mod dialogs;
mod kept;
mod picker;
mod prefs;

pub use action::{Action, ChartFormat, ExportKind, QuestionKey, View};
pub use compare::{CompareItem, CompareSet, Computed};
pub use dialogs::PathPrompt;
pub use kept::{AutosaveOffer, Unsaved};
pub use picker::{FilePicker, ScriptedPicker};
pub use prefs::{Prefs, ThemeChoice};

use std::path::{Path, PathBuf};

use crate::i18n::{self, Messages};
use crate::io::files;
use crate::io::inputs::Loaded;
use crate::model::catalog::{self, Catalog, Source};
use crate::model::framework::Framework;
use crate::model::problem::Problems;
use crate::session::{self, Edit, Session, unsaved};
use compare::{Drop, route_drop};
use prefs::{clamp_zoom, remember};

/// How the app is started.
pub struct AppConfig {
    /// The folder of the autosave file.
    pub data_dir: PathBuf,
    pub picker: Box<dyn FilePicker>,
    pub prefs: Prefs,
    /// Framework files or folders given on the command line.
    pub frameworks: Vec<PathBuf>,
    /// A folder whose framework files are loaded too (the working folder's `frameworks/`
    /// when the app is started for real; none in tests, so they see only the built-in one).
    pub local_frameworks: Option<PathBuf>,
    /// Files named on the command line (`pilares FILE…`, a double-click): one assessment
    /// opens for answering; several files, or a table, open the comparison.
    pub open: Vec<PathBuf>,
    /// Whether saves are written on a thread of their own, so a slow shared folder never
    /// blocks the window (the real app); tests that read the file after each step write inline.
    pub background_saves: bool,
    /// Today's date (ISO) where the user is: the local clock in the real app, a fixed day in
    /// tests. Read once per frame.
    pub today: fn() -> String,
}

/// A message in the status bar.
#[derive(Clone, Debug, PartialEq)]
pub struct Status {
    pub text: String,
    pub error: bool,
}

/// Everything the app knows, and the one place where it changes ([`AppState::apply`]).
pub struct AppState {
    prefs: Prefs,
    msgs: Messages,
    catalog: Catalog,
    data_dir: PathBuf,
    picker: Box<dyn FilePicker>,
    session: Option<Session>,
    compare: CompareSet,
    /// An earlier assessment shown beside the plan.
    baseline: Option<Loaded>,
    view: View,
    status: Option<Status>,
    /// Assessments not yet in a file, other than the open one.
    unsaved: Vec<Unsaved>,
    /// The unsaved assessment whose discarding waits for a yes.
    confirm_discard: Option<PathBuf>,
    /// The last discarded one: where it went, and where it was (for "Undo").
    undo: Option<(PathBuf, PathBuf)>,
    /// The path the app asks for itself when the system's file dialog cannot open.
    prompt: Option<PathPrompt>,
    /// The path given in that prompt, taken by the next file choice instead of a dialog.
    preset: Option<PathBuf>,
    background_saves: bool,
    /// The question the team was on last, for the Questions tab.
    last_question: usize,
    clock: fn() -> String,
    /// Today's date (ISO), from `clock` at the last [`AppState::tick`].
    today: String,
    /// The preferences as last written to eframe's storage: a change is written at once, not
    /// only at exit, so a kill a minute later loses nothing.
    stored_prefs: Option<Prefs>,
}

impl AppState {
    /// The app with its frameworks loaded and any autosaved assessment offered for restoring.
    pub fn new(config: AppConfig) -> Self {
        let AppConfig {
            data_dir,
            picker,
            mut prefs,
            frameworks,
            local_frameworks,
            open,
            background_saves,
            today,
        } = config;
        prefs.language = i18n::supported(&prefs.language).to_owned();
        prefs.zoom = clamp_zoom(prefs.zoom);
        prefs.framework_files.retain(|p| p.is_file());
        let explicit: Vec<PathBuf> = frameworks
            .into_iter()
            .chain(prefs.framework_files.iter().cloned())
            .collect();
        let (catalog, problems) = Catalog::gather(&explicit, local_frameworks.as_deref());
        let warnings: Vec<String> = problems.iter().map(ToString::to_string).collect();
        let msgs = Messages::new(&prefs.language);
        let mut app = Self {
            prefs,
            msgs,
            catalog,
            data_dir,
            picker,
            session: None,
            compare: CompareSet::default(),
            baseline: None,
            view: View::Start,
            status: None,
            unsaved: Vec::new(),
            confirm_discard: None,
            undo: None,
            prompt: None,
            preset: None,
            background_saves,
            last_question: 0,
            clock: today,
            today: today(),
            stored_prefs: None,
        };
        app.stored_prefs = Some(app.prefs.clone());
        app.refresh_unsaved();
        if !warnings.is_empty() {
            app.status = Some(Status {
                text: warnings.join("\n"),
                error: true,
            });
        }
        match open.as_slice() {
            [] => {}
            [one] if catalog::has_extension(one, "ron") => app.open(one),
            several => app.add_to_compare(several),
        }
        app
    }

    /// The preferences as they are now.
    pub fn prefs(&self) -> &Prefs {
        &self.prefs
    }

    /// The open assessment, if any.
    pub fn session(&self) -> Option<&Session> {
        self.session.as_ref()
    }

    /// The assessments opened side by side.
    pub fn compare(&self) -> &CompareSet {
        &self.compare
    }

    /// The screen shown.
    pub fn view(&self) -> View {
        self.view
    }

    /// The path the app asks for itself, when the file dialog could not open.
    pub fn prompt(&self) -> Option<&PathPrompt> {
        self.prompt.as_ref()
    }

    /// The status bar's message.
    pub fn status(&self) -> Option<&Status> {
        self.status.as_ref()
    }

    /// The start screen's offer of the most recent unsaved assessment.
    pub fn offer(&self) -> Option<&AutosaveOffer> {
        self.unsaved.first().map(|u| &u.offer)
    }

    /// The assessments not yet in a file, other than the open one, most recent first.
    pub fn unsaved(&self) -> &[Unsaved] {
        &self.unsaved
    }

    /// The question the team was on last.
    pub fn last_question(&self) -> usize {
        self.last_question
    }

    /// Today's date (ISO), as read at the last [`Self::tick`].
    pub fn today(&self) -> &str {
        &self.today
    }

    /// The earlier assessment shown beside the plan.
    pub fn baseline(&self) -> Option<&Loaded> {
        self.baseline.as_ref()
    }

    /// The framework catalog.
    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// The interface's messages.
    pub fn msgs(&self) -> &Messages {
        &self.msgs
    }

    /// The unsaved assessment whose discarding waits for a yes.
    pub fn confirm_discard_of(&self) -> Option<&Path> {
        self.confirm_discard.as_deref()
    }

    /// Whether the status message can be undone (a discard).
    pub fn can_undo(&self) -> bool {
        self.undo.is_some()
    }

    /// The comparison of the shown assessments, computed again only after a change.
    pub fn compare_computed(&mut self) -> Computed {
        let lang = self.msgs.lang();
        self.compare.computed(lang)
    }

    /// Once per frame, before drawing: today's date from the clock, and the replies of the
    /// background writer. True while saves are still on their way (the frame then asks to be
    /// drawn again soon).
    pub fn tick(&mut self) -> bool {
        self.today = (self.clock)();
        match &mut self.session {
            Some(session) => {
                session.poll();
                session.pending_saves() > 0
            }
            None => false,
        }
    }

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

    /// Applies one action: the only place where the model changes.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::SetLanguage(code) => {
                self.prefs.language = code.to_owned();
                self.msgs = Messages::new(code);
            }
            Action::SetZoom(zoom) => self.prefs.zoom = clamp_zoom(zoom),
            Action::SetTheme(choice) => self.prefs.theme = choice,
            Action::New(index) => self.new_assessment(index),
            Action::NewFromFrameworkFile => {
                if let Some(path) = self.pick_open(
                    "dialog-framework",
                    "filter-framework",
                    "ron",
                    Action::NewFromFrameworkFile,
                ) {
                    self.new_from_framework_file(&path);
                }
            }
            Action::Open => {
                if let Some(path) =
                    self.pick_open("dialog-open", "filter-assessment", "ron", Action::Open)
                {
                    self.open(&path);
                }
            }
            Action::PromptText(text) => {
                if let Some(prompt) = &mut self.prompt {
                    prompt.text = text;
                }
            }
            Action::PromptCancel => self.prompt = None,
            Action::PromptConfirm => self.prompt_confirm(),
            Action::OpenPath(path) => self.open(&path),
            Action::RestoreUnsaved(path) => self.restore(&path),
            Action::UseFrameworkFile(path) => match self.catalog.add_path(&path) {
                Ok(_) => {
                    remember(&mut self.prefs.framework_files, &path);
                    self.refresh_unsaved();
                }
                Err(problems) => self.error(problems_text(&problems)),
            },
            Action::DiscardUnsaved(path) => self.confirm_discard = Some(path),
            Action::CancelDiscard => self.confirm_discard = None,
            Action::ConfirmDiscard(path) => self.confirm_discard(path),
            Action::UndoDiscard => self.undo_discard(),
            Action::Edit(edit) => {
                if let Some(session) = &mut self.session {
                    session.apply(edit);
                }
            }
            Action::Show(view) => self.show_view(view),
            Action::ShowQuestions => self.show_view(View::Question(self.last_question)),
            Action::QuestionKey(key) => self.question_key(key),
            Action::Next => self.step(1),
            Action::Previous => self.step(-1),
            Action::SaveAs => self.save_as(),
            Action::Export(kind) => self.export(kind),
            Action::Close => {
                self.close_session();
                self.view = View::Start;
                self.refresh_unsaved();
            }
            Action::DismissStatus => {
                self.status = None;
                self.undo = None;
            }
            Action::CompareOpen => self.compare_open(),
            Action::ComparePaths(paths) => self.add_to_compare(&paths),
            Action::Dropped(paths) => match route_drop(self.view, &paths) {
                Drop::Open(path) => self.open(&path),
                Drop::Compare(paths) => self.add_to_compare(&paths),
                Drop::Refuse(path) => self.error(self.msgs.format(
                    "drop-refused",
                    &[("file", path.display().to_string().into())],
                )),
            },
            Action::CompareToggle(k) => self.compare.toggle(k),
            Action::CompareClear => {
                self.compare.clear();
                self.view = if self.session.is_some() {
                    View::Results
                } else {
                    View::Start
                };
            }
            Action::CompareWithCurrent => self.compare_with_current(),
            Action::CompareExport(kind) => self.export_compare(kind),
            Action::OpenBaseline => self.open_baseline(),
            Action::CloseBaseline => self.baseline = None,
            Action::ConflictMerge => {
                if let Some(session) = &mut self.session
                    && session.merge()
                {
                    self.info(self.msgs.get("conflict-merged"));
                }
            }
            Action::ConflictTakeTheirs | Action::ConflictKeepMine => {
                let suffix = self.msgs.get("conflict-copy-suffix");
                let Some(session) = &mut self.session else {
                    return;
                };
                let result = if action == Action::ConflictTakeTheirs {
                    session.take_theirs(&suffix)
                } else {
                    session.keep_mine_as_copy(&suffix)
                };
                match result {
                    Ok(copy) => {
                        if action == Action::ConflictKeepMine {
                            remember(&mut self.prefs.recent, &copy);
                        }
                        self.info(self.msgs.format(
                            "conflict-copy-saved",
                            &[("path", files::display_path(&copy).into())],
                        ));
                    }
                    Err(e) => self.error(e.to_string()),
                }
            }
            Action::ConflictChoose(question, side) => {
                if let Some(session) = &mut self.session {
                    session.choose(&question, side);
                }
            }
        }
        if let View::Question(i) = self.view {
            self.last_question = i;
        }
    }

    pub(super) fn info(&mut self, text: String) {
        self.status = Some(Status { text, error: false });
        // "Undo" belongs to the message about a discard, not to any later one.
        self.undo = None;
    }

    pub(super) fn error(&mut self, text: String) {
        self.status = Some(Status { text, error: true });
        self.undo = None;
    }

    fn new_assessment(&mut self, index: usize) {
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

    fn new_from_framework_file(&mut self, path: &Path) {
        let framework = match Framework::load(path) {
            Ok(f) => f,
            Err(problems) => return self.error(problems_text(&problems)),
        };
        if let Err(problems) = self.catalog.add_path(path) {
            return self.error(problems_text(&problems));
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

    fn open(&mut self, path: &Path) {
        match Session::open(path, &self.catalog) {
            Ok(session) => {
                remember(&mut self.prefs.recent, path);
                self.status = (!session.notices.is_empty()).then(|| Status {
                    text: session
                        .notices
                        .iter()
                        .map(ToString::to_string)
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
                if !path.exists() {
                    self.prefs.recent.retain(|p| p != path);
                }
                let mut text = problems_text(&problems);
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

    fn show_view(&mut self, view: View) {
        if view == View::Compare || view == View::Start {
            self.view = view;
            return;
        }
        let Some(session) = &self.session else {
            self.view = View::Start;
            return;
        };
        let count = session.questions().len();
        self.view = match view {
            View::Question(_) if count == 0 => View::Details,
            View::Question(i) => View::Question(i.min(count - 1)),
            other => other,
        };
    }

    /// A key of the question view, on the question shown now.
    fn question_key(&mut self, key: QuestionKey) {
        let (View::Question(i), Some(session)) = (self.view, &mut self.session) else {
            return;
        };
        let Some(question) = session.questions().get(i).map(|(_, q)| q.id.clone()) else {
            return;
        };
        let f = &session.framework;
        let answer = session.assessment.answers.get(&question);
        let level = answer.and_then(|a| a.level);
        let position = level.and_then(|l| f.scale.iter().position(|s| s.value == l));
        let last = f.scale.len().saturating_sub(1);
        let chosen = match key {
            QuestionKey::Level(k) => f.scale.get(k),
            QuestionKey::Down => f.scale.get(position.map_or(0, |p| (p + 1).min(last))),
            QuestionKey::Up => f.scale.get(position.map_or(0, |p| p.saturating_sub(1))),
            QuestionKey::NotApplicable => {
                let value = !answer.is_some_and(|a| a.not_applicable);
                session.apply(Edit::NotApplicable { question, value });
                return;
            }
        };
        if let Some(level) = chosen.map(|l| l.value) {
            session.apply(Edit::Level {
                question,
                level: Some(level),
            });
        }
    }

    fn step(&mut self, delta: isize) {
        let Some(session) = &self.session else {
            return;
        };
        let count = session.questions().len();
        let next = match (self.view, delta > 0) {
            (View::Details, true) => View::Question(0),
            (View::Question(i), true) if i + 1 < count => View::Question(i + 1),
            (View::Question(_), true) => View::Results,
            (View::Question(0), false) => View::Details,
            (View::Question(i), false) => View::Question(i - 1),
            (View::Results, false) => View::Question(count.saturating_sub(1)),
            (View::Results, true) => View::Plan,
            (View::Plan, false) => View::Results,
            (view, _) => view,
        };
        self.show_view(next);
    }
    /// The preferences, when they changed since they were last stored (the first call after
    /// start only records them).
    pub fn prefs_to_store(&mut self) -> Option<&Prefs> {
        match &self.stored_prefs {
            Some(stored) if *stored == self.prefs => None,
            None => {
                self.stored_prefs = Some(self.prefs.clone());
                None
            }
            Some(_) => {
                self.stored_prefs = Some(self.prefs.clone());
                Some(&self.prefs)
            }
        }
    }

    /// Before the app goes: the last answers on disk (or kept as a copy), and the unsaved
    /// assessment's mark taken away.
    pub fn shut_down(&mut self) {
        self.close_session();
    }
}

/// Where an opened assessment starts: its first question without an answer, or the results
/// when all are answered.
pub(super) fn first_open_question(session: &Session) -> View {
    let questions = session.questions();
    questions
        .iter()
        .position(|(_, q)| !session.is_done(&q.id))
        .map_or(View::Results, View::Question)
}

pub(super) fn problems_text(problems: &Problems) -> String {
    problems
        .0
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests;
