//! The date where the user is. Read at the edge (the command line's start, the app's frame) and
//! passed in, so everything else can be tested on a fixed day.

use jiff::Timestamp;
use jiff::tz::TimeZone;

/// Today's date (`YYYY-MM-DD`) in the computer's time zone: in Honduras at 19:00 it is still
/// today there, though it is tomorrow in UTC.
pub fn today() -> String {
    date_in(Timestamp::now(), &TimeZone::system())
}

/// The calendar date of `instant` in `zone`.
pub fn date_in(instant: Timestamp, zone: &TimeZone) -> String {
    instant.to_zoned(zone.clone()).date().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_date_is_the_local_one() {
        let instant: Timestamp = "2026-11-24T00:30:00Z".parse().expect("instant");
        let honduras = TimeZone::fixed(jiff::tz::offset(-6));
        assert_eq!(date_in(instant, &honduras), "2026-11-23");
        assert_eq!(date_in(instant, &TimeZone::UTC), "2026-11-24");
        let leap: Timestamp = "2024-02-29T12:00:00Z".parse().expect("instant");
        assert_eq!(date_in(leap, &TimeZone::UTC), "2024-02-29");
    }
}
