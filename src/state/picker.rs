//! File dialogs as the app's state sees them: it asks a [`FilePicker`] for paths, so tests can
//! answer for the user. The native dialogs are in the window's code (`ui::NativePicker`).

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
    /// Whether the last dialog answers later (the browser's, which cannot stop the page to
    /// wait): the app keeps the action that asked and runs it again when
    /// [`crate::state::Action::Picked`] brings the answer.
    fn answers_later(&self) -> bool {
        false
    }
}

/// One answer a test gives a dialog.
#[derive(Clone, Debug)]
enum Scripted {
    Path(PathBuf),
    /// The dialog cannot open on this computer.
    Unavailable,
    /// The dialog answers later, as the browser's does.
    Later,
}

/// Answers dialogs from a queue that a test fills; an empty queue is a cancelled dialog.
#[derive(Clone, Debug, Default)]
pub struct ScriptedPicker {
    answers: Rc<RefCell<VecDeque<Scripted>>>,
    unavailable: Rc<RefCell<bool>>,
    later: Rc<RefCell<bool>>,
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

    /// The next dialog answers later (the test then applies `Action::Picked`).
    pub fn push_later(&self) {
        self.answers.borrow_mut().push_back(Scripted::Later);
    }

    fn next(&self) -> Option<PathBuf> {
        let answer = self.answers.borrow_mut().pop_front();
        *self.unavailable.borrow_mut() = matches!(answer, Some(Scripted::Unavailable));
        *self.later.borrow_mut() = matches!(answer, Some(Scripted::Later));
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

    fn answers_later(&self) -> bool {
        *self.later.borrow()
    }
}
