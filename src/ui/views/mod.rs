//! The screens and panels. Each draws the state it is given and pushes what the user asked
//! for as [`crate::state::Action`]s; none changes anything itself.

pub mod compare;
pub mod conflict;
pub mod consensus;
pub mod details;
pub mod editor;
pub mod path_prompt;
pub mod pillars;
pub mod plan;
pub mod question;
pub mod results;
pub mod start;
pub mod status;
pub mod topbar;
