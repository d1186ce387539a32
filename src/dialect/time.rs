//! RFC 3339 timestamps (`2020-08-04T08:28:27Z`) as milliseconds since the epoch. Hand-written:
//! the widget needs only this one conversion, and a date crate would cost the bundle far more.

/// Milliseconds since the epoch for `YYYY-MM-DDTHH:MM:SS[.fff](Z|±HH:MM)`, or `None`.
pub fn rfc3339_ms(text: &str) -> Option<f64> {
    let (date, time) = text.split_once(['T', 't', ' '])?;
    let mut ymd = date.splitn(3, '-').map(|p| p.parse::<i64>().ok());
    let (year, month, day) = (ymd.next()??, ymd.next()??, ymd.next()??);
    let zone_at = time.find(['Z', 'z', '+', '-'])?;
    let (clock, zone) = time.split_at(zone_at);
    let mut hms = clock.splitn(3, ':');
    let (hour, minute) = (hms.next()?.parse::<i64>().ok()?, hms.next()?.parse::<i64>().ok()?);
    // Whole seconds and milliseconds as integers: parsing an f64 would bring the float parser and
    // its tables (≈13 KB) into the bundle.
    let seconds_text = hms.next()?;
    let (whole, fraction) = seconds_text.split_once('.').unwrap_or((seconds_text, "0"));
    let seconds = whole.parse::<i64>().ok()?;
    let mut millis = 0;
    let mut scale = 100;
    for digit in fraction.bytes() {
        if !digit.is_ascii_digit() {
            return None;
        }
        millis += i64::from(digit - b'0') * scale;
        scale /= 10;
    }
    let offset_minutes = match zone {
        "Z" | "z" => 0,
        _ => {
            let sign = if zone.starts_with('-') { -1 } else { 1 };
            let (h, m) = zone[1..].split_once(':')?;
            sign * (h.parse::<i64>().ok()? * 60 + m.parse::<i64>().ok()?)
        }
    };
    let valid = (1..=12).contains(&month)
        && (1..=31).contains(&day)
        && hour < 24
        && minute < 60
        && (0..61).contains(&seconds)
        && !fraction.is_empty();
    if !valid {
        return None;
    }
    let minutes = days_from_civil(year, month, day) * 1440 + hour * 60 + minute - offset_minutes;
    Some(minutes as f64 * 60_000.0 + (seconds * 1000 + millis) as f64)
}

/// Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let day_of_year = (153 * ((month + 9) % 12) + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_utc_and_offsets() {
        assert_eq!(rfc3339_ms("1970-01-01T00:00:00Z"), Some(0.0));
        assert_eq!(rfc3339_ms("2020-08-04T08:28:27Z"), Some(1_596_529_707_000.0));
        assert_eq!(rfc3339_ms("2020-08-04T10:28:27+02:00"), Some(1_596_529_707_000.0));
        assert_eq!(rfc3339_ms("2020-08-04T08:28:27.5Z"), Some(1_596_529_707_500.0));
        assert_eq!(rfc3339_ms("2020-08-04T08:28:27.123456Z"), Some(1_596_529_707_123.0));
        assert_eq!(rfc3339_ms("2000-02-29T00:00:00Z"), Some(951_782_400_000.0));
        for bad in
            ["", "2020-13-01T00:00:00Z", "2020-08-04", "2020-08-04T08:28:27", "x-y-zT1:2:3Z", "2020-08-04T25:00:00Z"]
                .into_iter()
                .chain([
                    "2020-08-04T08:28:27.Z",
                    "2020-08-04T08:28:27.5xZ",
                    "2020-08-04T08:28:61Z",
                    "2020-08-04T08:28:-1Z",
                ])
        {
            assert_eq!(rfc3339_ms(bad), None, "{bad}");
        }
    }
}
