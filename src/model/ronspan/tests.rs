//! Unit tests of `ronspan`.

use super::*;

const DOC: &str = r##"#![enable(implicit_some)]
// a comment
Doc(
    id: "x", /* block /* nested */ */
    items: [
        (id: "a", weight: 1.0),
        (id: "b", weight: Some(-2.5e-3), extra: r#"raw "quoted""#),
    ],
    texts: {"en": "Hello, (world)", 'c': "é"},
    levels: {1: {"en": "one"}, 2: {"en": "two"}},
    pair: (1, Planned),
)
"##;

#[test]
fn locates_fields_items_and_keys() {
    let root = scan(DOC).expect("scans");
    assert_eq!(root.locate(&[]), (3, 1));
    assert_eq!(root.locate(&[Seg::Field("id")]), (4, 5));
    assert_eq!(root.locate(&[Seg::Field("items"), Seg::Index(1)]), (7, 9));
    assert_eq!(
        root.locate(&[Seg::Field("items"), Seg::Index(1), Seg::Field("weight")]),
        (7, 19)
    );
    assert_eq!(
        root.locate(&[Seg::Field("texts"), Seg::Key("en".into())]),
        (9, 13)
    );
    assert_eq!(
        root.locate(&[Seg::Field("levels"), Seg::Key("2".into())]),
        (10, 32)
    );
    // A missing tail stops at the deepest item that exists.
    assert_eq!(
        root.locate(&[Seg::Field("items"), Seg::Index(7), Seg::Field("weight")]),
        (5, 5)
    );
}

#[test]
fn finds_every_unknown_field() {
    static ITEM: Shape = Shape::Struct(&[("id", &Shape::Leaf), ("weight", &Shape::Leaf)]);
    static ITEMS: Shape = Shape::List(&ITEM);
    static DOC_SHAPE: Shape = Shape::Struct(&[
        ("id", &Shape::Leaf),
        ("items", &ITEMS),
        ("texts", &Shape::Leaf),
        ("levels", &Shape::Leaf),
    ]);
    let root = scan(DOC).expect("scans");
    let unknown = root.unknown_fields(&DOC_SHAPE);
    let names: Vec<_> = unknown.iter().map(|(p, n, _)| (*p, n.as_str())).collect();
    assert_eq!(names, vec![((7, 42), "extra"), ((11, 5), "pair")]);
}

#[test]
fn refuses_broken_and_too_deep_text() {
    assert!(scan("Doc(id: \"x\"").is_none());
    assert!(scan("[1, 2").is_none());
    let deep = "[".repeat(MAX_DEPTH + 5) + &"]".repeat(MAX_DEPTH + 5);
    assert!(scan(&deep).is_none());
    assert!(scan("").is_none());
}
