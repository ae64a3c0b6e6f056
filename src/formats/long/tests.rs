//! Unit tests of `long`.

use super::write::LongRow;
use super::*;

#[test]
fn the_row_struct_has_the_columns_of_the_spec() {
    let header = crate::formats::rows::header::<LongRow>();
    assert_eq!(header[..LONG_HEADER.len()], LONG_HEADER);
    assert_eq!(header[LONG_HEADER.len()..], [SCOPE_COLUMN, RATER_COLUMN]);
}
