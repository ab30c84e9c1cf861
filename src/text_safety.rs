//! Text safety (DESIGN section 7): what comes from a catalogue, a config or the network is
//! cleaned before it reaches a terminal or a handout.

/// Removes what must never reach a terminal or a handout from catalogue or network text:
/// C0 and C1 controls (escape sequences start with them) and bidi overrides (U+202A-U+202E).
/// Isolates and joiners (ZWJ, ZWNJ) stay.
pub fn clean(s: &str) -> String {
    // Almost all text is clean: a byte scan proves it without decoding. Controls are bytes below
    // 0x20 or 0x7F; C1 controls are C2 80..9F; U+202A..U+202E are E2 80 AA..AE.
    let b = s.as_bytes();
    let suspicious = b.iter().enumerate().any(|(i, &c)| {
        c < 0x20
            || c == 0x7F
            || (c == 0xC2 && b.get(i + 1).is_some_and(|n| (0x80..=0x9F).contains(n)))
            || (c == 0xE2 && b.get(i + 1) == Some(&0x80) && b.get(i + 2).is_some_and(|n| (0xAA..=0xAE).contains(n)))
    });
    if !suspicious {
        return s.to_string();
    }
    s.chars()
        .map(|c| if c == '\n' || c == '\t' { ' ' } else { c })
        .filter(|c| !c.is_control() && !('\u{202A}'..='\u{202E}').contains(c))
        .collect()
}
