//! The formula guard every table writer uses: a cell a spreadsheet would run as a formula is
//! written with a leading `'`, and read back exactly.

use std::borrow::Cow;

fn starts_dangerous(s: &str) -> bool {
    // Leading `'` are looked through (iteratively: a cell may hold any number of them).
    matches!(
        s.trim_start_matches('\'').as_bytes().first(),
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r')
    )
}

/// Guards a cell against being run as a formula by a spreadsheet: a cell that begins with
/// `=`, `+`, `-`, `@`, tab or carriage return gets a leading `'`. A cell that already begins
/// with `'` before such a character gets one more, so that [`unguard`] restores every cell
/// exactly.
pub fn guard(s: &str) -> Cow<'_, str> {
    if starts_dangerous(s) {
        Cow::Owned(format!("'{s}"))
    } else {
        Cow::Borrowed(s)
    }
}

/// The inverse of [`guard`].
pub fn unguard(s: &str) -> &str {
    match s.strip_prefix('\'') {
        Some(rest) if starts_dangerous(rest) => rest,
        _ => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guard_is_exactly_invertible() {
        for s in [
            "=SUM(A1)", "+1", "-1", "@x", "\tx", "\rx", "'=x", "''=x", "'plain", "plain", "",
            "it's", "'",
        ] {
            assert_eq!(unguard(&guard(s)), s, "{s:?}");
        }
        assert_eq!(guard("=1+1"), "'=1+1");
        assert_eq!(guard("-5"), "'-5");
        assert_eq!(guard("ok"), "ok");
    }
}
