//! A long CSV file checked on every core: one thread cuts the file into chunks of whole rows
//! ([`Chunks`]), each core checks chunks on its own, and this thread joins their assessments in
//! the file's order.
//!
//! A chunk is checked as if it were the whole file. Where that cannot tell what reading the
//! file from its start would (a row with an error, or an assessment begun in an earlier chunk
//! whose rows here would not fit it: another framework or scope, a question answered again),
//! the chunk is checked again here, row by row, after the earlier ones: every message names
//! the line, and says what, it would in one pass.

use std::collections::BTreeMap;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, mpsc};

use super::{Building, Checker, Rules};
use crate::formats::long::too_many;
use crate::formats::table::{Chunk, Chunks, Piece, Shape, Table};
use crate::io::problem::{Problem, Problems};

/// A chunk checked on its own.
struct Part<'x> {
    chunk: Chunk,
    /// What its rows built, when they hold no error.
    checked: Option<Checker<'x>>,
    warnings: Vec<Problem>,
}

/// What reaches the joining thread, numbered in the file's order.
enum Done<'x, 'a> {
    Part(Part<'x>),
    Rest(Table<'a>),
    End,
    /// A thread panicked (a bug): raised again on the joining thread, as one pass would.
    Panicked(Box<dyn std::any::Any + Send>),
}

/// Checks the rows of `chunks` into `checker`, adding the files' warnings to `warnings`.
pub(super) fn read<'x, 'a>(
    shape: &Shape,
    mut chunks: Chunks<'a>,
    checker: &mut Checker<'x>,
    warnings: &mut Vec<Problem>,
) -> Result<(), Problems> {
    let workers = crate::io::cores::count();
    // Chunks in flight, read or being checked or waiting their turn: memory stays a few
    // megabytes a core, whatever the file's size.
    let in_flight = 2 * workers + 2;
    let (spare_tx, spare_rx) = mpsc::sync_channel::<Vec<u8>>(in_flight);
    for _ in 0..in_flight {
        let _ = spare_tx.send(Vec::new());
    }
    let (work_tx, work_rx) = mpsc::sync_channel::<(usize, Chunk)>(in_flight);
    let work_rx = Mutex::new(work_rx);
    let (done_tx, done_rx) = mpsc::channel::<(usize, Done<'x, 'a>)>();
    let stop = AtomicBool::new(false);
    let rules = checker.rules;
    std::thread::scope(|scope| {
        let (stop, work_rx) = (&stop, &work_rx);
        let cutter_done = done_tx.clone();
        scope.spawn(move || {
            let mut seq = 0;
            while let Ok(buf) = spare_rx.recv() {
                if stop.load(Ordering::Relaxed) {
                    break;
                }
                let done = match catch_unwind(AssertUnwindSafe(|| chunks.next(buf, shape))) {
                    Ok(Piece::Chunk(chunk)) => {
                        if work_tx.send((seq, chunk)).is_err() {
                            break;
                        }
                        seq += 1;
                        continue;
                    }
                    Ok(Piece::Rest(table)) => Done::Rest(table),
                    Ok(Piece::End) => Done::End,
                    Err(panic) => Done::Panicked(panic),
                };
                let _ = cutter_done.send((seq, done));
                break;
            }
        });
        for _ in 0..workers {
            let done_tx = done_tx.clone();
            scope.spawn(move || {
                loop {
                    // The lock is held only while waiting for the next chunk.
                    let job = match work_rx.lock() {
                        Ok(rx) => rx.recv(),
                        Err(_) => break,
                    };
                    let Ok((seq, chunk)) = job else {
                        break;
                    };
                    // Once joining has stopped, chunks are let go unread until the cutting ends.
                    if !stop.load(Ordering::Relaxed) {
                        let checked =
                            catch_unwind(AssertUnwindSafe(|| check_alone(rules, shape, chunk)));
                        let done = match checked {
                            Ok(part) => Done::Part(part),
                            Err(panic) => Done::Panicked(panic),
                        };
                        let _ = done_tx.send((seq, done));
                    }
                }
            });
        }
        drop(done_tx);
        let joined = join(shape, &done_rx, &spare_tx, checker, warnings);
        // Whatever ended the joining, the other threads end too.
        stop.store(true, Ordering::Relaxed);
        drop(spare_tx);
        drop(done_rx);
        joined
    })
}

/// Checks one chunk as if it were the whole file.
fn check_alone<'x>(rules: Rules<'x>, shape: &Shape, chunk: Chunk) -> Part<'x> {
    let mut checker = Checker::new(rules, usize::MAX);
    let mut table = shape.table(&chunk);
    let read_all = checker.table(&mut table);
    let warnings = table.take_warnings();
    drop(table);
    let clean = matches!(read_all, Ok(true)) && checker.error_count == 0;
    Part {
        chunk,
        checked: clean.then_some(checker),
        warnings,
    }
}

/// Joins the chunks in the file's order as they arrive, until the end or a row that ends the
/// reading.
fn join<'x>(
    shape: &Shape,
    done_rx: &mpsc::Receiver<(usize, Done<'x, '_>)>,
    spare_tx: &mpsc::SyncSender<Vec<u8>>,
    checker: &mut Checker<'x>,
    warnings: &mut Vec<Problem>,
) -> Result<(), Problems> {
    let mut waiting = BTreeMap::new();
    let mut next = 0;
    for (seq, done) in done_rx {
        waiting.insert(seq, done);
        while let Some(done) = waiting.remove(&next) {
            next += 1;
            match done {
                Done::Part(part) => {
                    let joined = match part.checked {
                        Some(checked) => checker.absorb(checked)?,
                        None => false,
                    };
                    if joined {
                        warnings.extend(part.warnings);
                    } else {
                        // Row by row after the chunks before it, as in one pass.
                        let mut table = shape.table(&part.chunk);
                        let read_all = checker.table(&mut table)?;
                        warnings.extend(table.take_warnings());
                        if !read_all {
                            return Ok(());
                        }
                    }
                    let _ = spare_tx.send(part.chunk.into_bytes());
                }
                Done::Rest(mut table) => {
                    checker.table(&mut table)?;
                    warnings.extend(table.take_warnings());
                    return Ok(());
                }
                Done::End => return Ok(()),
                Done::Panicked(panic) => std::panic::resume_unwind(panic),
            }
        }
    }
    // Every thread gone before the end was reached: never a silent loss.
    Err(Problems::keyed(
        checker.rules.shown,
        None,
        "problem-unreadable",
        &[(
            "error",
            "reading stopped before the end of the file".to_owned(),
        )],
    ))
}

impl Checker<'_> {
    /// Takes in the assessments a later chunk built on its own, when its rows fit those
    /// begun earlier (same framework and scope, no question answered or rated twice);
    /// `Ok(false)`, with nothing changed, when they do not.
    fn absorb(&mut self, part: Checker<'_>) -> Result<bool, Problems> {
        let fits = part.order.iter().all(|b| {
            self.slots
                .get(&b.assessment.label)
                .is_none_or(|&slot| self.order[slot].fits(b))
        });
        if !fits {
            return Ok(false);
        }
        for b in part.order {
            match self.slots.get(&b.assessment.label) {
                Some(&slot) => self.order[slot].take(b),
                None if self.order.len() >= self.max_assessments => {
                    return Err(Problems(vec![Problem::from_key(
                        self.rules.shown,
                        Some((b.first_line, self.rules.cols.assessment + 1)),
                        too_many(self.max_assessments),
                    )]));
                }
                None => {
                    self.slots
                        .insert(b.assessment.label.clone(), self.order.len());
                    self.order.push(b);
                }
            }
        }
        self.last = None;
        Ok(true)
    }
}

impl Building {
    /// Whether `later`, the same assessment's rows checked on their own, reads as if checked
    /// after this one's.
    fn fits(&self, later: &Building) -> bool {
        Arc::ptr_eq(&self.framework, &later.framework)
            && self.scope_cell == later.scope_cell
            && self.seen.len() == later.seen.len()
            && !self
                .seen
                .iter()
                .zip(&later.seen)
                .any(|(&a, &b)| a != 0 && b != 0)
            && !later
                .unknown_seen
                .keys()
                .any(|q| self.unknown_seen.contains_key(q))
            && !later.assessment.ratings.iter().any(|(q, list)| {
                self.assessment
                    .ratings
                    .get(q)
                    .is_some_and(|had| had.iter().any(|r| list.iter().any(|l| l.by == r.by)))
            })
    }

    /// Adds the rows of `later` (which [`Building::fits`]).
    fn take(&mut self, later: Building) {
        for (i, &line) in later.seen.iter().enumerate() {
            if line != 0 {
                if let Some(seen) = self.seen.get_mut(i) {
                    *seen = line;
                }
                if let (Some(mark), Some(&m)) = (self.marks.get_mut(i), later.marks.get(i)) {
                    *mark = m;
                }
            }
        }
        let a = &mut self.assessment;
        let mut l = later.assessment;
        if a.country.is_none() {
            a.country = l.country;
        }
        if a.date.is_none() {
            a.date = l.date;
        }
        a.answers.append(&mut l.answers);
        for (q, list) in l.ratings {
            a.ratings.entry(q).or_default().extend(list);
        }
        self.unknown_seen.extend(later.unknown_seen);
    }
}
