//! Text safety (DESIGN section 7): what comes from a catalogue, a config or the network is
//! cleaned before it reaches a terminal, a handout or a program reading our JSON.

/// Removes what must never reach a terminal or a handout from catalogue or network text:
/// C0 and C1 controls (escape sequences start with them), bidi embeddings, overrides and marks,
/// invisible characters (zero-width space, word joiner, BOM, tag characters, line and paragraph
/// separators, which shift columns or hide text). Kept: Fluent's isolation marks (U+2068,
/// U+2069), and ZWJ/ZWNJ between two letters, where Indic and Arabic scripts need them.
pub fn clean(s: &str) -> String {
    clean_keeping(s, false).into_owned()
}

/// `clean` for whole printed output: line breaks and tabs stay. Every line a command prints goes
/// through this, so no path can echo a hostile catalogue, config or file name raw (a catalogue
/// once set a terminal's title and clipboard through an error hint).
pub fn clean_lines(s: &str) -> std::borrow::Cow<'_, str> {
    clean_keeping(s, true)
}

/// One pass: borrowed when nothing needs removing (almost always), else rebuilt.
fn clean_keeping(s: &str, breaks: bool) -> std::borrow::Cow<'_, str> {
    let kept = |c: char| breaks && (c == '\n' || c == '\t');
    // Almost all text is clean ASCII: proved with a byte scan, without decoding.
    let ascii_clean = s.bytes().all(|b| (0x20..0x7F).contains(&b) || kept(char::from(b)));
    if ascii_clean || !s.chars().any(|c| (unsafe_char(c) && !kept(c)) || is_joiner(c)) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut previous: Option<char> = None;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if kept(c) {
            out.push(c);
        } else if matches!(c, '\n' | '\t' | '\u{2028}' | '\u{2029}') {
            out.push(' ');
        } else if is_joiner(c) {
            // Inside a word (letter or mark on each side); elsewhere a joiner only hides things.
            let letter = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || is_mark(c));
            if letter(previous) && letter(chars.peek().copied()) {
                out.push(c);
            }
        } else if !unsafe_char(c) {
            out.push(c);
        }
        previous = Some(c);
    }
    std::borrow::Cow::Owned(out)
}

fn is_joiner(c: char) -> bool {
    matches!(c, '\u{200C}' | '\u{200D}')
}

/// Combining vowel signs and viramas of the shipped scripts (Bengali, Gurmukhi, Arabic): a
/// joiner often follows one (ক্‍ষ).
fn is_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}'
        | '\u{06D6}'..='\u{06ED}' | '\u{0981}'..='\u{0983}' | '\u{09BC}'..='\u{09D7}' | '\u{0A01}'..='\u{0A03}'
        | '\u{0A3C}'..='\u{0A51}' | '\u{0A70}'..='\u{0A71}' | '\u{0A75}')
}

/// Controls and the format characters (Unicode category Cf) that are never wanted, except the
/// isolation marks Fluent puts round every placeable.
fn unsafe_char(c: char) -> bool {
    // Below U+00AD only the controls: most text is decided here.
    if c < '\u{AD}' {
        return c.is_control();
    }
    matches!(
            c,
            '\u{00AD}'
                | '\u{0600}'..='\u{0605}'
                | '\u{061C}'
                | '\u{06DD}'
                | '\u{070F}'
                | '\u{0890}'..='\u{0891}'
                | '\u{08E2}'
                | '\u{180E}'
                | '\u{200B}'
                | '\u{200E}'..='\u{200F}'
                | '\u{2028}'..='\u{202E}'
                | '\u{2060}'..='\u{2067}'
                | '\u{206A}'..='\u{206F}'
                | '\u{FEFF}'
                | '\u{FFF9}'..='\u{FFFB}'
                | '\u{110BD}'
                | '\u{110CD}'
                | '\u{13430}'..='\u{1343F}'
                | '\u{1BCA0}'..='\u{1BCA3}'
                | '\u{1D173}'..='\u{1D17A}'
                | '\u{E0000}'..='\u{E007F}'
    ) || c.is_control()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_bidi_and_invisible_characters_go() {
        assert_eq!(clean("a\u{1b}[31mred\u{7}"), "a[31mred");
        assert_eq!(clean("\u{202e}evil\u{202c}"), "evil");
        assert_eq!(clean("x\u{9b}y"), "xy");
        for hidden in [
            '\u{200B}',
            '\u{200E}',
            '\u{200F}',
            '\u{061C}',
            '\u{FEFF}',
            '\u{2060}',
            '\u{2066}',
            '\u{E0041}',
        ] {
            assert_eq!(clean(&format!("BT{hidden}£1")), "BT£1", "{:?}", hidden);
        }
        assert_eq!(clean("one\u{2028}two\u{2029}three"), "one two three");
        assert_eq!(clean("two\nlines"), "two lines");
        assert_eq!(clean_lines("a\tb\n\u{1b}]52;c;eA==\u{7}c\r\n"), "a\tb\n]52;c;eA==c\n");
    }

    #[test]
    fn what_scripts_and_fluent_need_stays() {
        assert_eq!(clean("ক্\u{200d}ষ"), "ক্\u{200d}ষ");
        assert_eq!(clean("می\u{200c}خواهم"), "می\u{200c}خواهم");
        assert_eq!(clean("\u{2068}£15\u{2069}"), "\u{2068}£15\u{2069}");
        // A joiner at the edge of a word or between spaces hides nothing useful.
        assert_eq!(clean("\u{200d}BT \u{200c} Basic\u{200d}"), "BT  Basic");
        assert_eq!(clean("Llŷr £15 “quoted”"), "Llŷr £15 “quoted”");
    }
}
