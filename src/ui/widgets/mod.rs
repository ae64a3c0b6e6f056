//! Pieces the views share: the radar drawn with egui's shapes, and the date field that reads
//! dates as people type them.

pub mod date_field;
pub mod radar;
