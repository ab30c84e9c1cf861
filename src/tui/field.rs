//! Editing a one-line text field: the caret is counted in characters from the end, so that
//! typing at the end (the usual case) needs no bookkeeping, and a field replaced whole (a
//! suggestion accepted) keeps a valid caret at 0.

/// An editing key, as the field sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Edit {
    Insert(char),
    /// Backspace: the character before the caret.
    Backspace,
    /// Delete: the character after the caret.
    Delete,
    Left,
    Right,
    Home,
    End,
    /// Ctrl+U: the whole field.
    Clear,
    /// Ctrl+W: the word before the caret.
    DeleteWord,
}

/// Applies `edit` to `text` with the caret `back` characters from the end; `max` caps the length.
pub(crate) fn apply(text: &mut String, back: &mut usize, edit: Edit, max: usize) {
    let mut chars: Vec<char> = text.chars().collect();
    *back = (*back).min(chars.len());
    let at = chars.len() - *back;
    match edit {
        Edit::Insert(c) if chars.len() < max => chars.insert(at, c),
        Edit::Insert(_) => {}
        Edit::Backspace if at > 0 => {
            chars.remove(at - 1);
        }
        Edit::Backspace => {}
        Edit::Delete if *back > 0 => {
            chars.remove(at);
            *back -= 1;
        }
        Edit::Delete => {}
        Edit::Left => *back = (*back + 1).min(chars.len()),
        Edit::Right => *back = back.saturating_sub(1),
        Edit::Home => *back = chars.len(),
        Edit::End => *back = 0,
        Edit::Clear => {
            chars.clear();
            *back = 0;
        }
        Edit::DeleteWord => {
            let mut start = at;
            while start > 0 && chars[start - 1].is_whitespace() {
                start -= 1;
            }
            while start > 0 && !chars[start - 1].is_whitespace() {
                start -= 1;
            }
            chars.drain(start..at);
        }
    }
    // Overwrite the old text before it is replaced: it may be a resident's postcode.
    crate::answers::wipe_string(std::mem::replace(text, chars.into_iter().collect()));
}

/// The field's text with the caret drawn where it is.
pub(crate) fn with_caret(text: &str, back: usize, caret: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let at = chars.len() - back.min(chars.len());
    let before: String = chars[..at].iter().collect();
    let after: String = chars[at..].iter().collect();
    format!("{before}{caret}{after}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(edits: &[Edit]) -> (String, usize) {
        let (mut text, mut back) = (String::new(), 0);
        for e in edits {
            apply(&mut text, &mut back, *e, 16);
        }
        (text, back)
    }

    #[test]
    fn editing_keys_work_anywhere_in_the_field() {
        use Edit::*;
        let typed: Vec<Edit> = "B1 BB".chars().map(Insert).collect();
        let (text, back) = run(&[&typed[..], &[Left, Left, Insert('1')]].concat());
        assert_eq!((text.as_str(), back), ("B1 1BB", 2));
        assert_eq!(with_caret("B1 1BB", 2, "|"), "B1 1|BB");
        assert_eq!(run(&[&typed[..], &[Home, Delete]].concat()).0, "1 BB");
        assert_eq!(run(&[&typed[..], &[Home, Right, Backspace]].concat()).0, "1 BB");
        assert_eq!(run(&[&typed[..], &[DeleteWord]].concat()).0, "B1 ");
        assert_eq!(run(&[&typed[..], &[Clear]].concat()), (String::new(), 0));
        assert_eq!(
            run(&[&typed[..], &[Home, Home, Left, End, Insert('X')]].concat()).0,
            "B1 BBX"
        );
        let long: Vec<Edit> = "x".repeat(40).chars().map(Insert).collect();
        assert_eq!(run(&long).0.len(), 16, "capped");
    }
}
