//! Civil dates from Unix seconds and back (proleptic Gregorian, UTC), and the broken-down
//! time (`struct tm`) that `gmtime`, `mktime`, `asctime` and `strftime` share.

pub(crate) const DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
pub(crate) const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A broken-down time, in Python's conventions: `mon` 1-12, `wday` 0 = Monday, `yday`
/// 1-366.
#[derive(Clone, Debug)]
pub(crate) struct Tm {
    pub(crate) year: i64,
    pub(crate) mon: i64,
    pub(crate) mday: i64,
    pub(crate) hour: i64,
    pub(crate) min: i64,
    pub(crate) sec: i64,
    pub(crate) wday: i64,
    pub(crate) yday: i64,
    pub(crate) isdst: i64,
    /// `tm_zone` (None for a plain tuple, whose `%Z` is the local zone's name).
    pub(crate) zone: Option<String>,
    pub(crate) gmtoff: i64,
}

pub(crate) fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

/// Days from 1970-01-01 to `y-m-d` (Howard Hinnant's `days_from_civil`).
pub(crate) fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// `y-m-d` of a day count from 1970-01-01.
pub(crate) fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// Day of the year (1-366) of `y-m-d`.
pub(crate) fn yday(y: i64, m: i64, d: i64) -> i64 {
    days_from_civil(y, m, d) - days_from_civil(y, 1, 1) + 1
}

/// Weekday (0 = Monday) of a day count from 1970-01-01 (a Thursday).
pub(crate) fn wday(days: i64) -> i64 {
    (days + 3).rem_euclid(7)
}

/// The broken-down UTC time of Unix seconds.
pub(crate) fn from_seconds(secs: i64, zone: &str) -> Tm {
    let days = secs.div_euclid(86400);
    let rem = secs.rem_euclid(86400);
    let (year, mon, mday) = civil_from_days(days);
    Tm {
        year,
        mon,
        mday,
        hour: rem / 3600,
        min: rem % 3600 / 60,
        sec: rem % 60,
        wday: wday(days),
        yday: yday(year, mon, mday),
        isdst: 0,
        zone: Some(zone.to_string()),
        gmtoff: 0,
    }
}

/// Unix seconds of a broken-down UTC time; out-of-range fields carry over, as C's
/// `mktime` normalises them.
pub(crate) fn to_seconds(tm: &Tm) -> Option<i64> {
    let months = tm.year.checked_mul(12)?.checked_add(tm.mon - 1)?;
    let (y, m) = (months.div_euclid(12), months.rem_euclid(12) + 1);
    let days = days_from_civil(y, m, 1).checked_add(tm.mday - 1)?;
    days.checked_mul(86400)?
        .checked_add(tm.hour.checked_mul(3600)?)?
        .checked_add(tm.min.checked_mul(60)?)?
        .checked_add(tm.sec)
}
