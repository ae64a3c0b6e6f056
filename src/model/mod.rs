//! What a framework and an assessment are, independent of any file format or screen: the
//! pillars, questions and levels; the answers, notes, targets and actions; texts in several
//! languages; the catalog of frameworks a user can assess against; and the typed problems
//! every reader reports.

pub mod assessment;
pub mod carry;
pub mod catalog;
pub mod framework;
pub mod ron;
pub mod ronspan;
pub mod text;
