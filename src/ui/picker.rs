//! File dialogs. The app asks a [`FilePicker`] for paths, so tests can answer for the user.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::path::PathBuf;
use std::rc::Rc;

/// What the app asks of file dialogs.
pub trait FilePicker {
    /// An existing file with extension `ext` (without the dot).
    fn open(&mut self, title: &str, filter_name: &str, ext: &str) -> Option<PathBuf>;
    /// Any number of existing files with one of the extensions `exts`.
    fn open_many(&mut self, title: &str, filter_name: &str, exts: &[&str]) -> Vec<PathBuf>;
    /// Where to write a file, suggesting `file_name`.
    fn save(
        &mut self,
        title: &str,
        filter_name: &str,
        ext: &str,
        file_name: &str,
    ) -> Option<PathBuf>;
}

/// The system's native dialogs (rfd).
#[derive(Debug, Default)]
pub struct NativePicker;

impl FilePicker for NativePicker {
    fn open(&mut self, title: &str, filter_name: &str, ext: &str) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title(title)
            .add_filter(filter_name, &[ext])
            .pick_file()
    }

    fn open_many(&mut self, title: &str, filter_name: &str, exts: &[&str]) -> Vec<PathBuf> {
        rfd::FileDialog::new()
            .set_title(title)
            .add_filter(filter_name, exts)
            .pick_files()
            .unwrap_or_default()
    }

    fn save(
        &mut self,
        title: &str,
        filter_name: &str,
        ext: &str,
        file_name: &str,
    ) -> Option<PathBuf> {
        let path = rfd::FileDialog::new()
            .set_title(title)
            .add_filter(filter_name, &[ext])
            .set_file_name(file_name)
            .save_file()?;
        // Some dialogs return the name as typed: add the extension the filter promised.
        if crate::catalog::has_extension(&path, ext) {
            Some(path)
        } else {
            Some(path.with_extension(ext))
        }
    }
}

/// Answers dialogs from a queue that a test fills; an empty queue is a cancelled dialog.
#[derive(Clone, Debug, Default)]
pub struct ScriptedPicker {
    answers: Rc<RefCell<VecDeque<PathBuf>>>,
}

impl ScriptedPicker {
    /// The next dialog, of any kind, answers `path`.
    pub fn push(&self, path: impl Into<PathBuf>) {
        self.answers.borrow_mut().push_back(path.into());
    }
}

impl FilePicker for ScriptedPicker {
    fn open(&mut self, _: &str, _: &str, _: &str) -> Option<PathBuf> {
        self.answers.borrow_mut().pop_front()
    }

    /// Takes every queued answer.
    fn open_many(&mut self, _: &str, _: &str, _: &[&str]) -> Vec<PathBuf> {
        self.answers.borrow_mut().drain(..).collect()
    }

    fn save(&mut self, _: &str, _: &str, _: &str, _: &str) -> Option<PathBuf> {
        self.answers.borrow_mut().pop_front()
    }
}
