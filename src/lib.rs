//! Pilares: self-assessment of teacher professional development (TPD) systems against a
//! framework of pillars.
//!
//! The layers, each using only those below it (`tests/layers.rs` checks it; no module below
//! `ui` knows egui, and everything but `ui` builds with `--no-default-features`):
//!
//! ```text
//!   ui          the window: views draw state, return actions           (feature "app": eframe)
//!   cli         the command line: one function per command
//!   ───────────────────────────────────────────────────────────────────────────────
//!   state       the app's state and the one place it changes (AppState::apply), no egui
//!   session     one open assessment and its file: edits, saves, another person's changes
//!   output      what people look at: chart (SVG/PNG), report (HTML), exports, colours
//!   formats     files as the field writes them: CSV/xlsx tables, long, surveys, workbook;
//!               loading the files a user names by their kind
//!   analysis    what answers mean: scores, comparison, plan rules
//!   model       frameworks, assessments, texts, catalog; Pilares's own RON files
//!   io          the machine's edge: safe writes, problems (file, line, what to do), progress,
//!               today's date
//!   i18n        messages in four languages (Fluent)
//! ```
//!
//! Where a change goes: a new rule about answers in `analysis`; a new file kind in `formats`
//! (read into `model` types); a new export in `output`, offered by both `cli` and `ui`; a new
//! screen in `ui::views`. See ARCHITECTURE.md.

pub mod analysis;
/// The command line: not in the browser, which has none (and no files to name).
#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
pub mod formats;
pub mod i18n;
pub mod io;
pub mod model;
pub mod output;
pub mod session;
pub mod state;
#[cfg(feature = "app")]
pub mod ui;
