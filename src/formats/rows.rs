//! Output tables as serde row structs: a table's columns are the fields of its row struct, in
//! order, so the header and the cells can never drift apart. [`RowWriter`] writes the header
//! from the struct's field names and each row's fields as typed cells into any [`Sink`] (CSV
//! or a workbook sheet), one cell at a time, without copying the text.
//!
//! Field types: text (`&str`, `String`), whole numbers, `Option` of either (blank when none),
//! [`Fixed2`] for a number with two decimals, [`Date`] for a date.
//!
//! Over 400 lines because serde asks a serializer for ~30 methods, most of them refusals;
//! splitting them would scatter one small idea.

use serde::Serialize;
use serde::ser::{self, Impossible};

use crate::formats::sheet::{Cell, Sink, WriteError};

/// A number written with two decimals (blank when none); a number cell in a workbook.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Fixed2(pub Option<f64>);

/// A date: ISO 8601 becomes a date cell in a workbook; anything else stays text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Date<'a>(pub &'a str);

const FIXED2: &str = "pilares::Fixed2";
const DATE: &str = "pilares::Date";

impl Serialize for Fixed2 {
    fn serialize<S: ser::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_newtype_struct(FIXED2, &self.0)
    }
}

impl Serialize for Date<'_> {
    fn serialize<S: ser::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_newtype_struct(DATE, self.0)
    }
}

/// The column names of row struct `T`: its fields, in order.
pub fn header<T: Serialize + Default>() -> Vec<&'static str> {
    let mut names = Names(Vec::new());
    // Collecting names fails only for a `T` that is not a struct, which no table is.
    let _ = T::default().serialize(&mut names);
    names.0
}

/// Writes rows of one struct type `T` into a sink: the header at once, then each row.
pub struct RowWriter<'s> {
    sink: &'s mut dyn Sink,
    /// How many of the struct's fields are columns (the first ones): a table may leave its
    /// optional last columns out.
    columns: usize,
}

impl<'s> RowWriter<'s> {
    /// Writes the header of `T`'s first `columns` fields (all when `None`).
    pub fn new<T: Serialize + Default>(
        sink: &'s mut dyn Sink,
        columns: Option<usize>,
    ) -> Result<Self, WriteError> {
        let mut names = Names(Vec::new());
        T::default().serialize(&mut names)?;
        let columns = columns.map_or(names.0.len(), |c| c.min(names.0.len()));
        sink.header(&names.0[..columns])?;
        Ok(Self { sink, columns })
    }

    /// Writes one row.
    pub fn row<T: Serialize>(&mut self, row: &T) -> Result<(), WriteError> {
        row.serialize(&mut Cells {
            sink: self.sink,
            left: self.columns,
        })?;
        self.sink.end_row()
    }
}

impl ser::Error for WriteError {
    fn custom<M: std::fmt::Display>(msg: M) -> Self {
        Self::Row(msg.to_string())
    }
}

fn unsupported(what: &str) -> WriteError {
    WriteError::Row(format!("a table cell cannot hold {what}"))
}

/// Collects a row struct's field names.
struct Names(Vec<&'static str>);

/// Writes a row struct's fields as cells, at most `left` of them.
struct Cells<'a> {
    sink: &'a mut dyn Sink,
    left: usize,
}

/// One field's value as one cell.
struct Value<'a>(&'a mut dyn Sink);

/// Every serializer method a row or a cell does not take: refused.
macro_rules! refused {
    () => {
        type Ok = ();
        type Error = WriteError;
        type SerializeSeq = Impossible<(), WriteError>;
        type SerializeTuple = Impossible<(), WriteError>;
        type SerializeTupleStruct = Impossible<(), WriteError>;
        type SerializeTupleVariant = Impossible<(), WriteError>;
        type SerializeMap = Impossible<(), WriteError>;
        type SerializeStructVariant = Impossible<(), WriteError>;
        fn serialize_bool(self, _: bool) -> Result<(), WriteError> {
            Err(unsupported("a lone value"))
        }
        fn serialize_i8(self, _: i8) -> Result<(), WriteError> {
            Err(unsupported("a lone value"))
        }
        fn serialize_i16(self, _: i16) -> Result<(), WriteError> {
            Err(unsupported("a lone value"))
        }
        fn serialize_i32(self, _: i32) -> Result<(), WriteError> {
            Err(unsupported("a lone value"))
        }
        fn serialize_i64(self, _: i64) -> Result<(), WriteError> {
            Err(unsupported("a lone value"))
        }
        fn serialize_u8(self, _: u8) -> Result<(), WriteError> {
            Err(unsupported("a lone value"))
        }
        fn serialize_u16(self, _: u16) -> Result<(), WriteError> {
            Err(unsupported("a lone value"))
        }
        fn serialize_u32(self, _: u32) -> Result<(), WriteError> {
            Err(unsupported("a lone value"))
        }
        fn serialize_u64(self, _: u64) -> Result<(), WriteError> {
            Err(unsupported("a lone value"))
        }
        fn serialize_f32(self, _: f32) -> Result<(), WriteError> {
            Err(unsupported("a lone value"))
        }
        fn serialize_char(self, _: char) -> Result<(), WriteError> {
            Err(unsupported("a lone value"))
        }
        fn serialize_bytes(self, _: &[u8]) -> Result<(), WriteError> {
            Err(unsupported("bytes"))
        }
        fn serialize_unit(self) -> Result<(), WriteError> {
            Err(unsupported("a unit"))
        }
        fn serialize_unit_struct(self, _: &'static str) -> Result<(), WriteError> {
            Err(unsupported("a unit"))
        }
        fn serialize_unit_variant(
            self,
            _: &'static str,
            _: u32,
            _: &'static str,
        ) -> Result<(), WriteError> {
            Err(unsupported("an enum"))
        }
        fn serialize_newtype_struct<T: ?Sized + Serialize>(
            self,
            _: &'static str,
            _: &T,
        ) -> Result<(), WriteError> {
            Err(unsupported("a lone value"))
        }
        fn serialize_newtype_variant<T: ?Sized + Serialize>(
            self,
            _: &'static str,
            _: u32,
            _: &'static str,
            _: &T,
        ) -> Result<(), WriteError> {
            Err(unsupported("an enum"))
        }
        fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, WriteError> {
            Err(unsupported("a list"))
        }
        fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, WriteError> {
            Err(unsupported("a tuple"))
        }
        fn serialize_tuple_struct(
            self,
            _: &'static str,
            _: usize,
        ) -> Result<Self::SerializeTupleStruct, WriteError> {
            Err(unsupported("a tuple"))
        }
        fn serialize_tuple_variant(
            self,
            _: &'static str,
            _: u32,
            _: &'static str,
            _: usize,
        ) -> Result<Self::SerializeTupleVariant, WriteError> {
            Err(unsupported("an enum"))
        }
        fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, WriteError> {
            Err(unsupported("a map"))
        }
        fn serialize_struct_variant(
            self,
            _: &'static str,
            _: u32,
            _: &'static str,
            _: usize,
        ) -> Result<Self::SerializeStructVariant, WriteError> {
            Err(unsupported("an enum"))
        }
    };
}

/// A struct serializer that takes nothing but a struct.
macro_rules! not_a_row {
    () => {
        refused!();
        fn serialize_f64(self, _: f64) -> Result<(), WriteError> {
            Err(unsupported("a lone value"))
        }
        fn serialize_str(self, _: &str) -> Result<(), WriteError> {
            Err(unsupported("a lone value"))
        }
        fn serialize_none(self) -> Result<(), WriteError> {
            Err(unsupported("a lone value"))
        }
        fn serialize_some<T: ?Sized + Serialize>(self, _: &T) -> Result<(), WriteError> {
            Err(unsupported("a lone value"))
        }
    };
}

impl ser::Serializer for &mut Names {
    type SerializeStruct = Self;
    not_a_row!();
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self, WriteError> {
        Ok(self)
    }
}

impl ser::SerializeStruct for &mut Names {
    type Ok = ();
    type Error = WriteError;
    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        _: &T,
    ) -> Result<(), WriteError> {
        self.0.push(key);
        Ok(())
    }
    fn end(self) -> Result<(), WriteError> {
        Ok(())
    }
}

impl<'a> ser::Serializer for &mut Cells<'a> {
    type SerializeStruct = Self;
    not_a_row!();
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self, WriteError> {
        Ok(self)
    }
}

impl ser::SerializeStruct for &mut Cells<'_> {
    type Ok = ();
    type Error = WriteError;
    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        _: &'static str,
        value: &T,
    ) -> Result<(), WriteError> {
        if self.left == 0 {
            return Ok(());
        }
        self.left -= 1;
        value.serialize(Value(&mut *self.sink))
    }
    fn end(self) -> Result<(), WriteError> {
        Ok(())
    }
}

impl ser::Serializer for Value<'_> {
    type Ok = ();
    type Error = WriteError;
    type SerializeSeq = Impossible<(), WriteError>;
    type SerializeTuple = Impossible<(), WriteError>;
    type SerializeTupleStruct = Impossible<(), WriteError>;
    type SerializeTupleVariant = Impossible<(), WriteError>;
    type SerializeMap = Impossible<(), WriteError>;
    type SerializeStruct = Impossible<(), WriteError>;
    type SerializeStructVariant = Impossible<(), WriteError>;

    fn serialize_bool(self, v: bool) -> Result<(), WriteError> {
        self.0.cell(Cell::Text(if v { "true" } else { "false" }))
    }
    fn serialize_i8(self, v: i8) -> Result<(), WriteError> {
        self.serialize_i64(v.into())
    }
    fn serialize_i16(self, v: i16) -> Result<(), WriteError> {
        self.serialize_i64(v.into())
    }
    fn serialize_i32(self, v: i32) -> Result<(), WriteError> {
        self.serialize_i64(v.into())
    }
    fn serialize_i64(self, v: i64) -> Result<(), WriteError> {
        self.0.cell(Cell::Int(v))
    }
    fn serialize_u8(self, v: u8) -> Result<(), WriteError> {
        self.serialize_i64(v.into())
    }
    fn serialize_u16(self, v: u16) -> Result<(), WriteError> {
        self.serialize_i64(v.into())
    }
    fn serialize_u32(self, v: u32) -> Result<(), WriteError> {
        self.serialize_i64(v.into())
    }
    fn serialize_u64(self, v: u64) -> Result<(), WriteError> {
        self.serialize_i64(i64::try_from(v).unwrap_or(i64::MAX))
    }
    fn serialize_f32(self, v: f32) -> Result<(), WriteError> {
        self.serialize_f64(v.into())
    }
    fn serialize_f64(self, v: f64) -> Result<(), WriteError> {
        self.0.cell(Cell::Fixed2(Some(v)))
    }
    fn serialize_char(self, v: char) -> Result<(), WriteError> {
        self.0.cell(Cell::Text(v.encode_utf8(&mut [0; 4])))
    }
    fn serialize_str(self, v: &str) -> Result<(), WriteError> {
        self.0.cell(Cell::Text(v))
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), WriteError> {
        Err(unsupported("bytes"))
    }
    fn serialize_none(self) -> Result<(), WriteError> {
        self.0.cell(Cell::Text(""))
    }
    fn serialize_some<T: ?Sized + Serialize>(self, v: &T) -> Result<(), WriteError> {
        v.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), WriteError> {
        self.0.cell(Cell::Text(""))
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), WriteError> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), WriteError> {
        self.0.cell(Cell::Text(variant))
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        name: &'static str,
        v: &T,
    ) -> Result<(), WriteError> {
        match name {
            FIXED2 => v.serialize(Fixed2Value(self.0)),
            DATE => v.serialize(DateValue(self.0)),
            _ => v.serialize(self),
        }
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), WriteError> {
        Err(unsupported("an enum with data"))
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, WriteError> {
        Err(unsupported("a list"))
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, WriteError> {
        Err(unsupported("a tuple"))
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, WriteError> {
        Err(unsupported("a tuple"))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, WriteError> {
        Err(unsupported("an enum with data"))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, WriteError> {
        Err(unsupported("a map"))
    }
    fn serialize_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStruct, WriteError> {
        Err(unsupported("a struct"))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, WriteError> {
        Err(unsupported("an enum with data"))
    }
}

/// The inside of a [`Fixed2`]: `Option<f64>`.
struct Fixed2Value<'a>(&'a mut dyn Sink);
/// The inside of a [`Date`]: `&str`.
struct DateValue<'a>(&'a mut dyn Sink);

impl ser::Serializer for Fixed2Value<'_> {
    type SerializeStruct = Impossible<(), WriteError>;
    refused!();
    fn serialize_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStruct, WriteError> {
        Err(unsupported("a struct"))
    }
    fn serialize_none(self) -> Result<(), WriteError> {
        self.0.cell(Cell::Fixed2(None))
    }
    fn serialize_some<T: ?Sized + Serialize>(self, v: &T) -> Result<(), WriteError> {
        v.serialize(self)
    }
    fn serialize_f64(self, v: f64) -> Result<(), WriteError> {
        self.0.cell(Cell::Fixed2(Some(v)))
    }
    fn serialize_str(self, _: &str) -> Result<(), WriteError> {
        Err(unsupported("text as a number"))
    }
}

impl ser::Serializer for DateValue<'_> {
    type SerializeStruct = Impossible<(), WriteError>;
    refused!();
    fn serialize_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStruct, WriteError> {
        Err(unsupported("a struct"))
    }
    fn serialize_none(self) -> Result<(), WriteError> {
        self.0.cell(Cell::Date(""))
    }
    fn serialize_some<T: ?Sized + Serialize>(self, v: &T) -> Result<(), WriteError> {
        v.serialize(self)
    }
    fn serialize_f64(self, _: f64) -> Result<(), WriteError> {
        Err(unsupported("a number as a date"))
    }
    fn serialize_str(self, v: &str) -> Result<(), WriteError> {
        self.0.cell(Cell::Date(v))
    }
}
