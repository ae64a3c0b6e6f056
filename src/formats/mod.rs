//! The formats users' files come in, read as the field writes them and written for the tools
//! the field uses: tables (CSV in any separator and encoding, `.xlsx`), what a cell means, the
//! long answers format, and the analysts' workbook.

pub mod cells;
pub mod long;
pub mod sheet;
pub mod table;
pub mod workbook;
