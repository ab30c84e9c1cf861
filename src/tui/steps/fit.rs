//! Fitting rows and choices into a narrow pane: no two rows look the same, no choice is cut.

use unicode_width::UnicodeWidthChar;

/// `text` in at most `width` columns. A row that is too wide keeps its start and its end around
/// a "…": offers differ by their end ("Essential Broadband" / "Essential Broadband Plus"), so
/// cutting only the end could show two different offers as the same text.
/// Columns that `text` takes in the buffer, letter by letter: a string's width counts the Arabic
/// lam-alef pair as one column where the buffer gives each letter its own.
pub(crate) fn cells(text: &str) -> usize {
    text.chars().map(|c| c.width().unwrap_or(0)).sum()
}

pub(crate) fn fit(text: &str, width: usize) -> String {
    if cells(text) <= width {
        return text.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let room = width - 1;
    let tail_room = (room / 3).min(12);
    let mut tail: Vec<char> = Vec::new();
    let mut used = 0;
    for c in text.chars().rev() {
        let cw = c.width().unwrap_or(0);
        if used + cw > tail_room {
            break;
        }
        used += cw;
        tail.push(c);
    }
    let mut head = String::new();
    let mut head_used = 0;
    for c in text.chars() {
        let cw = c.width().unwrap_or(0);
        if head_used + cw > room - used {
            break;
        }
        head_used += cw;
        head.push(c);
    }
    let head = head.trim_end();
    let tail: String = tail.into_iter().rev().collect();
    format!("{head}…{}", tail.trim_start())
}

/// Choices, "‹ (•) one  ( ) two ›", on as many lines as the width needs: a choice is never cut,
/// so the one chosen is always on screen.
pub(crate) fn pack_choices(options: &[String], width: usize, indent: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut line = format!("{indent}‹ ");
    let mut has_choice = false;
    for option in options {
        if has_choice && cells(&line) + 2 + cells(option) + 2 > width {
            out.push(line.trim_end().to_string());
            line = format!("{indent}  ");
            has_choice = false;
        }
        if has_choice {
            line.push_str("  ");
        }
        line.push_str(option);
        has_choice = true;
    }
    line.push_str(" ›");
    out.push(line);
    out
}

#[cfg(test)]
mod tests {
    use super::{fit, pack_choices};

    #[test]
    fn short_rows_are_kept_and_long_ones_keep_both_ends() {
        assert_eq!(fit("BT Home Essentials", 30), "BT Home Essentials");
        let a = fit(" ✓ yes Virgin Media Essential Broadband", 26);
        let b = fit(" ✓ yes Virgin Media Essential Broadband Plus", 26);
        assert_ne!(a, b);
        assert!(a.ends_with("roadband") && b.ends_with("Plus"), "{a} / {b}");
        assert!(unicode_width::UnicodeWidthStr::width(a.as_str()) <= 26);
        assert_eq!(fit("abc", 0), "");
    }

    #[test]
    fn choices_wrap_whole_and_never_past_the_width() {
        let options = [
            "(•) not sure".to_string(),
            "( ) no earnings".into(),
            "( ) earnings".into(),
        ];
        assert_eq!(
            pack_choices(&options, 80, "      "),
            ["      ‹ (•) not sure  ( ) no earnings  ( ) earnings ›"]
        );
        let narrow = pack_choices(&options, 36, "      ");
        assert!(narrow.len() > 1, "{narrow:?}");
        assert!(
            narrow
                .iter()
                .all(|l| unicode_width::UnicodeWidthStr::width(l.as_str()) <= 36),
            "{narrow:?}"
        );
        assert!(narrow.concat().contains("( ) earnings"));
    }
}
