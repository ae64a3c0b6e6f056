//! Everything the app does with files a user chooses: the file dialogs (and the path prompt
//! when none can open), exports, "Save as", and the earlier assessment shown beside the plan.

use std::path::PathBuf;

use super::prefs::remember;
use super::{Action, AppState, ExportKind, problems_text};
use crate::formats::inputs;
use crate::formats::sheet::CsvStyle;
use crate::io::files;
use crate::model::catalog;
use crate::output::export;
use crate::session::{self, unsaved};

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

impl AppState {
    /// The path typed in the prompt: the action that asked for a dialog runs again with it.
    /// Never over an existing file.
    pub(super) fn prompt_confirm(&mut self) {
        if let Some(prompt) = self.prompt.take() {
            let path = expand_home(prompt.text.trim());
            if prompt.save && (crate::io::storage::exists(&path) || prompt.text.trim().is_empty()) {
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
                let _ = crate::io::storage::create_dir_all(dir);
            }
            self.preset = Some(path);
            self.apply(*prompt.retry);
            self.preset = None;
        }
    }

    /// How the app makes an export: in the interface's language, dated today.
    fn export_options(&self, width: u32, height: u32) -> export::Options<'_> {
        export::Options {
            lang: self.msgs.lang(),
            today: &self.today,
            csv: CsvStyle::default(),
            chart_size: (width, height),
            over_time: self.compare.over_time_choice(),
        }
    }

    pub(super) fn open_baseline(&mut self) {
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
            Err(problems) => self.error(problems_text(&problems, &self.msgs)),
        }
    }

    pub(super) fn export_compare(&mut self, kind: ExportKind) {
        let lang = self.msgs.lang();
        // Cached since the last change; the chart keeps each assessment's style.
        let computed = self.compare.computed(lang);
        let visible = self.compare.visible();
        let items: Vec<_> = visible.iter().map(|(_, a, f)| (*a, *f)).collect();
        if items.is_empty() {
            return self.error(self.msgs.get("compare-none-shown"));
        }
        // Only the chart needs the comparison (for each group's style); the answers and the
        // workbook are written whether or not these assessments can be compared.
        let result = match (computed.as_ref(), kind) {
            (Err(e), ExportKind::Chart(_)) => Err(e.clone()),
            (computed, _) => {
                let chart = computed.as_ref().ok().map(|(_, data)| data);
                export::render(kind, &items, chart, &self.export_options(1400, 1000))
                    .map_err(|e| e.key().say(&self.msgs))
            }
        };
        let stem = self.msgs.get("compare-file-name");
        self.save_export(kind, &stem, result, Action::CompareExport(kind));
    }

    /// The open assessment's export.
    pub(super) fn export(&mut self, kind: ExportKind) {
        let Some(session) = &self.session else {
            return;
        };
        let items = [(&session.assessment, session.framework.as_ref())];
        let result = export::render(kind, &items, None, &self.export_options(1200, 900))
            .map_err(|e| e.key().say(&self.msgs));
        let stem = files::file_stem(&session.assessment.label);
        self.save_export(kind, &stem, result, Action::Export(kind));
    }

    /// Asks where to save an export (offering `stem` and the kind's extension), then writes it
    /// atomically and says where; or says why there is nothing to save.
    pub(super) fn save_export(
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
    pub(super) fn pick_open(
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
        if path.is_none() {
            self.no_answer(retry, false, None);
        }
        path
    }

    /// Where to write a file: as [`Self::pick_open`], suggesting `file_name` in a Pilares
    /// folder in the user's documents when the dialog cannot open.
    pub(super) fn pick_save(
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
        if path.is_none() {
            self.no_answer(retry, true, Some(file_name));
        }
        path
    }

    /// A dialog gave no file: closed by the user (nothing to do), unable to open (the app asks
    /// for the path itself), or answering later (the browser's: `retry` waits for its answer).
    pub(super) fn no_answer(&mut self, retry: Action, save: bool, file_name: Option<&str>) {
        if self.picker.unavailable() {
            self.ask_path(retry, save, file_name);
        } else if self.picker.answers_later() {
            self.waiting = Some(retry);
        }
    }

    /// The answer of a dialog that answers later: the action that opened it runs with the
    /// files chosen (several where it takes several).
    pub(super) fn picked(&mut self, paths: Vec<PathBuf>) {
        let Some(retry) = self.waiting.take() else {
            return;
        };
        match (retry, paths.first()) {
            (_, None) => {}
            (Action::CompareOpen, Some(_)) => self.add_to_compare(&paths),
            (Action::BringInParticipants, Some(_)) => self.bring_in(&paths),
            (retry, Some(first)) => {
                self.preset = Some(first.clone());
                self.apply(retry);
                self.preset = None;
            }
        }
    }

    pub(super) fn ask_path(&mut self, retry: Action, save: bool, file_name: Option<&str>) {
        let documents = documents_folder();
        let folder = documents.join("Pilares");
        let suggested = match file_name {
            // A name no file has yet: two groups saved the same day never share one.
            Some(name) => {
                crate::io::storage::free_name(&folder, name).unwrap_or_else(|| folder.join(name))
            }
            None if crate::io::storage::is_dir(&folder) => folder,
            None => documents,
        };
        self.prompt = Some(PathPrompt {
            retry: Box::new(retry),
            save,
            text: files::display_path(&suggested),
        });
    }

    pub(super) fn save_as(&mut self) {
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
        .find(|d| crate::io::storage::is_dir(d))
        .unwrap_or(home)
}

/// A path as typed: `~/…` is the home folder.
pub(super) fn expand_home(text: &str) -> PathBuf {
    match text.strip_prefix("~/") {
        Some(rest) => std::env::var_os("HOME")
            .or_else(|| std::env::var_os("USERPROFILE"))
            .map_or_else(|| PathBuf::from(text), |h| PathBuf::from(h).join(rest)),
        None => PathBuf::from(text),
    }
}
