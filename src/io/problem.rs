//! Problems found in a user's file: errors and warnings, printed as `PATH:LINE:COL: message`.

use std::fmt;

use crate::i18n::Messages;

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
    /// The message's id in the interface's messages and its arguments, so that the edge (the
    /// app, the command line) says it in the user's language; `message` is its English.
    pub key: Option<Key>,
}

/// A message id with its arguments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Key {
    pub id: &'static str,
    pub args: Vec<(&'static str, String)>,
    /// A message said inside this one (the cell's problem inside "question X: …"), as the
    /// argument `inner`.
    pub inner: Option<Box<Key>>,
}

impl Key {
    /// The message `id` with `args`.
    pub fn new(id: &'static str, args: &[(&'static str, String)]) -> Self {
        Self {
            id,
            args: args.to_vec(),
            inner: None,
        }
    }

    /// This message with `inner` said inside it.
    pub fn around(mut self, inner: Key) -> Self {
        self.inner = Some(Box::new(inner));
        self
    }

    /// The message in the language of `msgs`.
    pub fn say(&self, msgs: &Messages) -> String {
        let mut args = self.args.clone();
        if let Some(inner) = &self.inner {
            args.push(("inner", inner.say(msgs)));
        }
        render(msgs, self.id, &args)
    }

    /// The message in English.
    pub fn english(&self) -> String {
        ENGLISH.with(|m| self.say(m))
    }
}

thread_local! {
    /// The English messages, for a keyed problem's `message`.
    static ENGLISH: Messages = Messages::new("en");
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
            key: None,
        }
    }

    /// An error whose message is the interface message `id` with `args`: English in
    /// `message`, any language through [`Self::localized`].
    pub fn keyed(
        path: &str,
        line_col: Option<(usize, usize)>,
        id: &'static str,
        args: &[(&'static str, String)],
    ) -> Self {
        Self::from_key(path, line_col, Key::new(id, args))
    }

    /// An error saying `key`.
    pub fn from_key(path: &str, line_col: Option<(usize, usize)>, key: Key) -> Self {
        let english = key.english();
        Self {
            key: Some(key),
            ..Self::error(path, line_col, english)
        }
    }

    /// A warning whose message is the interface message `id` (see [`Self::keyed`]).
    pub fn keyed_warning(
        path: &str,
        line_col: Option<(usize, usize)>,
        id: &'static str,
        args: &[(&'static str, String)],
    ) -> Self {
        Self {
            severity: Severity::Warning,
            ..Self::keyed(path, line_col, id, args)
        }
    }

    /// This problem as [`fmt::Display`] writes it, in the language of `msgs`.
    pub fn localized(&self, msgs: &Messages) -> String {
        let mut out = self.location.path.clone();
        if let Some((line, col)) = self.location.line_col {
            out.push_str(&format!(":{line}:{col}"));
        }
        let mut message = match &self.key {
            Some(key) => key.say(msgs),
            None => self.message.clone(),
        };
        // As long as the English one may be, in any language (a cell may hold a megabyte).
        if let Some((cut, _)) = message.char_indices().nth(MAX_MESSAGE_CHARS) {
            message.truncate(cut);
            message.push('…');
        }
        match self.severity {
            Severity::Error => format!("{out}: {message}"),
            Severity::Warning => format!("{out}: {}: {message}", msgs.get("problem-warning")),
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

impl fmt::Display for Key {
    /// In English: for the places that say it inside an English message.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.english())
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

/// `id` with `args` in the language of `msgs`.
fn render(msgs: &Messages, id: &str, args: &[(&'static str, String)]) -> String {
    let args: Vec<(&str, fluent_bundle::FluentValue<'_>)> = args
        .iter()
        .map(|(name, value)| (*name, fluent_bundle::FluentValue::from(value.as_str())))
        .collect();
    msgs.format(id, &args)
}

impl Problems {
    /// Every problem in the language of `msgs`, a line each.
    pub fn localized(&self, msgs: &Messages) -> String {
        self.0
            .iter()
            .map(|p| p.localized(msgs))
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// A file that could not be read (`problem-unreadable`) or a folder that could not be
    /// listed (`problem-unlistable`), with the system's words.
    pub fn io(path: &str, id: &'static str, error: &std::io::Error) -> Self {
        Self::keyed(path, None, id, &[("error", error.to_string())])
    }

    /// A single keyed error (see [`Problem::keyed`]).
    pub fn keyed(
        path: &str,
        line_col: Option<(usize, usize)>,
        id: &'static str,
        args: &[(&'static str, String)],
    ) -> Self {
        Self(vec![Problem::keyed(path, line_col, id, args)])
    }

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
    fn a_keyed_problem_is_said_in_each_language_and_never_runs_long() {
        let p = Problem::keyed("a.csv", Some((3, 2)), "problem-row-no-question", &[]);
        assert_eq!(p.to_string(), "a.csv:3:2: the question_id cell is empty");
        assert_eq!(
            p.localized(&Messages::new("es")),
            "a.csv:3:2: la celda question_id está vacía"
        );
        let huge = "x".repeat(1_000_000);
        let p = Problem::keyed("a.csv", None, "problem-date", &[("date", huge)]);
        assert!(p.localized(&Messages::new("pt")).chars().count() < MAX_MESSAGE_CHARS + 20);
        let w = Problem::keyed_warning("a.ron", None, "problem-date", &[("date", "x".into())]);
        assert!(
            w.localized(&Messages::new("fr"))
                .starts_with("a.ron: avertissement: la date")
        );
    }

    #[test]
    fn display_has_path_line_col() {
        let p = Problem::error("a.ron", Some((3, 7)), "duplicate id");
        assert_eq!(p.to_string(), "a.ron:3:7: duplicate id");
        let w = Problem::warning("a.ron", None, "old version");
        assert_eq!(w.to_string(), "a.ron: warning: old version");
    }
}
