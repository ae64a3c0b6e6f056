//! The system's native file dialogs (rfd), as a [`FilePicker`].

use std::path::PathBuf;

use crate::state::FilePicker;

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
