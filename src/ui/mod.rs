//! The desktop window (feature `app`). Each view draws the [`crate::state::AppState`] it is
//! given and returns what the user asked for as actions; [`PilaresApp`] applies them after the
//! frame is drawn, so the model never changes half-way through a frame. Nothing below this
//! module knows egui.

mod app;
pub mod icon;
#[cfg(not(target_arch = "wasm32"))]
mod picker;
pub mod theme;
mod views;
#[cfg(target_arch = "wasm32")]
pub mod web;
mod widgets;

pub use app::{APP_ID, PilaresApp};
#[cfg(not(target_arch = "wasm32"))]
pub use picker::NativePicker;
