//! What the answers mean: scores per pillar and overall, the comparison of several
//! assessments, and the plan's rules (next level, overdue actions).

pub mod agreement;
pub mod compare;
pub mod merge;
pub mod plan;
pub mod scoring;
