//! When someone else changed the open file: noting it, and the team's ways out (take theirs,
//! keep ours as a copy, merge answer by answer).

use std::path::{Path, PathBuf};

use super::conflict::{Conflict, Side};
use super::writer::Job;
use super::{Place, Session, parse_bytes};
use crate::io::files;

impl Session {
    /// Records the other person's version `disk` (or brings the record up to date): compared
    /// with this session's assessment from the version both started from, with the team's
    /// choices on clashes kept.
    pub(super) fn note_conflict(&mut self, disk: Vec<u8>) {
        let base = self.known.as_deref().and_then(parse_bytes);
        let mut conflict = Conflict::new(&self.assessment, base, disk, &self.framework);
        if let Some(old) = self.conflict.take() {
            conflict.choices = old.choices;
        }
        self.conflict = Some(conflict);
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
        self.known = crate::io::storage::read(&copy).ok();
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

    pub(super) fn write_copy(&self, path: &Path, suffix: &str) -> std::io::Result<PathBuf> {
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
}
