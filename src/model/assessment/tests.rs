//! Unit tests of `assessment`.

use super::*;

#[test]
fn iso_dates() {
    for ok in ["2026-02-26", "2024-02-29", "2000-02-29", "1999-12-31"] {
        assert!(is_iso_date(ok), "{ok}");
    }
    for bad in [
        "2026-2-26",
        "2026-02-30",
        "1900-02-29",
        "26/02/2026",
        "2026-13-01",
        "２０２６-02-01",
    ] {
        assert!(!is_iso_date(bad), "{bad}");
    }
}

#[test]
fn round_trips_through_ron() {
    let mut a = Assessment {
        framework: FrameworkRef {
            id: "tpd-ict".into(),
            version: "1.0.0".into(),
        },
        label: "Honduras — baseline 2026".into(),
        country: Some("Honduras".into()),
        participants: vec!["Ana".into(), "Luis \"Lucho\"".into()],
        date: Some("2026-02-26".into()),
        scope: Some(vec!["ict".into(), "partnerships".into(), "support".into()]),
        ..Default::default()
    };
    a.answers.insert(
        "ict-access".into(),
        Answer {
            level: Some(3),
            note: Some("evidence, \"quoted\"\nsecond line, ñ 📶".into()),
            ..Default::default()
        },
    );
    a.answers.insert(
        "ict-devices".into(),
        Answer {
            not_applicable: true,
            ..Default::default()
        },
    );
    a.targets.insert("ict".into(), 3.5);
    a.actions.push(Action {
        pillar: "ict".into(),
        question: Some("ict-access".into()),
        text: "Zero-rate the platform".into(),
        owner: Some("DT".into()),
        due: Some("2027-06-30".into()),
        status: ActionStatus::InProgress,
    });
    let text = a.to_ron().expect("serializes");
    let back = Assessment::parse_ron(&text, "mem")
        .expect("parses")
        .assessment;
    assert_eq!(back, a);
}
