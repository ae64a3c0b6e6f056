//! The edge of the machine: reading and writing files safely (never over a colleague's file,
//! never half-written), loading the files a user names by their kind, progress bars for long
//! reads, the machine's cores, and the local date.

pub mod clock;
pub mod cores;
pub mod files;
pub mod problem;
pub mod progress;
pub mod storage;
