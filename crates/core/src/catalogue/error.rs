//! Catalogue errors that name the file, line and column and say what to change.

use std::fmt;
use std::ops::Range;

/// One step of a path into the TOML document, used to find a value's position after parsing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PathSeg {
    Key(String),
    Index(usize),
}

impl From<&str> for PathSeg {
    fn from(k: &str) -> Self {
        PathSeg::Key(k.to_string())
    }
}

impl From<usize> for PathSeg {
    fn from(i: usize) -> Self {
        PathSeg::Index(i)
    }
}

/// A problem found while validating, before it has a position.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub path: Vec<PathSeg>,
    pub message: String,
    pub hint: Option<String>,
}

impl Problem {
    pub fn new(path: Vec<PathSeg>, message: impl Into<String>) -> Problem {
        Problem {
            path,
            message: message.into(),
            hint: None,
        }
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Problem {
        self.hint = Some(hint.into());
        self
    }
}

/// A catalogue error with its place in the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CatalogueError {
    pub origin: String,
    /// 1-based line and column, when known.
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
    pub hint: Option<String>,
    /// The offending line of the file and the underline under it.
    pub excerpt: Option<(String, String)>,
}

impl CatalogueError {
    pub fn whole_file(origin: &str, message: impl Into<String>, hint: impl Into<String>) -> Self {
        CatalogueError {
            origin: origin.to_string(),
            line: None,
            column: None,
            message: message.into(),
            hint: Some(hint.into()),
            excerpt: None,
        }
    }

    pub fn at(origin: &str, text: &str, span: Option<Range<usize>>, message: String, hint: Option<String>) -> Self {
        let mut err = CatalogueError {
            origin: origin.to_string(),
            line: None,
            column: None,
            message: crate::text_safety::clean(&message),
            hint,
            excerpt: None,
        };
        if let Some(span) = span {
            let start = floor_char_boundary(text, span.start.min(text.len()));
            let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
            let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
            let line_text = text[line_start..line_end].trim_end_matches('\r');
            let column = text[line_start..start].chars().count() + 1;
            let width = text[start..span.end.clamp(start, line_end)].chars().count().max(1);
            err.line = Some(text[..start].matches('\n').count() + 1);
            err.column = Some(column);
            // The line may hold escape sequences or bidi overrides: never echo them raw. A long
            // line is shown as a window of 160 characters around the marked place.
            let clean_line = crate::text_safety::clean(line_text);
            let skip = (column - 1).saturating_sub(80);
            let shown: String = clean_line.chars().skip(skip).take(160).collect();
            let marker = format!("{}{}", " ".repeat(column - 1 - skip), "^".repeat(width.min(80)));
            err.excerpt = Some((shown, marker));
        }
        err
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

impl fmt::Display for CatalogueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.origin)?;
        if let (Some(line), Some(col)) = (self.line, self.column) {
            write!(f, ":{line}:{col}")?;
        }
        write!(f, ": {}", self.message)?;
        if let (Some((text, marker)), Some(line)) = (&self.excerpt, self.line) {
            let gutter = line.to_string().len();
            write!(f, "\n {line} | {text}\n {:gutter$} | {marker}", "")?;
        }
        if let Some(hint) = &self.hint {
            write!(f, "\n  hint: {hint}")?;
        }
        Ok(())
    }
}

/// Every error found in one catalogue, in file order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CatalogueErrors(pub Vec<CatalogueError>);

impl fmt::Display for CatalogueErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for CatalogueErrors {}
