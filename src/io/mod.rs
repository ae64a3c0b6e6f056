//! The file system at the edge: reading and writing files safely (never over a colleague's
//! file, never half-written), and loading the files a user names by their kind.

pub mod clock;
pub mod files;
pub mod inputs;
