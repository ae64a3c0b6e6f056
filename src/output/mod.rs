//! What people look at and print: the radar chart (PNG, SVG, and the shapes the app draws),
//! the self-contained HTML report, and the colours both share.

pub mod chart;
pub mod colour;
pub mod export;
pub mod report;
