//! The formats users' files come in, read as the field writes them and written for the tools
//! the field uses: RON with the places of its fields, tables (CSV in any separator and
//! encoding, `.xlsx`), what a cell means, the long answers format, form-tool survey exports,
//! the score and plan tables, and the analysts' workbook.

pub mod cells;
pub mod guard;
pub mod inputs;
pub mod long;
pub mod plan;
pub mod rows;
pub mod scores;
pub mod sheet;
pub mod survey;
pub mod table;
pub mod texts;
pub mod workbook;
