//! Problems found in a user's file: errors and warnings, printed as `PATH:LINE:COL: message`.

use std::fmt;

/// Where a problem is: the file, and the line and column where they can be known.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Location {
    /// The file as the user named it (or `built-in:NAME` for an embedded file).
    pub path: String,
    /// 1-based line and column, when the offending item could be located.
    pub line_col: Option<(usize, usize)>,
}

/// How bad a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The file cannot be used as it is.
    Error,
    /// The file can be used, but something in it is ignored or suspicious.
    Warning,
}

/// One problem in one file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub location: Location,
    pub severity: Severity,
    pub message: String,
    /// The framework (id, version) the file needs and that could not be found, so that the
    /// app can say how to add it without reading the message.
    pub needs_framework: Option<(String, String)>,
}

/// The longest a message gets: parsers quote what they found, and what they found may be a
/// megabyte of one identifier.
pub const MAX_MESSAGE_CHARS: usize = 600;

impl Problem {
    /// An error at a location.
    pub fn error(path: &str, line_col: Option<(usize, usize)>, message: impl Into<String>) -> Self {
        let mut message: String = message.into();
        if let Some((cut, _)) = message.char_indices().nth(MAX_MESSAGE_CHARS) {
            message.truncate(cut);
            message.push('…');
        }
        Self {
            location: Location {
                path: path.to_owned(),
                line_col,
            },
            severity: Severity::Error,
            message,
            needs_framework: None,
        }
    }

    /// A warning at a location.
    pub fn warning(
        path: &str,
        line_col: Option<(usize, usize)>,
        message: impl Into<String>,
    ) -> Self {
        Self {
            severity: Severity::Warning,
            ..Self::error(path, line_col, message)
        }
    }

    /// Whether this problem makes the file unusable.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.location.path)?;
        if let Some((line, col)) = self.location.line_col {
            write!(f, ":{line}:{col}")?;
        }
        match self.severity {
            Severity::Error => write!(f, ": {}", self.message),
            Severity::Warning => write!(f, ": warning: {}", self.message),
        }
    }
}

/// A non-empty list of problems, at least one of which is an error: the error type of every
/// loader in this crate.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct Problems(pub Vec<Problem>);

impl Problems {
    /// A single error.
    pub fn one(path: &str, line_col: Option<(usize, usize)>, message: impl Into<String>) -> Self {
        Self(vec![Problem::error(path, line_col, message)])
    }
}

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, problem) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{problem}")?;
        }
        Ok(())
    }
}

/// Sorts problems by file, line and column, and drops exact duplicates.
pub fn sort_problems(problems: &mut Vec<Problem>) {
    problems.sort_by(|a, b| {
        (&a.location, a.severity, &a.message).cmp(&(&b.location, b.severity, &b.message))
    });
    problems.dedup();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_has_path_line_col() {
        let p = Problem::error("a.ron", Some((3, 7)), "duplicate id");
        assert_eq!(p.to_string(), "a.ron:3:7: duplicate id");
        let w = Problem::warning("a.ron", None, "old version");
        assert_eq!(w.to_string(), "a.ron: warning: old version");
    }
}
