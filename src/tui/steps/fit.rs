//! Fitting a row into a narrow column without making two rows look the same.

use unicode_width::UnicodeWidthChar;

/// `text` in at most `width` columns. A row that is too wide keeps its start and its end around
/// a "…": offers differ by their end ("Essential Broadband" / "Essential Broadband Plus"), so
/// cutting only the end could show two different offers as the same text.
pub fn fit(text: &str, width: usize) -> String {
    let w = |s: &str| s.chars().map(|c| c.width().unwrap_or(0)).sum::<usize>();
    if w(text) <= width {
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

#[cfg(test)]
mod tests {
    use super::fit;

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
}
