//! The framework editor's state: a draft framework, where it is saved, what is selected, the
//! languages shown side by side, and its problems by the same rules as `pilares validate`,
//! checked again after every change.

use std::path::{Path, PathBuf};

use super::prefs::remember;
use super::{Action, AppState, View, problems_text};
use crate::io::files;
use crate::io::problem::Problem;
use crate::model::catalog::Source;
use crate::model::framework::edit::{FrameworkEdit, Part, TextRef};
use crate::model::framework::{FRAMEWORK_SHAPE, Framework};
use crate::model::ronspan::Seg;
use crate::model::text::is_language_code;

/// What the editor's screen asks for.
#[derive(Clone, Debug, PartialEq)]
pub enum EditorAction {
    /// A new framework from scratch: three pillars to fill in.
    New,
    /// A copy of the n-th framework of the catalog, under a new id, to adapt.
    Copy(usize),
    /// A framework file to edit (saved back to it).
    OpenFile,
    Edit(FrameworkEdit),
    Select(Part),
    /// The n-th problem of the list: its part, and the cursor in its field.
    GoToProblem(usize),
    /// The field asked for has the cursor.
    Focused,
    /// One more language side by side.
    AddLanguage(String),
    Save,
    SaveAs,
    /// Saves, then starts an assessment on the framework.
    Try,
    /// Back to the start; asks first when there are changes not saved.
    Close,
    CloseAnyway,
    KeepEditing,
    /// The framework being written when the app last stopped, offered back on the start screen.
    ContinueDraft,
    DiscardDraft,
}

/// Where the framework being written is kept after every change, until it is saved or closed:
/// a crash or a kill loses nothing. Beside it, the path of its file, if it has one.
fn draft_paths(data_dir: &Path) -> (PathBuf, PathBuf) {
    (
        data_dir.join("framework-draft.ron"),
        data_dir.join("framework-draft.path"),
    )
}

/// A framework being written.
#[derive(Clone, Debug)]
pub struct FrameworkEditor {
    pub framework: Framework,
    /// Where "Save" writes; `None` until the ministry chooses a file.
    pub path: Option<PathBuf>,
    pub part: Part,
    /// The languages shown side by side: the default first.
    pub languages: Vec<String>,
    /// Whether there are changes not yet saved.
    pub changed: bool,
    /// "Close" was asked with changes not saved: the screen asks what to do.
    pub confirm_close: bool,
    /// The field to put the cursor in (a problem was chosen from the list), once.
    pub focus: Option<(TextRef, String)>,
    problems: Vec<(Problem, Vec<Seg>)>,
}

impl FrameworkEditor {
    fn new(framework: Framework, path: Option<PathBuf>) -> Self {
        let mut languages = vec![framework.default_language().to_owned()];
        for l in ["en", "es", "pt", "fr"]
            .into_iter()
            .map(str::to_owned)
            .chain(crate::formats::texts::languages(&framework))
        {
            if !languages.contains(&l) {
                languages.push(l);
            }
        }
        let problems = framework.problems_at();
        Self {
            framework,
            path,
            part: Part::Framework,
            languages,
            changed: false,
            confirm_close: false,
            focus: None,
            problems,
        }
    }

    /// Every problem, with the part of the framework it concerns, in the framework's order.
    pub fn problems(&self) -> impl Iterator<Item = (&Problem, Part)> {
        self.problems
            .iter()
            .map(|(p, path)| (p, Part::of_path(path)))
    }

    /// For each language shown beside the default, how many texts it still lacks (the
    /// required ones not yet written in any language included).
    pub fn missing_translations(&self) -> Vec<(&str, usize)> {
        let default = self.framework.default_language();
        self.languages
            .iter()
            .filter(|l| *l != default)
            .map(|l| {
                let mut missing = 0;
                crate::formats::texts::visit(&self.framework, |_, text| {
                    if !text.0.contains_key(l) {
                        missing += 1;
                    }
                });
                (l.as_str(), missing)
            })
            .collect()
    }

    /// How many problems there are.
    pub fn problem_count(&self) -> usize {
        self.problems.len()
    }

    fn apply(&mut self, edit: FrameworkEdit) {
        let before = self.framework.clone();
        self.framework.apply_edit(edit.clone());
        if self.framework == before {
            return;
        }
        self.changed = true;
        // What is selected follows a move, and never points past the end after a removal.
        self.part = match (self.part, edit) {
            (Part::Pillar(p), FrameworkEdit::MovePillar(k, by)) if p == k => {
                Part::Pillar(p.saturating_add_signed(by))
            }
            (Part::Question(p, q), FrameworkEdit::MoveQuestion(kp, kq, by))
                if (p, q) == (kp, kq) =>
            {
                Part::Question(p, q.saturating_add_signed(by))
            }
            (_, FrameworkEdit::AddPillar) => Part::Pillar(self.framework.pillars.len() - 1),
            (_, FrameworkEdit::AddQuestion(p)) => Part::Question(
                p,
                self.framework
                    .pillars
                    .get(p)
                    .map_or(0, |x| x.questions.len().saturating_sub(1)),
            ),
            (part, _) => part,
        };
        self.part = self.clamp(self.part);
        self.problems = self.framework.problems_at();
    }

    fn clamp(&self, part: Part) -> Part {
        let pillars = &self.framework.pillars;
        match part {
            Part::Pillar(p) if p < pillars.len() => part,
            Part::Question(p, q) if pillars.get(p).is_some_and(|x| q < x.questions.len()) => part,
            Part::Question(p, _) if p < pillars.len() => Part::Pillar(p),
            Part::Framework => part,
            _ if pillars.is_empty() => Part::Framework,
            _ => Part::Pillar(pillars.len() - 1),
        }
    }
}

impl AppState {
    /// The framework being edited, if any.
    pub fn editor(&self) -> Option<&FrameworkEditor> {
        self.editor.as_ref()
    }

    pub(super) fn editor_action(&mut self, action: EditorAction) {
        match action {
            EditorAction::New => {
                // Written first in the language the ministry works in.
                let mut framework = Framework::skeleton(&self.msgs.get("editor-new-id"));
                let lang = self.msgs.lang();
                framework.default_language = (lang != "en").then(|| lang.to_owned());
                self.start_editor(framework, None);
            }
            EditorAction::Copy(index) => {
                let Some(entry) = self.catalog.entries().get(index) else {
                    return;
                };
                let mut copy = entry.framework.as_ref().clone();
                copy.id = format!("{}-adapted", copy.id);
                copy.version = "1.0.0".to_owned();
                // The carry map speaks of the original's versions, not of this new framework.
                copy.carry.clear();
                self.start_editor(copy, None);
            }
            EditorAction::OpenFile => {
                let retry = Action::Editor(EditorAction::OpenFile);
                if let Some(path) =
                    self.pick_open("dialog-framework-edit", "filter-framework", "ron", retry)
                {
                    self.editor_open(&path);
                }
            }
            EditorAction::Edit(edit) => {
                if let Some(editor) = &mut self.editor {
                    editor.apply(edit);
                }
                self.keep_draft();
            }
            EditorAction::Select(part) => {
                if let Some(editor) = &mut self.editor {
                    editor.part = editor.clamp(part);
                }
            }
            EditorAction::GoToProblem(k) => {
                if let Some(editor) = &mut self.editor
                    && let Some((problem, path)) = editor.problems.get(k)
                {
                    editor.part = editor.clamp(Part::of_path(path));
                    // A missing text is missing in the default language unless the problem
                    // names another (an unknown language code).
                    let lang = match path.last() {
                        Some(Seg::Key(code)) if is_language_code(code) => code.clone(),
                        _ => editor.framework.default_language().to_owned(),
                    };
                    let _ = problem;
                    editor.focus = TextRef::of_path(path).map(|at| (at, lang));
                }
            }
            EditorAction::Focused => {
                if let Some(editor) = &mut self.editor {
                    editor.focus = None;
                }
            }
            EditorAction::AddLanguage(code) => {
                let code = code.trim().to_owned();
                if !is_language_code(&code) {
                    return self.error(
                        self.msgs
                            .format("editor-language-code", &[("code", code.into())]),
                    );
                }
                if let Some(editor) = &mut self.editor
                    && !editor.languages.contains(&code)
                {
                    editor.languages.push(code);
                }
            }
            EditorAction::Save => {
                self.editor_save(false, EditorAction::Save);
            }
            EditorAction::SaveAs => {
                self.editor_save(true, EditorAction::SaveAs);
            }
            EditorAction::Try => self.editor_try(),
            EditorAction::Close => match &mut self.editor {
                Some(editor) if editor.changed => editor.confirm_close = true,
                _ => self.editor_close(),
            },
            EditorAction::CloseAnyway => self.editor_close(),
            EditorAction::ContinueDraft => {
                let (draft, path_file) = draft_paths(&self.data_dir);
                let path = crate::io::storage::read_to_string(&path_file)
                    .ok()
                    .map(|p| PathBuf::from(p.trim_end_matches('\n')))
                    .filter(|p| !p.as_os_str().is_empty());
                // Read, then taken out of the way, so that opening it does not set it aside.
                let text = crate::io::storage::read(&draft).ok();
                self.drop_draft();
                let reopened = text.and_then(|bytes| {
                    let copy = self.data_dir.join("framework-draft-open.ron");
                    files::atomic_write(&copy, &bytes).ok().map(|()| copy)
                });
                if let Some(copy) = reopened {
                    let opened = self.editor_open_from(&copy, path);
                    let _ = crate::io::storage::remove_file(&copy);
                    if opened {
                        if let Some(editor) = &mut self.editor {
                            editor.changed = true;
                        }
                        self.keep_draft();
                    }
                }
            }
            EditorAction::DiscardDraft => self.drop_draft(),
            EditorAction::KeepEditing => {
                if let Some(editor) = &mut self.editor {
                    editor.confirm_close = false;
                }
            }
        }
    }

    fn start_editor(&mut self, framework: Framework, path: Option<PathBuf>) {
        self.status = None;
        self.set_draft_aside();
        self.editor = Some(FrameworkEditor::new(framework, path));
        self.view = View::Editor;
    }

    /// A framework left unsaved by an earlier run, when another one is started instead of it:
    /// moved to `discarded/` under a name of its own, and said where, never written over.
    fn set_draft_aside(&mut self) {
        let (draft, path_file) = draft_paths(&self.data_dir);
        if self.editor.is_some() || !crate::io::storage::is_file(&draft) {
            return;
        }
        let folder = self.data_dir.join("discarded");
        let _ = crate::io::storage::create_dir_all(&folder);
        let Some(target) = (1..10_000)
            .map(|n| folder.join(format!("framework-draft-{n}.ron")))
            .find(|p| !crate::io::storage::exists(p))
        else {
            return;
        };
        if crate::io::storage::rename(&draft, &target).is_ok() {
            let _ = crate::io::storage::remove_file(&path_file);
            self.info(self.msgs.format(
                "editor-draft-set-aside",
                &[("file", files::display_path(&target).into())],
            ));
        }
    }

    /// Whether a framework being written when the app stopped is kept.
    pub fn framework_draft(&self) -> bool {
        self.editor.is_none() && crate::io::storage::is_file(&draft_paths(&self.data_dir).0)
    }

    /// Writes the framework being written to the data folder (atomically).
    fn keep_draft(&mut self) {
        let Some(editor) = &self.editor else {
            return;
        };
        let (draft, path_file) = draft_paths(&self.data_dir);
        let Ok(text) = editor.framework.to_ron() else {
            return;
        };
        let _ = crate::io::storage::create_dir_all(&self.data_dir);
        let path = editor
            .path
            .as_deref()
            // The path itself, not its display name (in the browser that is the bare name).
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_default();
        let kept = files::atomic_write(&draft, text.as_bytes())
            .and_then(|()| files::atomic_write(&path_file, path.as_bytes()));
        if let Err(e) = kept {
            self.error(self.msgs.format(
                "editor-draft-not-kept",
                &[
                    ("file", files::display_path(&draft).into()),
                    ("error", e.to_string().into()),
                ],
            ));
        }
    }

    fn drop_draft(&mut self) {
        let (draft, path_file) = draft_paths(&self.data_dir);
        let _ = crate::io::storage::remove_file(&draft);
        let _ = crate::io::storage::remove_file(&path_file);
    }

    fn editor_close(&mut self) {
        self.drop_draft();
        self.editor = None;
        if self.view == View::Editor {
            self.view = View::Start;
        }
    }

    /// Opens a framework file in the editor, valid or not (so that its problems can be fixed
    /// here); only one that does not read as a framework at all is refused.
    fn editor_open(&mut self, path: &Path) {
        self.editor_open_from(path, Some(path.to_owned()));
    }

    /// Opens the framework in `file` in the editor, to be saved to `path`.
    fn editor_open_from(&mut self, file: &Path, path: Option<PathBuf>) -> bool {
        let shown = files::display_path(file);
        let parsed = files::read_text(file, crate::model::ron::MAX_RON_BYTES).and_then(|text| {
            crate::model::ron::expect_struct(
                &text,
                &shown,
                "Framework",
                "`Framework(id: \"…\", version: \"1.0.0\", name: {…}, scale: […], pillars: […])`",
            )?;
            crate::model::ron::parse_ron::<Framework>(&text, &shown, &FRAMEWORK_SHAPE)
        });
        match parsed {
            Ok((framework, _)) => {
                self.start_editor(framework, path);
                true
            }
            Err(problems) => {
                self.error(problems_text(&problems, &self.msgs));
                false
            }
        }
    }

    /// Writes the draft (atomically) where it is kept, or where the ministry chooses; refused,
    /// with the count, while it has problems: a file Pilares would not load is never written.
    /// `retry` is what to do again once the ministry has typed a path, where the system's file
    /// dialog cannot open (saving, or trying the framework).
    fn editor_save(&mut self, choose: bool, retry: EditorAction) -> bool {
        let Some(editor) = &self.editor else {
            return false;
        };
        if editor.problem_count() > 0 {
            let count = editor.problem_count();
            self.error(
                self.msgs
                    .format("editor-cannot-save", &[("count", count.into())]),
            );
            return false;
        }
        let text = match editor.framework.to_ron() {
            Ok(text) => text,
            Err(e) => {
                self.error(e.to_string());
                return false;
            }
        };
        let path = match (&editor.path, choose) {
            (Some(path), false) => path.clone(),
            _ => {
                let name = format!("{}.ron", editor.framework.id);
                let retry = Action::Editor(retry);
                match self.pick_save(
                    "dialog-framework-save",
                    "filter-framework",
                    "ron",
                    &name,
                    retry,
                ) {
                    Some(path) => path,
                    None => return false,
                }
            }
        };
        // The text is checked as it will be read back: the same rules as `pilares validate`.
        if let Err(problems) = Framework::from_ron(&text, &files::display_path(&path)) {
            self.error(problems_text(&problems, &self.msgs));
            return false;
        }
        if let Err(e) = files::atomic_write(&path, text.as_bytes()) {
            self.error(self.msgs.format(
                "editor-not-saved",
                &[
                    ("file", files::display_path(&path).into()),
                    ("error", e.to_string().into()),
                ],
            ));
            return false;
        }
        let shown = files::display_path(&path);
        if let Some(editor) = &mut self.editor {
            editor.path = Some(path);
            editor.changed = false;
        }
        self.drop_draft();
        self.info(self.msgs.format("editor-saved", &[("file", shown.into())]));
        true
    }

    /// Saves, puts the framework among those the app knows (in place of what the same file
    /// held before), and starts an assessment on it.
    fn editor_try(&mut self) {
        if !self.editor_save(false, EditorAction::Try) {
            return;
        }
        let Some(editor) = &self.editor else {
            return;
        };
        let Some(path) = editor.path.clone() else {
            return;
        };
        let framework = editor.framework.clone();
        let source = Source::File(path.clone());
        if let Some(other) = self.catalog.entries().iter().find(|e| {
            e.framework.id == framework.id
                && e.framework.version == framework.version
                && e.source != source
        }) {
            let other = other.source.shown();
            return self.error(self.msgs.format(
                "editor-same-id",
                &[("id", framework.key().into()), ("other", other.into())],
            ));
        }
        let index = self.catalog.put(framework, source);
        remember(&mut self.prefs.framework_files, &path);
        self.new_assessment(index);
    }
}
