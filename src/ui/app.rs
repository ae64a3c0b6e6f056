//! The app: its state, the frame that draws the views, and the one place where actions change
//! anything.

use std::path::{Path, PathBuf};

use eframe::egui;
use serde::{Deserialize, Serialize};

use super::{
    Action, ChartFormat, CompareItem, CompareSet, ExportKind, FilePicker, QuestionKey, View,
    compare, conflict, details, path_prompt, pillars, plan, question, results, start,
};
use super::{theme, topbar};
use crate::formats::export;
use crate::i18n::{self, Messages};
use crate::io::files;
use crate::io::inputs::{self, Loaded};
use crate::model::assessment::Assessment;
use crate::model::catalog::{self, Catalog, Source};
use crate::model::framework::Framework;
use crate::model::problem::Problems;
use crate::output::chart;
use crate::output::report;
use crate::session::unsaved;
use crate::session::{self, Edit, Session};

/// How many recent files the start screen lists.
const RECENT_MAX: usize = 8;

/// Light or dark.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemeChoice {
    #[default]
    Light,
    Dark,
}

/// What is kept between runs in eframe's storage: preferences only. Assessments are files the
/// user owns. (eframe keeps the window's size and position itself.)
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    /// Interface language code.
    pub language: String,
    /// Text size, 1.0 = normal.
    pub zoom: f32,
    pub theme: ThemeChoice,
    /// Assessment files, most recent first.
    pub recent: Vec<PathBuf>,
    /// Framework files the user added, loaded again at start.
    pub framework_files: Vec<PathBuf>,
}

impl Default for Prefs {
    fn default() -> Self {
        Self {
            language: i18n::system_language().to_owned(),
            zoom: 1.0,
            theme: ThemeChoice::Light,
            recent: Vec::new(),
            framework_files: Vec::new(),
        }
    }
}

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
}

/// A message in the status bar.
#[derive(Clone, Debug, PartialEq)]
pub struct Status {
    pub text: String,
    pub error: bool,
}

/// An assessment not yet in a file of the user's, kept in the app's data folder.
#[derive(Clone, Debug, PartialEq)]
pub struct Unsaved {
    pub path: PathBuf,
    pub offer: AutosaveOffer,
    /// Open in another window of the app: not offered here.
    pub elsewhere: bool,
}

/// The app asking for a path itself, because the system's file dialog cannot open.
#[derive(Clone, Debug, PartialEq)]
pub struct PathPrompt {
    /// What to do with the path: the action that asked for a dialog, run again.
    pub retry: Box<Action>,
    /// Whether a file is to be written (else one is opened).
    pub save: bool,
    /// The path as typed so far.
    pub text: String,
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

/// The Pilares desktop app.
pub struct PilaresApp {
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
    /// The view drawn last frame, and how many times a view was entered: scroll positions are
    /// per visit, so every view opens at its top.
    drawn_view: View,
    visit: u64,
    /// The question the team was on last, for the Questions tab.
    last_question: usize,
    title: String,
    styled: bool,
    /// The preferences as last written to eframe's storage: a change is written at once, not
    /// only at exit, so a kill a minute later loses nothing.
    stored_prefs: Option<Prefs>,
}

impl PilaresApp {
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
        } = config;
        prefs.language = i18n::supported(&prefs.language).to_owned();
        prefs.zoom = clamp_zoom(prefs.zoom);
        let mut warnings = Vec::new();
        let mut catalog = Catalog::new();
        for path in &frameworks {
            if let Err(p) = catalog.add_path(path) {
                warnings.push(p.to_string());
            }
        }
        prefs.framework_files.retain(|p| p.is_file());
        for path in &prefs.framework_files {
            if let Err(p) = catalog.add_path(path) {
                warnings.push(p.to_string());
            }
        }
        if let Some(folder) = &local_frameworks {
            for p in catalog::add_local_folder(&mut catalog, folder) {
                warnings.push(p.to_string());
            }
        }
        if let Err(p) = catalog.add_built_in() {
            warnings.push(p.to_string());
        }
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
            drawn_view: View::Start,
            visit: 0,
            last_question: 0,
            title: String::new(),
            styled: false,
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

    /// The app as eframe starts it: preferences from eframe's storage, the autosave in eframe's
    /// data folder, the native file dialogs.
    pub fn from_creation_context(
        cc: &eframe::CreationContext<'_>,
        frameworks: Vec<PathBuf>,
        open: Vec<PathBuf>,
    ) -> Self {
        let prefs = cc
            .storage
            .and_then(|s| eframe::get_value::<Prefs>(s, eframe::APP_KEY))
            .unwrap_or_default();
        let data_dir =
            eframe::storage_dir(APP_ID).unwrap_or_else(|| std::env::temp_dir().join(APP_ID));
        Self::new(AppConfig {
            data_dir,
            picker: Box::new(super::NativePicker::default()),
            prefs,
            frameworks,
            local_frameworks: std::env::current_dir().ok().map(|d| d.join("frameworks")),
            open,
            background_saves: true,
        })
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

    fn refresh_unsaved(&mut self) {
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
                _ => AutosaveOffer::Broken(p.to_string()),
            },
        }
    }

    /// Puts the open assessment away (its last saves written first), unmarking its unsaved
    /// file.
    fn close_session(&mut self) {
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
    fn adopt(&mut self, mut session: Session) {
        self.last_question = 0;
        if self.background_saves {
            session.run_in_background();
        }
        self.session = Some(session);
    }

    /// Draws one frame and applies what the user asked for.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if !self.styled {
            theme::install(&ctx);
            theme::apply(&ctx, self.prefs.theme);
            ctx.set_zoom_factor(self.prefs.zoom);
            self.styled = true;
        }
        self.update_title(&ctx);
        if self.view != self.drawn_view {
            self.visit += 1;
            self.drawn_view = self.view;
        }
        if let View::Question(i) = self.view {
            self.last_question = i;
        }
        if let Some(session) = &mut self.session {
            session.poll();
            if session.pending_saves() > 0 {
                ctx.request_repaint_after(std::time::Duration::from_millis(50));
            }
        }

        let mut actions = Vec::new();
        dropped_files(&ctx, &mut actions);
        let lang = self.msgs.lang();

        egui::Panel::top("top").show(ui, |ui| {
            topbar::ui(
                ui,
                &self.msgs,
                self.session.as_ref(),
                self.view,
                &self.prefs,
                self.compare.items.len(),
                &mut actions,
            );
        });
        let save_error = self.session.as_ref().and_then(|s| s.save_error.clone());
        if self.status.is_some() || save_error.is_some() {
            egui::Panel::bottom("status").show(ui, |ui| {
                status_ui(
                    ui,
                    &self.msgs,
                    self.status.as_ref(),
                    save_error.as_deref(),
                    self.undo.is_some(),
                    &mut actions,
                );
            });
        }
        match (&self.session, self.view) {
            (_, View::Compare) => {
                egui::Panel::left("compare-list")
                    .default_size(theme::SIDE_PANEL_WIDTH)
                    .resizable(true)
                    .show(ui, |ui| {
                        compare::list_ui(ui, &self.msgs, &self.compare, &mut actions)
                    });
                let computed = self.compare.computed(lang);
                egui::CentralPanel::default().show(ui, |ui| {
                    compare::ui(ui, &self.msgs, &self.compare, &computed, &mut actions);
                });
            }
            (Some(session), view) if view != View::Start => {
                egui::Panel::left("pillars")
                    .default_size(theme::SIDE_PANEL_WIDTH)
                    .resizable(true)
                    .show(ui, |ui| {
                        pillars::ui(ui, &self.msgs, session, view, lang, &mut actions)
                    });
                if session.conflict.is_some() {
                    egui::Panel::top("conflict").show(ui, |ui| {
                        conflict::ui(ui, &self.msgs, session, lang, &mut actions);
                    });
                }
                // A new visit of a view is a new scroll area: every view opens at its top.
                let visit = self.visit;
                egui::CentralPanel::default().show(ui, |ui| {
                    ui.push_id(("visit", visit), |ui| match view {
                        View::Details => details::ui(ui, &self.msgs, session, lang, &mut actions),
                        View::Question(i) => {
                            question::ui(ui, &self.msgs, session, i, lang, &mut actions);
                        }
                        View::Results => results::ui(ui, &self.msgs, session, lang, &mut actions),
                        View::Plan => plan::ui(
                            ui,
                            &self.msgs,
                            session,
                            self.baseline.as_ref(),
                            &session::today(),
                            lang,
                            &mut actions,
                        ),
                        View::Start | View::Compare => {}
                    })
                });
            }
            _ => {
                egui::CentralPanel::default().show(ui, |ui| {
                    start::ui(
                        ui,
                        &self.msgs,
                        self.catalog.entries(),
                        &self.prefs.recent,
                        start::Kept {
                            items: &self.unsaved,
                            confirm_discard: self.confirm_discard.as_deref(),
                        },
                        self.session.as_ref(),
                        &mut actions,
                    );
                });
            }
        }

        if let Some(prompt) = &self.prompt {
            path_prompt::ui(&ctx, &self.msgs, prompt, &mut actions);
        }

        // While the app asks for a path, nothing behind the prompt acts (keys on a question).
        if self.prompt.is_some() {
            actions.retain(|a| {
                matches!(
                    a,
                    Action::PromptText(_) | Action::PromptConfirm | Action::PromptCancel
                )
            });
        }

        let had_actions = !actions.is_empty();
        for action in actions {
            self.apply(&ctx, action);
        }
        // The comparison is recomputed only after an action (toggle, add, clear, language…).
        if had_actions {
            self.compare.changed();
        }
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let title = match &self.session {
            Some(s) if !s.assessment.label.trim().is_empty() => {
                format!("{} — Pilares", s.assessment.label.trim())
            }
            _ => "Pilares".to_owned(),
        };
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
        // Screen readers name the window from the accessibility tree's root, which egui
        // rebuilds unnamed every pass.
        ctx.accesskit_node_builder(egui::accesskit_root_id(), |root| {
            root.set_label(self.title.clone());
        });
    }

    /// Applies one action: the only place where the model changes.
    pub fn apply(&mut self, ctx: &egui::Context, action: Action) {
        match action {
            Action::SetLanguage(code) => {
                self.prefs.language = code.to_owned();
                self.msgs = Messages::new(code);
            }
            Action::SetZoom(zoom) => {
                self.prefs.zoom = clamp_zoom(zoom);
                ctx.set_zoom_factor(self.prefs.zoom);
            }
            Action::SetTheme(choice) => {
                self.prefs.theme = choice;
                theme::apply(ctx, choice);
            }
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
            Action::PromptConfirm => {
                if let Some(prompt) = self.prompt.take() {
                    let path = expand_home(prompt.text.trim());
                    if prompt.save && (path.exists() || prompt.text.trim().is_empty()) {
                        // Never over another file (a colleague's, an earlier group's).
                        self.error(self.msgs.format(
                            "prompt-exists",
                            &[("path", files::display_path(&path).into())],
                        ));
                        self.prompt = Some(prompt);
                        return;
                    }
                    if prompt.save
                        && let Some(dir) = path.parent()
                        && !dir.as_os_str().is_empty()
                    {
                        // The suggested folder (Documents/Pilares) may not exist yet.
                        let _ = std::fs::create_dir_all(dir);
                    }
                    self.preset = Some(path);
                    self.apply(ctx, *prompt.retry);
                    self.preset = None;
                }
            }
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
            Action::ConfirmDiscard(path) => {
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
            Action::UndoDiscard => {
                if let Some((gone, original)) = self.undo.take() {
                    match unsaved::undo_discard(&gone, &original) {
                        Ok(()) => self.status = None,
                        Err(e) => self.error(format!("{}: {e}", files::display_path(&gone))),
                    }
                    self.refresh_unsaved();
                }
            }
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
            Action::CompareOpen => {
                let paths = match self.preset.take() {
                    Some(path) => vec![path],
                    None => {
                        let title = self.msgs.get("dialog-compare");
                        let filter = self.msgs.get("filter-assessments");
                        let paths = self
                            .picker
                            .open_many(&title, &filter, &["ron", "csv", "xlsx"]);
                        if paths.is_empty() && self.picker.unavailable() {
                            self.ask_path(Action::CompareOpen, false, None);
                        }
                        paths
                    }
                };
                if !paths.is_empty() {
                    self.add_to_compare(&paths);
                }
            }
            Action::ComparePaths(paths) => self.add_to_compare(&paths),
            Action::Dropped(paths) => match route_drop(self.view, &paths) {
                Drop::Open(path) => self.open(&path),
                Drop::Compare(paths) => self.add_to_compare(&paths),
                Drop::Refuse(path) => self.error(self.msgs.format(
                    "drop-refused",
                    &[("file", path.display().to_string().into())],
                )),
            },
            Action::CompareToggle(k) => {
                if let Some(item) = self.compare.items.get_mut(k) {
                    item.visible = !item.visible;
                }
            }
            Action::CompareClear => {
                self.compare.items.clear();
                self.view = if self.session.is_some() {
                    View::Results
                } else {
                    View::Start
                };
            }
            Action::CompareWithCurrent => {
                if let Some(session) = &self.session {
                    let label = session.assessment.label.clone();
                    if !self
                        .compare
                        .items
                        .iter()
                        .any(|i| i.loaded.assessment.label == label)
                    {
                        self.compare.items.push(CompareItem {
                            loaded: Loaded {
                                assessment: session.assessment.clone(),
                                framework: std::sync::Arc::clone(&session.framework),
                                source: session.file().map_or_else(
                                    || self.msgs.get("kept-in-autosave"),
                                    files::display_path,
                                ),
                            },
                            visible: true,
                        });
                    }
                    self.view = View::Compare;
                    self.apply(ctx, Action::CompareOpen);
                }
            }
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
    }

    fn open_baseline(&mut self) {
        let Some(session) = &self.session else {
            return;
        };
        let framework_id = session.framework.id.clone();
        let Some(path) = self.pick_open(
            "dialog-baseline",
            "filter-assessment",
            "ron",
            Action::OpenBaseline,
        ) else {
            return;
        };
        match inputs::load(&[path], &self.catalog) {
            Ok(outcome) => match outcome.loaded.into_iter().next() {
                Some(loaded) if loaded.framework.id == framework_id => self.baseline = Some(loaded),
                Some(loaded) => self.error(format!(
                    "{}: {}",
                    loaded.source,
                    self.msgs.format(
                        "plan-baseline-other-framework",
                        &[("id", loaded.framework.id.clone().into())]
                    )
                )),
                None => {}
            },
            Err(problems) => self.error(problems_text(&problems)),
        }
    }

    fn add_to_compare(&mut self, paths: &[PathBuf]) {
        match inputs::load_shown(paths, &self.catalog) {
            Ok(outcome) => {
                let mut notes: Vec<String> =
                    outcome.warnings.iter().map(ToString::to_string).collect();
                for loaded in outcome.loaded {
                    let label = &loaded.assessment.label;
                    if let Some(other) = self
                        .compare
                        .items
                        .iter()
                        .find(|i| &i.loaded.assessment.label == label)
                    {
                        notes.push(self.msgs.format(
                            "compare-duplicate",
                            &[
                                ("label", label.clone().into()),
                                ("source", loaded.source.clone().into()),
                                ("other", other.loaded.source.clone().into()),
                            ],
                        ));
                        continue;
                    }
                    self.compare.items.push(CompareItem {
                        loaded,
                        visible: true,
                    });
                }
                self.status = (!notes.is_empty()).then(|| Status {
                    text: notes.join("\n"),
                    error: false,
                });
                if !self.compare.items.is_empty() {
                    self.view = View::Compare;
                }
            }
            Err(problems) => self.error(problems_text(&problems)),
        }
    }

    fn export_compare(&mut self, kind: ExportKind) {
        let lang = self.msgs.lang();
        // Cached since the last change; the chart keeps each assessment's style.
        let computed = self.compare.computed(lang);
        let visible = self.compare.visible();
        let items: Vec<_> = visible.iter().map(|(_, a, f)| (*a, *f)).collect();
        if items.is_empty() {
            return self.error(self.msgs.get("compare-none-shown"));
        }
        let result = export_bytes(kind, &items, lang, |format| match computed.as_ref() {
            Ok((_, data)) => chart::render(data, format, 1400, 1000).map_err(|e| e.to_string()),
            Err(e) => Err(e.clone()),
        });
        let stem = self.msgs.get("compare-file-name");
        self.save_export(kind, &stem, result, Action::CompareExport(kind));
    }

    /// The open assessment's export.
    fn export(&mut self, kind: ExportKind) {
        let Some(session) = &self.session else {
            return;
        };
        let lang = self.msgs.lang();
        let items = [(&session.assessment, session.framework.as_ref())];
        let result = export_bytes(kind, &items, lang, |format| {
            chart::ChartData::new(&items, lang)
                .and_then(|data| chart::render(&data, format, 1200, 900))
                .map_err(|e| e.to_string())
        });
        let stem = files::file_stem(&session.assessment.label);
        self.save_export(kind, &stem, result, Action::Export(kind));
    }

    /// Asks where to save an export (offering `stem` and the kind's extension), then writes it
    /// atomically and says where; or says why there is nothing to save.
    fn save_export(
        &mut self,
        kind: ExportKind,
        stem: &str,
        bytes: Result<Vec<u8>, String>,
        retry: Action,
    ) {
        let bytes = match bytes {
            Ok(b) => b,
            Err(e) => return self.error(e),
        };
        let (ext, filter, title) = kind.target();
        let Some(path) = self.pick_save(title, filter, ext, &format!("{stem}.{ext}"), retry) else {
            return;
        };
        match files::atomic_write(&path, &bytes) {
            Ok(()) => self.info(self.msgs.format(
                "exported-to",
                &[("path", files::display_path(&path).into())],
            )),
            Err(e) => self.error(format!("{}: {e}", files::display_path(&path))),
        }
    }

    /// A file to open: the path the user typed when the dialog could not open, else the
    /// dialog's answer; when the dialog cannot open, the app asks for the path itself and
    /// runs `retry` with it.
    fn pick_open(
        &mut self,
        title_id: &str,
        filter_id: &str,
        ext: &str,
        retry: Action,
    ) -> Option<PathBuf> {
        if let Some(path) = self.preset.take() {
            return Some(path);
        }
        let title = self.msgs.get(title_id);
        let filter = self.msgs.get(filter_id);
        let path = self.picker.open(&title, &filter, ext);
        if path.is_none() && self.picker.unavailable() {
            self.ask_path(retry, false, None);
        }
        path
    }

    /// Where to write a file: as [`Self::pick_open`], suggesting `file_name` in a Pilares
    /// folder in the user's documents when the dialog cannot open.
    fn pick_save(
        &mut self,
        title_id: &str,
        filter_id: &str,
        ext: &str,
        file_name: &str,
        retry: Action,
    ) -> Option<PathBuf> {
        if let Some(path) = self.preset.take() {
            return Some(if catalog::has_extension(&path, ext) {
                path
            } else {
                path.with_extension(ext)
            });
        }
        let title = self.msgs.get(title_id);
        let filter = self.msgs.get(filter_id);
        let path = self.picker.save(&title, &filter, ext, file_name);
        if path.is_none() && self.picker.unavailable() {
            self.ask_path(retry, true, Some(file_name));
        }
        path
    }

    fn ask_path(&mut self, retry: Action, save: bool, file_name: Option<&str>) {
        let documents = documents_folder();
        let folder = documents.join("Pilares");
        let suggested = match file_name {
            // A name no file has yet: two groups saved the same day never share one.
            Some(name) => {
                let stem = Path::new(name)
                    .file_stem()
                    .map_or_else(|| name.to_owned(), |s| s.to_string_lossy().into_owned());
                let ext = Path::new(name)
                    .extension()
                    .map_or_else(String::new, |e| format!(".{}", e.to_string_lossy()));
                (1..1000)
                    .map(|n| match n {
                        1 => folder.join(name),
                        n => folder.join(format!("{stem}-{n}{ext}")),
                    })
                    .find(|p| !p.exists())
                    .unwrap_or_else(|| folder.join(name))
            }
            None if folder.is_dir() => folder,
            None => documents,
        };
        self.prompt = Some(PathPrompt {
            retry: Box::new(retry),
            save,
            text: files::display_path(&suggested),
        });
    }

    fn info(&mut self, text: String) {
        self.status = Some(Status { text, error: false });
        // "Undo" belongs to the message about a discard, not to any later one.
        self.undo = None;
    }

    fn error(&mut self, text: String) {
        self.status = Some(Status { text, error: true });
        self.undo = None;
    }

    fn new_assessment(&mut self, index: usize) {
        let Some(entry) = self.catalog.entries().get(index).cloned() else {
            return;
        };
        let date = session::today();
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

    fn restore(&mut self, path: &Path) {
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
            Err(problems) => self.error(problems_text(&problems)),
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

    fn save_as(&mut self) {
        let Some(session) = &self.session else {
            return;
        };
        let name = format!("{}.ron", files::file_stem(&session.assessment.label));
        let Some(path) = self.pick_save(
            "dialog-save-as",
            "filter-assessment",
            "ron",
            &name,
            Action::SaveAs,
        ) else {
            return;
        };
        let Some(session) = &mut self.session else {
            return;
        };
        let was_unsaved = match &session.place {
            session::Place::Autosave(p) => Some(p.clone()),
            session::Place::File(_) => None,
        };
        match session.save_as(&path) {
            Ok(()) => {
                if let Some(p) = was_unsaved {
                    unsaved::unlock(&p);
                }
                remember(&mut self.prefs.recent, &path);
                self.info(
                    self.msgs
                        .format("saved-to", &[("path", files::display_path(&path).into())]),
                );
            }
            Err(e) => self.error(format!("{}: {e}", files::display_path(&path))),
        }
    }
}

/// An export of `items`, made by the command line's code; `chart` draws the chart kinds.
fn export_bytes(
    kind: ExportKind,
    items: &[(&Assessment, &Framework)],
    lang: &str,
    chart: impl FnOnce(ChartFormat) -> Result<Vec<u8>, String>,
) -> Result<Vec<u8>, String> {
    match kind {
        ExportKind::Report => report::render(items, lang, &session::today())
            .map(String::into_bytes)
            .map_err(|e| e.to_string()),
        ExportKind::Chart(format) => chart(format),
        ExportKind::Csv => {
            let mut bytes = Vec::new();
            export::write_long(&mut bytes, items.iter().copied(), lang)
                .map(|()| bytes)
                .map_err(|e| e.to_string())
        }
        ExportKind::Workbook => {
            crate::formats::workbook::write_workbook(items, lang).map_err(|e| e.to_string())
        }
    }
}

/// eframe's name for the app: its storage folder and window class.
pub const APP_ID: &str = "Pilares";

impl PilaresApp {
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
}

impl eframe::App for PilaresApp {
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        self.show(ui);
        if let Some(prefs) = self.prefs_to_store().cloned()
            && let Some(storage) = frame.storage_mut()
        {
            eframe::set_value(storage, eframe::APP_KEY, &prefs);
            storage.flush();
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.prefs);
    }

    fn on_exit(&mut self) {
        // The last answers are on disk before the window goes (or kept as a copy), and the
        // unsaved assessment's mark is taken away.
        self.close_session();
    }
}

fn clamp_zoom(zoom: f32) -> f32 {
    if zoom.is_finite() {
        zoom.clamp(0.7, 2.5)
    } else {
        1.0
    }
}

/// The user's documents folder (Documents, or its Spanish, Portuguese or French name on Linux
/// desktops), else the home folder, else the working folder.
fn documents_folder() -> PathBuf {
    let home = std::env::var_os("USERPROFILE")
        .or_else(|| std::env::var_os("HOME"))
        .map(PathBuf::from);
    let Some(home) = home else {
        return PathBuf::from(".");
    };
    ["Documents", "Documentos"]
        .iter()
        .map(|d| home.join(d))
        .find(|d| d.is_dir())
        .unwrap_or(home)
}

/// A path as typed: `~/…` is the home folder.
fn expand_home(text: &str) -> PathBuf {
    match text.strip_prefix("~/") {
        Some(rest) => std::env::var_os("HOME")
            .or_else(|| std::env::var_os("USERPROFILE"))
            .map_or_else(|| PathBuf::from(text), |h| PathBuf::from(h).join(rest)),
        None => PathBuf::from(text),
    }
}

/// Puts `path` first in a most-recent-first list.
fn remember(list: &mut Vec<PathBuf>, path: &Path) {
    let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
    list.retain(|p| *p != path);
    list.insert(0, path);
    list.truncate(RECENT_MAX);
}

/// Where an opened assessment starts: its first question without an answer, or the results
/// when all are answered.
fn first_open_question(session: &Session) -> View {
    let questions = session.questions();
    questions
        .iter()
        .position(|(_, q)| !session.is_done(&q.id))
        .map_or(View::Results, View::Question)
}

fn problems_text(problems: &Problems) -> String {
    problems
        .0
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

fn dropped_files(ctx: &egui::Context, actions: &mut Vec<Action>) {
    let dropped: Vec<PathBuf> = ctx.input(|i| {
        i.raw
            .dropped_files
            .iter()
            .map(|f| f.path().to_owned())
            .filter(|p| !p.as_os_str().is_empty())
            .collect()
    });
    if !dropped.is_empty() {
        actions.push(Action::Dropped(dropped));
    }
}

/// What files dropped onto the window do.
#[derive(Debug, PartialEq)]
enum Drop {
    /// Open one assessment to work on.
    Open(PathBuf),
    /// Add assessments (.ron, long .csv) to the comparison.
    Compare(Vec<PathBuf>),
    /// A file that is neither: say so rather than do nothing.
    Refuse(PathBuf),
}

/// One assessment file opens it, except on the comparison screen; several files, or a CSV
/// (which may hold many assessments), go to the comparison; anything else is refused.
fn route_drop(view: View, paths: &[PathBuf]) -> Drop {
    if let Some(other) = paths
        .iter()
        .find(|p| !catalog::has_extension(p, "ron") && !inputs::is_table(p))
    {
        return Drop::Refuse(other.clone());
    }
    match paths {
        [one] if view != View::Compare && catalog::has_extension(one, "ron") => {
            Drop::Open(one.clone())
        }
        _ => Drop::Compare(paths.to_vec()),
    }
}

fn status_ui(
    ui: &mut egui::Ui,
    msgs: &Messages,
    status: Option<&Status>,
    save_error: Option<&str>,
    undo: bool,
    actions: &mut Vec<Action>,
) {
    let p = theme::of(ui);
    ui.add_space(4.0);
    if let Some(error) = save_error {
        ui.colored_label(p.error, format!("⚠ {error}"));
    }
    if let Some(status) = status {
        ui.horizontal(|ui| {
            let text = egui::RichText::new(&status.text);
            if status.error {
                ui.colored_label(p.error, text.strong());
            } else {
                ui.label(text);
            }
            if undo && ui.button(msgs.get("undo")).clicked() {
                actions.push(Action::UndoDiscard);
            }
            if ui.button(msgs.get("dismiss")).clicked() {
                actions.push(Action::DismissStatus);
            }
        });
    }
    ui.add_space(4.0);
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::{Drop, View, route_drop};
    use crate::io::files::file_stem;

    #[test]
    fn dropped_files_open_compare_or_are_refused_by_kind() {
        let p = |s: &str| PathBuf::from(s);
        assert_eq!(
            route_drop(View::Start, &[p("a.ron")]),
            Drop::Open(p("a.ron"))
        );
        assert_eq!(
            route_drop(View::Results, &[p("a.RON")]),
            Drop::Open(p("a.RON"))
        );
        // On the comparison screen one more file joins the comparison.
        assert_eq!(
            route_drop(View::Compare, &[p("a.ron")]),
            Drop::Compare(vec![p("a.ron")])
        );
        assert_eq!(
            route_drop(View::Start, &[p("survey.csv")]),
            Drop::Compare(vec![p("survey.csv")])
        );
        assert_eq!(
            route_drop(View::Start, &[p("a.ron"), p("b.ron")]),
            Drop::Compare(vec![p("a.ron"), p("b.ron")])
        );
        assert_eq!(
            route_drop(View::Start, &[p("a.ron"), p("notes.docx")]),
            Drop::Refuse(p("notes.docx"))
        );
    }

    #[test]
    fn file_stems_are_safe() {
        assert_eq!(
            file_stem("Honduras — baseline 2026"),
            "honduras-baseline-2026"
        );
        assert_eq!(file_stem("../../etc"), "etc");
        assert_eq!(file_stem("  "), "assessment");
        assert_eq!(file_stem("São Tomé"), "são-tomé");
    }
}
