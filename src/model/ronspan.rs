//! A small structural scanner for RON text that records where every value starts.
//!
//! `ron` positions syntax and type errors, but once a file has deserialized, the typed value no
//! longer knows where its parts came from. Validation rules (a duplicate id, a zero weight, a
//! rubric key that is not a scale value) need the line and column of the offending item, so
//! this module re-reads the text into a tree of positioned nodes that a path like
//! `pillars[2].questions[0].weight` can be looked up in. It also finds every unknown field in
//! one pass, where serde stops at the first.
//!
//! It only has to understand text that is close to valid RON; on anything it cannot read it
//! returns `None` and callers fall back to messages without a position.
//!
//! Over 400 lines because it is one scanner: a state machine over RON's grammar, whose
//! parts only make sense together.

/// A 1-based line and column.
pub type LineCol = (usize, usize);

/// Deepest nesting the scanner follows; deeper text is refused (see `MAX_DEPTH` users).
pub const MAX_DEPTH: usize = 128;

/// A value in the text and where it starts.
#[derive(Debug, Clone)]
pub struct Node {
    pub pos: LineCol,
    pub kind: Kind,
}

/// The shape of a value.
#[derive(Debug, Clone)]
pub enum Kind {
    /// `Name(field: value, …)` or `(field: value, …)`.
    Struct(Vec<Field>),
    /// `Name(a, b)`, `(a, b)` or `[a, b]`; `name` is the identifier before `(` if any.
    Seq {
        name: Option<String>,
        items: Vec<Node>,
    },
    /// `{key: value, …}`.
    Map(Vec<(Node, Node)>),
    /// Anything else: a number, string, identifier; the text as written.
    Scalar(String),
}

/// A named field of a struct.
#[derive(Debug, Clone)]
pub struct Field {
    pub name: String,
    pub pos: LineCol,
    pub value: Node,
}

/// One step of a path into a value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Seg {
    /// A struct field by name.
    Field(&'static str),
    /// An element of a list.
    Index(usize),
    /// An entry of a map, by the key as its value reads (`"en"` → `en`, `3` → `3`).
    Key(String),
}

/// The expected shape of a document, for finding unknown fields.
pub enum Shape {
    Struct(&'static [(&'static str, &'static Shape)]),
    List(&'static Shape),
    MapValues(&'static Shape),
    Leaf,
}

impl Node {
    /// The value, looking through `Some(…)`.
    fn unwrap_some(&self) -> &Node {
        match &self.kind {
            Kind::Seq {
                name: Some(name),
                items,
            } if name == "Some" && items.len() == 1 => &items[0],
            _ => self,
        }
    }

    /// The position of the item at `path`, or of the deepest ancestor that exists.
    pub fn locate(&self, path: &[Seg]) -> LineCol {
        let mut node = self;
        let mut pos = self.pos;
        for seg in path {
            let here = node.unwrap_some();
            let next = match (&here.kind, seg) {
                (Kind::Struct(fields), Seg::Field(name)) => fields
                    .iter()
                    .find(|f| f.name == *name)
                    .map(|f| (f.pos, &f.value)),
                (Kind::Seq { items, .. }, Seg::Index(i)) => items.get(*i).map(|n| (n.pos, n)),
                (Kind::Map(entries), Seg::Key(key)) => entries
                    .iter()
                    .find(|(k, _)| scalar_value(k).as_deref() == Some(key.as_str()))
                    .map(|(k, v)| (k.pos, v)),
                _ => None,
            };
            let Some((p, n)) = next else {
                break;
            };
            pos = p;
            node = n;
        }
        pos
    }

    /// Every field whose name the shape does not know, with its position and the names
    /// that were expected there.
    pub fn unknown_fields(&self, shape: &Shape) -> Vec<(LineCol, String, Vec<&'static str>)> {
        let mut out = Vec::new();
        self.unknown_fields_into(shape, &mut out);
        out
    }

    fn unknown_fields_into(
        &self,
        shape: &Shape,
        out: &mut Vec<(LineCol, String, Vec<&'static str>)>,
    ) {
        let node = self.unwrap_some();
        match (&node.kind, shape) {
            (Kind::Struct(fields), Shape::Struct(known)) => {
                for field in fields {
                    match known.iter().find(|(name, _)| *name == field.name) {
                        Some((_, inner)) => field.value.unknown_fields_into(inner, out),
                        None => out.push((
                            field.pos,
                            field.name.clone(),
                            known.iter().map(|(n, _)| *n).collect(),
                        )),
                    }
                }
            }
            (Kind::Seq { items, .. }, Shape::List(inner)) => {
                for item in items {
                    item.unknown_fields_into(inner, out);
                }
            }
            (Kind::Map(entries), Shape::MapValues(inner)) => {
                for (_, value) in entries {
                    value.unknown_fields_into(inner, out);
                }
            }
            _ => {}
        }
    }
}

/// The value of a scalar as a map key compares: strings unquoted and unescaped, other
/// scalars as written.
fn scalar_value(node: &Node) -> Option<String> {
    let Kind::Scalar(text) = &node.kind else {
        return None;
    };
    if let Some(inner) = text.strip_prefix('"').and_then(|t| t.strip_suffix('"')) {
        let mut out = String::with_capacity(inner.len());
        let mut chars = inner.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                match chars.next() {
                    Some('n') => out.push('\n'),
                    Some('t') => out.push('\t'),
                    Some(other) => out.push(other),
                    None => {}
                }
            } else {
                out.push(c);
            }
        }
        return Some(out);
    }
    Some(text.clone())
}

/// Reads RON text into a positioned tree; `None` when the text is not RON this scanner
/// understands (the caller then relies on `ron`'s own error).
pub fn scan(text: &str) -> Option<Node> {
    let mut scanner = Scanner {
        src: text.as_bytes(),
        text,
        at: 0,
        line_starts: line_starts(text),
    };
    scanner.skip_trivia()?;
    while scanner.peek() == Some(b'#') {
        scanner.skip_attribute()?;
        scanner.skip_trivia()?;
    }
    let node = scanner.value(0)?;
    scanner.skip_trivia()?;
    (scanner.at == scanner.src.len()).then_some(node)
}

fn line_starts(text: &str) -> Vec<usize> {
    std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect()
}

struct Scanner<'a> {
    src: &'a [u8],
    text: &'a str,
    at: usize,
    line_starts: Vec<usize>,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        self.src.get(self.at).copied()
    }

    fn peek_at(&self, offset: usize) -> Option<u8> {
        self.src.get(self.at + offset).copied()
    }

    fn pos(&self, at: usize) -> LineCol {
        // `line_starts` begins with 0, so at least one start is <= `at`: `line` >= 1.
        let line = self.line_starts.partition_point(|&s| s <= at).max(1);
        let start = self.line_starts.get(line - 1).copied().unwrap_or(0);
        let col = self
            .text
            .get(start..at)
            .map_or(1, |s| s.chars().count() + 1);
        (line, col)
    }

    /// Skips white space and comments (`//`, nested `/* */`).
    fn skip_trivia(&mut self) -> Option<()> {
        loop {
            match (self.peek(), self.peek_at(1)) {
                (Some(c), _) if c.is_ascii_whitespace() => self.at += 1,
                (Some(b'/'), Some(b'/')) => {
                    while let Some(c) = self.peek() {
                        if c == b'\n' {
                            break;
                        }
                        self.at += 1;
                    }
                }
                (Some(b'/'), Some(b'*')) => {
                    self.at += 2;
                    let mut depth = 1usize;
                    while depth > 0 {
                        match (self.peek()?, self.peek_at(1)) {
                            (b'/', Some(b'*')) => {
                                depth += 1;
                                self.at += 2;
                            }
                            (b'*', Some(b'/')) => {
                                depth -= 1;
                                self.at += 2;
                            }
                            _ => self.at += 1,
                        }
                    }
                }
                _ => return Some(()),
            }
        }
    }

    /// Skips `#![enable(…)]`.
    fn skip_attribute(&mut self) -> Option<()> {
        while self.peek()? != b'[' {
            self.at += 1;
        }
        let mut depth = 0usize;
        loop {
            match self.peek()? {
                b'[' => depth += 1,
                b']' => {
                    depth -= 1;
                    if depth == 0 {
                        self.at += 1;
                        return Some(());
                    }
                }
                _ => {}
            }
            self.at += 1;
        }
    }

    fn expect(&mut self, byte: u8) -> Option<()> {
        self.skip_trivia()?;
        (self.peek()? == byte).then(|| self.at += 1)
    }

    fn value(&mut self, depth: usize) -> Option<Node> {
        if depth > MAX_DEPTH {
            return None;
        }
        self.skip_trivia()?;
        let start = self.at;
        let pos = self.pos(start);
        let kind = match self.peek()? {
            b'[' => {
                self.at += 1;
                let items = self.items(b']', depth)?;
                Kind::Seq { name: None, items }
            }
            b'{' => {
                self.at += 1;
                Kind::Map(self.entries(depth)?)
            }
            b'(' => self.parens(None, depth)?,
            b'"' => {
                self.string()?;
                Kind::Scalar(self.text.get(start..self.at)?.to_owned())
            }
            b'\'' => {
                self.char_literal()?;
                Kind::Scalar(self.text.get(start..self.at)?.to_owned())
            }
            b'r' if matches!(self.peek_at(1), Some(b'"' | b'#')) => {
                self.raw_string()?;
                Kind::Scalar(self.text.get(start..self.at)?.to_owned())
            }
            b'b' if self.peek_at(1) == Some(b'"') => {
                self.at += 1;
                self.string()?;
                Kind::Scalar(self.text.get(start..self.at)?.to_owned())
            }
            c if c.is_ascii_alphabetic() || c == b'_' => {
                let ident = self.identifier()?;
                let after = self.at;
                self.skip_trivia()?;
                if self.peek() == Some(b'(') {
                    self.parens(Some(ident), depth)?
                } else {
                    self.at = after;
                    Kind::Scalar(ident)
                }
            }
            c if c.is_ascii_digit() || matches!(c, b'-' | b'+' | b'.') => {
                self.number()?;
                Kind::Scalar(self.text.get(start..self.at)?.to_owned())
            }
            _ => return None,
        };
        Some(Node { pos, kind })
    }

    fn identifier(&mut self) -> Option<String> {
        let start = self.at;
        if self.peek() == Some(b'r') && self.peek_at(1) == Some(b'#') {
            self.at += 2;
        }
        while let Some(c) = self.peek() {
            if c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80 {
                self.at += 1;
            } else {
                break;
            }
        }
        let ident = self.text.get(start..self.at)?;
        (!ident.is_empty()).then(|| ident.trim_start_matches("r#").to_owned())
    }

    fn number(&mut self) -> Option<()> {
        let start = self.at;
        if matches!(self.peek(), Some(b'-' | b'+')) {
            self.at += 1;
        }
        while let Some(c) = self.peek() {
            let prev = self
                .at
                .checked_sub(1)
                .and_then(|i| self.src.get(i))
                .copied();
            let exponent_sign = matches!(c, b'-' | b'+') && matches!(prev, Some(b'e' | b'E'));
            if c.is_ascii_alphanumeric() || c == b'_' || c == b'.' || exponent_sign {
                self.at += 1;
            } else {
                break;
            }
        }
        (self.at > start).then_some(())
    }

    fn string(&mut self) -> Option<()> {
        self.at += 1; // opening quote
        loop {
            match self.peek()? {
                b'\\' => self.at += 2,
                b'"' => {
                    self.at += 1;
                    return Some(());
                }
                _ => self.at += 1,
            }
        }
    }

    fn char_literal(&mut self) -> Option<()> {
        self.at += 1;
        loop {
            match self.peek()? {
                b'\\' => self.at += 2,
                b'\'' => {
                    self.at += 1;
                    return Some(());
                }
                _ => self.at += 1,
            }
        }
    }

    fn raw_string(&mut self) -> Option<()> {
        self.at += 1; // r
        let mut hashes = 0usize;
        while self.peek()? == b'#' {
            hashes += 1;
            self.at += 1;
        }
        (self.peek()? == b'"').then_some(())?;
        self.at += 1;
        loop {
            if self.peek()? == b'"' && (1..=hashes).all(|i| self.peek_at(i) == Some(b'#')) {
                self.at += 1 + hashes;
                return Some(());
            }
            self.at += 1;
        }
    }

    /// After `Name` (or nothing) at `(`: a struct with named fields, or a tuple.
    fn parens(&mut self, name: Option<String>, depth: usize) -> Option<Kind> {
        self.expect(b'(')?;
        self.skip_trivia()?;
        // Named fields: an identifier followed by a single `:`.
        let save = self.at;
        let named = match self.peek() {
            Some(c) if c.is_ascii_alphabetic() || c == b'_' => {
                self.identifier()?;
                self.skip_trivia()?;
                self.peek() == Some(b':') && self.peek_at(1) != Some(b':')
            }
            _ => false,
        };
        self.at = save;
        if !named {
            let items = self.items(b')', depth)?;
            return Some(Kind::Seq { name, items });
        }
        let mut fields = Vec::new();
        loop {
            self.skip_trivia()?;
            if self.peek()? == b')' {
                self.at += 1;
                return Some(Kind::Struct(fields));
            }
            let pos = self.pos(self.at);
            let field_name = self.identifier()?;
            self.expect(b':')?;
            let value = self.value(depth + 1)?;
            fields.push(Field {
                name: field_name,
                pos,
                value,
            });
            self.skip_trivia()?;
            match self.peek()? {
                b',' => self.at += 1,
                b')' => {}
                _ => return None,
            }
        }
    }

    fn items(&mut self, close: u8, depth: usize) -> Option<Vec<Node>> {
        let mut items = Vec::new();
        loop {
            self.skip_trivia()?;
            if self.peek()? == close {
                self.at += 1;
                return Some(items);
            }
            items.push(self.value(depth + 1)?);
            self.skip_trivia()?;
            match self.peek()? {
                b',' => self.at += 1,
                c if c == close => {}
                _ => return None,
            }
        }
    }

    fn entries(&mut self, depth: usize) -> Option<Vec<(Node, Node)>> {
        let mut entries = Vec::new();
        loop {
            self.skip_trivia()?;
            if self.peek()? == b'}' {
                self.at += 1;
                return Some(entries);
            }
            let key = self.value(depth + 1)?;
            self.expect(b':')?;
            let value = self.value(depth + 1)?;
            entries.push((key, value));
            self.skip_trivia()?;
            match self.peek()? {
                b',' => self.at += 1,
                b'}' => {}
                _ => return None,
            }
        }
    }
}

#[cfg(test)]
mod tests;
