//! What is kept between runs: the user's preferences and recent files.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::i18n;

/// How many recent files the start screen lists.
const RECENT_MAX: usize = 8;

/// Light or dark.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemeChoice {
    #[default]
    Light,
    Dark,
}

/// What is kept between runs in eframe's storage: preferences only. Assessments are files the
/// user owns. (eframe keeps the window's size and position itself.)
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    /// Interface language code.
    pub language: String,
    /// Text size, 1.0 = normal.
    pub zoom: f32,
    pub theme: ThemeChoice,
    /// Projector mode: everything larger and the chart's lines thicker, for a whole room.
    pub projector: bool,
    /// Assessment files, most recent first.
    pub recent: Vec<PathBuf>,
    /// Framework files the user added, loaded again at start.
    pub framework_files: Vec<PathBuf>,
}

impl Default for Prefs {
    fn default() -> Self {
        Self {
            language: i18n::system_language().to_owned(),
            zoom: 1.0,
            projector: false,
            theme: ThemeChoice::Light,
            recent: Vec::new(),
            framework_files: Vec::new(),
        }
    }
}

pub fn clamp_zoom(zoom: f32) -> f32 {
    if zoom.is_finite() {
        zoom.clamp(0.7, 2.5)
    } else {
        1.0
    }
}

/// Puts `path` first in a most-recent-first list.
pub fn remember(list: &mut Vec<PathBuf>, path: &Path) {
    // In the browser there is no disk to ask: paths there are already one spelling.
    #[cfg(not(target_arch = "wasm32"))]
    let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
    #[cfg(target_arch = "wasm32")]
    let path = path.to_owned();
    list.retain(|p| *p != path);
    list.insert(0, path);
    list.truncate(RECENT_MAX);
}
