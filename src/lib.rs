//! Pilares: self-assessment of teacher professional development (TPD) systems against a
//! framework of pillars.
//!
//! Everything here works without a window: frameworks and assessments in RON, scoring, the
//! long CSV, and the command line. The desktop app draws this state and nothing else.

pub mod assessment;
pub mod catalog;
pub mod chart;
pub mod cli;
pub mod colour;
pub mod compare;
pub mod conflict;
pub mod export;
pub mod files;
pub mod formats;
pub mod framework;
pub mod i18n;
pub mod import;
pub mod inputs;
pub mod problem;
pub mod report;
pub mod ronspan;
pub mod scoring;
pub mod session;
pub mod text;
#[cfg(feature = "app")]
pub mod ui;
pub mod unsaved;
