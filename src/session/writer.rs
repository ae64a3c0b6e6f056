//! Saving on a thread of its own, so that a slow shared folder never blocks the window.

use std::path::PathBuf;

use super::{Place, Session};
use crate::io::files;

/// A thread that writes a session's saves in order, so that a slow shared folder never blocks
/// the window. It keeps what it last wrote and checks the file against it before each write,
/// as [`Session::save`] does inline.
#[derive(Debug)]
pub(super) struct Writer {
    pub(super) jobs: std::sync::mpsc::Sender<Job>,
    pub(super) done: std::sync::mpsc::Receiver<Done>,
    pub(super) pending: usize,
}

#[derive(Debug)]
pub(super) enum Job {
    /// The file is known to hold these bytes (opened, merged, taken over).
    Known(Option<Vec<u8>>),
    /// Write these bytes; `check`: first make sure the file is still what was last written.
    Write {
        path: PathBuf,
        bytes: Vec<u8>,
        check: bool,
        /// The session's generation when the job was sent.
        generation: u64,
    },
}

#[derive(Debug)]
pub(super) enum Done {
    Written {
        bytes: Vec<u8>,
        check: bool,
        generation: u64,
    },
    Conflict {
        disk: Vec<u8>,
        generation: u64,
    },
    Failed {
        path: PathBuf,
        error: std::io::Error,
    },
}

impl Writer {
    pub(super) fn spawn(known: Option<Vec<u8>>) -> Option<Self> {
        let (jobs, inbox) = std::sync::mpsc::channel::<Job>();
        let (outbox, done) = std::sync::mpsc::channel::<Done>();
        let spawned = std::thread::Builder::new()
            .name("pilares-save".into())
            .spawn(move || {
                let mut known = known;
                for job in inbox {
                    let reply = match job {
                        Job::Known(bytes) => {
                            known = bytes;
                            continue;
                        }
                        Job::Write {
                            path,
                            bytes,
                            check,
                            generation,
                        } => match crate::io::storage::read(&path) {
                            Ok(disk) if check && known.as_ref().is_some_and(|k| *k != disk) => {
                                Done::Conflict { disk, generation }
                            }
                            _ => match files::atomic_write(&path, &bytes) {
                                Ok(()) => {
                                    if check {
                                        known = Some(bytes.clone());
                                    }
                                    Done::Written {
                                        bytes,
                                        check,
                                        generation,
                                    }
                                }
                                Err(error) => Done::Failed { path, error },
                            },
                        },
                    };
                    if outbox.send(reply).is_err() {
                        break;
                    }
                }
            });
        spawned.ok().map(|_| Self {
            jobs,
            done,
            pending: 0,
        })
    }
}

impl Session {
    /// From now on, saves are written on a thread of their own: the window never waits for a
    /// slow shared folder. Call [`Session::poll`] each frame to learn how they went.
    pub fn run_in_background(&mut self) {
        self.writer = Writer::spawn(self.known.clone());
    }

    /// Saves not yet written by the background writer.
    pub fn pending_saves(&self) -> usize {
        self.writer.as_ref().map_or(0, |w| w.pending)
    }

    /// Takes in what the background writer did: written, refused because someone else changed
    /// the file (a conflict), or failed.
    pub fn poll(&mut self) {
        let mut replies = Vec::new();
        if let Some(writer) = &mut self.writer {
            while let Ok(done) = writer.done.try_recv() {
                writer.pending = writer.pending.saturating_sub(1);
                replies.push(done);
            }
        }
        for done in replies {
            self.take_reply(done);
        }
    }

    /// Waits until every save is written (closing an assessment, tests).
    pub fn flush(&mut self) {
        let mut replies = Vec::new();
        if let Some(writer) = &mut self.writer {
            while writer.pending > 0 {
                match writer.done.recv() {
                    Ok(done) => {
                        writer.pending -= 1;
                        replies.push(done);
                    }
                    Err(_) => {
                        writer.pending = 0;
                    }
                }
            }
        }
        for done in replies {
            self.take_reply(done);
        }
    }

    pub(super) fn take_reply(&mut self, done: Done) {
        match done {
            Done::Written { generation, .. } | Done::Conflict { generation, .. }
                if generation != self.generation => {}
            Done::Written { bytes, check, .. } => {
                if check {
                    self.known = Some(bytes);
                }
                self.save_error = None;
            }
            Done::Conflict { disk, .. } => self.note_conflict(disk),
            Done::Failed { path, error } => {
                self.save_error = Some(super::SaveError::new(&path, &error));
            }
        }
    }

    pub(super) fn send(&mut self, job: Job) {
        let Some(writer) = &mut self.writer else {
            return;
        };
        let counts = matches!(job, Job::Write { .. });
        if writer.jobs.send(job).is_ok() {
            if counts {
                writer.pending += 1;
            }
        } else {
            // The writer is gone (it cannot be, short of a panic): write inline from now on.
            self.writer = None;
        }
    }

    pub(super) fn save_in_background(&mut self) {
        let job = match &self.place {
            Place::File(path) => {
                if let Some(conflict) = &self.conflict {
                    // Still undecided: compared again with the other version already read.
                    let disk = conflict.theirs_bytes.clone();
                    self.note_conflict(disk);
                    return;
                }
                match self.assessment.to_ron() {
                    Ok(text) => Job::Write {
                        path: path.clone(),
                        bytes: text.into_bytes(),
                        check: true,
                        generation: self.generation,
                    },
                    Err(e) => {
                        self.save_error =
                            Some(super::SaveError::new(path, &std::io::Error::other(e)));
                        return;
                    }
                }
            }
            Place::Autosave(path) => {
                if let Some(dir) = path.parent() {
                    let _ = crate::io::storage::create_dir_all(dir);
                }
                match self.autosave_text() {
                    Ok(text) => Job::Write {
                        path: path.clone(),
                        bytes: text.into_bytes(),
                        check: false,
                        generation: self.generation,
                    },
                    Err(e) => {
                        self.save_error = Some(super::SaveError::new(path, &e));
                        return;
                    }
                }
            }
        };
        self.send(job);
    }
}
