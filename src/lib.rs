//! Pilares: self-assessment of teacher professional development (TPD) systems against a
//! framework of pillars.
//!
//! The layers, each using only those below it (no module below `ui` knows egui; everything
//! but `ui` builds with `--no-default-features`):
//!
//! ```text
//!   ui         the window: views draw state and return actions      (feature "app")
//!   cli        the command line: one function per command
//!   ─────────────────────────────────────────────────────────────────────────────
//!   session    one open assessment and its file: edits, saves, another person's changes
//!   output     what people look at: chart, report, colours
//!   analysis   what answers mean: scores, comparison, plan rules
//!   formats    files as the field writes them: RON, CSV/xlsx tables, surveys, workbook
//!   io         the file system: safe writes, loading files by kind
//!   model      frameworks, assessments, texts, catalog, problems
//!   i18n       messages in four languages (Fluent)
//! ```
//!
//! Where a change goes: a new rule about answers in `analysis`; a new file kind in `formats`
//! (read into `model` types); a new export in `output`, offered by both `cli` and `ui`; a new
//! screen in `ui::views`. See ARCHITECTURE.md.

pub mod analysis;
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
