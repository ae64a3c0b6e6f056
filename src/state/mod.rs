//! The app's state and the one place it changes, without any window: views draw an
//! [`AppState`] and return [`Action`]s, and [`AppState::apply`] carries them out after the frame.
//! Everything here is tested without egui; `ui` only wires frames, this state and the platform.

mod action;
mod compare;
mod consensus;
mod dialogs;
mod editor;
mod kept;
mod navigate;
mod opening;
mod picker;
mod prefs;
mod read;

pub use action::{Action, ChartFormat, ExportKind, QuestionKey, View};
pub use compare::{CompareItem, CompareSet, Computed};
pub use dialogs::PathPrompt;
pub use editor::{EditorAction, FrameworkEditor};
pub use kept::{AutosaveOffer, Unsaved};
pub use picker::{FilePicker, ScriptedPicker};
pub use prefs::{Prefs, ThemeChoice};

use std::path::PathBuf;

use crate::formats::inputs::Loaded;
use crate::i18n::{self, Messages};
use crate::io::files;
use crate::io::problem::Problems;
use crate::model::catalog::{self, Catalog};
use crate::session::Session;
use compare::{Drop, route_drop};
use navigate::first_open_question;
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
    /// The framework being written, if any.
    editor: Option<FrameworkEditor>,
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
    /// The action whose file dialog answers later (the browser's), run again when it does.
    waiting: Option<Action>,
    /// Files to give the user as downloads (the browser's), taken by the window.
    downloads: Vec<PathBuf>,
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
        prefs
            .framework_files
            .retain(|p| crate::io::storage::is_file(p));
        let explicit: Vec<PathBuf> = frameworks
            .into_iter()
            .chain(prefs.framework_files.iter().cloned())
            .collect();
        let (catalog, problems) = Catalog::gather(&explicit, local_frameworks.as_deref());
        let startup_msgs = Messages::new(&prefs.language);
        let warnings: Vec<String> = problems
            .iter()
            .map(|p| p.localized(&startup_msgs))
            .collect();
        let msgs = Messages::new(&prefs.language);
        let mut app = Self {
            prefs,
            msgs,
            catalog,
            data_dir,
            picker,
            session: None,
            compare: CompareSet::default(),
            editor: None,
            baseline: None,
            view: View::Start,
            status: None,
            unsaved: Vec::new(),
            confirm_discard: None,
            undo: None,
            prompt: None,
            preset: None,
            waiting: None,
            downloads: Vec::new(),
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
        if let View::Question(i) = app.view {
            app.last_question = i;
        }
        app
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

    /// Applies one action: the only place where the model changes.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::SetLanguage(code) => {
                self.prefs.language = code.to_owned();
                self.msgs = Messages::new(code);
            }
            Action::SetZoom(zoom) => self.prefs.zoom = clamp_zoom(zoom),
            Action::SetTheme(choice) => self.prefs.theme = choice,
            Action::SetProjector(on) => self.prefs.projector = on,
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
            Action::Picked(paths) => self.picked(paths),
            Action::Download => {
                if let Some(path) = self.session.as_ref().and_then(|s| s.file()) {
                    self.downloads.push(path.to_owned());
                }
            }
            Action::PromptConfirm => self.prompt_confirm(),
            Action::OpenPath(path) => self.open(&path),
            Action::RestoreUnsaved(path) => self.restore(&path),
            Action::UseFrameworkFile(path) => match self.catalog.add_path(&path) {
                Ok(_) => {
                    remember(&mut self.prefs.framework_files, &path);
                    self.refresh_unsaved();
                }
                Err(problems) => self.error(problems_text(&problems, &self.msgs)),
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
            Action::CompareOverTime(yes) => self.compare.set_over_time(yes),
            Action::Editor(action) => self.editor_action(action),
            Action::NextRound => self.next_round(),
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
            Action::BringInParticipants => {
                if let Some(path) = self.preset.take() {
                    self.bring_in(&[path]);
                } else {
                    let title = self.msgs.get("dialog-bring-in");
                    let filter = self.msgs.get("filter-assessments");
                    let paths = self
                        .picker
                        .open_many(&title, &filter, &["ron", "csv", "xlsx"]);
                    if paths.is_empty() {
                        self.no_answer(Action::BringInParticipants, false, None);
                    }
                    if !paths.is_empty() {
                        self.bring_in(&paths);
                    }
                }
            }
            Action::ParticipantPaths(paths) => self.bring_in(&paths),
            Action::AnswerAlone(name) => self.answer_alone(&name),
            Action::CompareMembers => self.compare_members(),
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
    /// The files asked for as downloads since the last call (the browser's window gives them).
    pub fn take_downloads(&mut self) -> Vec<PathBuf> {
        std::mem::take(&mut self.downloads)
    }

    pub fn shut_down(&mut self) {
        self.close_session();
    }
}

pub(super) fn problems_text(problems: &Problems, msgs: &Messages) -> String {
    problems.localized(msgs)
}

#[cfg(test)]
mod tests;
