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
    /// Whether the last dialog could not open at all (no file dialog on this computer, a
    /// locked-down laptop), rather than being closed by a person: the app then asks for the
    /// path itself, never a dead end.
    fn unavailable(&self) -> bool {
        false
    }
}

/// A dialog that gives nothing back sooner than this never opened: nobody closes one faster.
const NOBODY_IS_THAT_FAST: std::time::Duration = std::time::Duration::from_millis(250);

/// The system's native dialogs (rfd).
#[derive(Debug, Default)]
pub struct NativePicker {
    /// The last dialog came back empty at once: it never opened.
    last_unavailable: bool,
}

impl NativePicker {
    fn timed<T>(&mut self, dialog: impl FnOnce() -> Option<T>) -> Option<T> {
        let started = std::time::Instant::now();
        let answer = dialog();
        self.last_unavailable = answer.is_none() && started.elapsed() < NOBODY_IS_THAT_FAST;
        answer
    }
}

impl FilePicker for NativePicker {
    fn open(&mut self, title: &str, filter_name: &str, ext: &str) -> Option<PathBuf> {
        self.timed(|| {
            rfd::FileDialog::new()
                .set_title(title)
                .add_filter(filter_name, &[ext])
                .pick_file()
        })
    }

    fn open_many(&mut self, title: &str, filter_name: &str, exts: &[&str]) -> Vec<PathBuf> {
        self.timed(|| {
            rfd::FileDialog::new()
                .set_title(title)
                .add_filter(filter_name, exts)
                .pick_files()
        })
        .unwrap_or_default()
    }

    fn unavailable(&self) -> bool {
        self.last_unavailable
    }

    fn save(
        &mut self,
        title: &str,
        filter_name: &str,
        ext: &str,
        file_name: &str,
    ) -> Option<PathBuf> {
        let path = self.timed(|| {
            rfd::FileDialog::new()
                .set_title(title)
                .add_filter(filter_name, &[ext])
                .set_file_name(file_name)
                .save_file()
        })?;
        // Some dialogs return the name as typed: add the extension the filter promised.
        if crate::model::catalog::has_extension(&path, ext) {
            Some(path)
        } else {
            Some(path.with_extension(ext))
        }
    }
}

/// One answer a test gives a dialog.
#[derive(Clone, Debug)]
enum Scripted {
    Path(PathBuf),
    /// The dialog cannot open on this computer.
    Unavailable,
}

/// Answers dialogs from a queue that a test fills; an empty queue is a cancelled dialog.
#[derive(Clone, Debug, Default)]
pub struct ScriptedPicker {
    answers: Rc<RefCell<VecDeque<Scripted>>>,
    unavailable: Rc<RefCell<bool>>,
}

impl ScriptedPicker {
    /// The next dialog, of any kind, answers `path`.
    pub fn push(&self, path: impl Into<PathBuf>) {
        self.answers
            .borrow_mut()
            .push_back(Scripted::Path(path.into()));
    }

    /// The next dialog cannot open, as on a computer without a file dialog.
    pub fn push_unavailable(&self) {
        self.answers.borrow_mut().push_back(Scripted::Unavailable);
    }

    fn next(&self) -> Option<PathBuf> {
        let answer = self.answers.borrow_mut().pop_front();
        *self.unavailable.borrow_mut() = matches!(answer, Some(Scripted::Unavailable));
        match answer {
            Some(Scripted::Path(p)) => Some(p),
            _ => None,
        }
    }
}

impl FilePicker for ScriptedPicker {
    fn open(&mut self, _: &str, _: &str, _: &str) -> Option<PathBuf> {
        self.next()
    }

    /// Takes every queued path.
    fn open_many(&mut self, _: &str, _: &str, _: &[&str]) -> Vec<PathBuf> {
        let mut paths = Vec::new();
        while let Some(p) = self.next() {
            paths.push(p);
        }
        paths
    }

    fn save(&mut self, _: &str, _: &str, _: &str, _: &str) -> Option<PathBuf> {
        self.next()
    }

    fn unavailable(&self) -> bool {
        *self.unavailable.borrow()
    }
}
