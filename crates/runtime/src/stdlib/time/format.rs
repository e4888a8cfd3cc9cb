//! `strftime` (glibc's conversions in the C locale), `strptime` (the common directives
//! of CPython's `_strptime`, with its messages) and `asctime`'s layout.

use super::calendar::{days_from_civil, is_leap, wday, yday, Tm, DAYS, MONTHS};

/// `asctime`: "Sun Sep  9 01:46:40 2001".
pub(crate) fn asctime(tm: &Tm) -> String {
    format!(
        "{} {}{:>3} {:02}:{:02}:{:02} {}",
        &DAYS[tm.wday.rem_euclid(7) as usize][..3],
        &MONTHS[(tm.mon - 1).clamp(0, 11) as usize][..3],
        tm.mday,
        tm.hour,
        tm.min,
        tm.sec,
        tm.year
    )
}

/// ISO 8601 week-numbering year and week of a broken-down time.
fn iso_week(tm: &Tm) -> (i64, i64) {
    let wd = tm.wday.rem_euclid(7); // 0 = Monday
    let yd = tm.yday - 1;
    let week = (yd - wd + 10) / 7;
    if week < 1 {
        let py = tm.year - 1;
        let pdays = if is_leap(py) { 366 } else { 365 };
        let pweek = (yd + pdays - wd + 10) / 7;
        return (py, pweek);
    }
    let days = if is_leap(tm.year) { 366 } else { 365 };
    if week == 53 && yd - wd + 3 >= days {
        return (tm.year + 1, 1);
    }
    (tm.year, week)
}

fn num(out: &mut String, v: i64, width: usize, pad: char, flag: Option<char>) {
    let s = v.abs().to_string();
    if v < 0 {
        out.push('-');
    }
    match flag {
        Some('-') => {}
        Some('_') => out.extend(std::iter::repeat_n(' ', width.saturating_sub(s.len()))),
        Some('0') => out.extend(std::iter::repeat_n('0', width.saturating_sub(s.len()))),
        _ => out.extend(std::iter::repeat_n(pad, width.saturating_sub(s.len()))),
    }
    out.push_str(&s);
}

/// `strftime(format, tm)`; `local_zone` names the zone of a tuple without `tm_zone`.
pub(crate) fn strftime(format: &str, tm: &Tm, local_zone: &str) -> String {
    let mut out = String::with_capacity(format.len() * 2);
    let mut chars = format.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let flag = match chars.peek() {
            Some(&f @ ('-' | '_' | '0')) => {
                chars.next();
                Some(f)
            }
            _ => None,
        };
        let Some(d) = chars.next() else {
            out.push('%');
            break;
        };
        directive(&mut out, d, flag, tm, local_zone);
    }
    out
}

fn directive(out: &mut String, d: char, flag: Option<char>, tm: &Tm, local_zone: &str) {
    let wd = tm.wday.rem_euclid(7) as usize;
    let mon = (tm.mon - 1).clamp(0, 11) as usize;
    let hour12 = if tm.hour % 12 == 0 { 12 } else { tm.hour % 12 };
    let sunday_wday = (tm.wday + 1).rem_euclid(7);
    match d {
        'a' => out.push_str(&DAYS[wd][..3]),
        'A' => out.push_str(DAYS[wd]),
        'b' | 'h' => out.push_str(&MONTHS[mon][..3]),
        'B' => out.push_str(MONTHS[mon]),
        'c' => {
            let s = strftime("%a %b %e %H:%M:%S %Y", tm, local_zone);
            out.push_str(&s);
        }
        'C' => num(out, tm.year.div_euclid(100), 2, '0', flag),
        'd' => num(out, tm.mday, 2, '0', flag),
        'D' | 'x' => out.push_str(&strftime("%m/%d/%y", tm, local_zone)),
        'e' => num(out, tm.mday, 2, ' ', flag),
        'F' => out.push_str(&strftime("%Y-%m-%d", tm, local_zone)),
        'g' => num(out, iso_week(tm).0.rem_euclid(100), 2, '0', flag),
        'G' => num(out, iso_week(tm).0, 1, '0', flag),
        'H' => num(out, tm.hour, 2, '0', flag),
        'I' => num(out, hour12, 2, '0', flag),
        'j' => num(out, tm.yday, 3, '0', flag),
        'k' => num(out, tm.hour, 2, ' ', flag),
        'l' => num(out, hour12, 2, ' ', flag),
        'm' => num(out, tm.mon, 2, '0', flag),
        'M' => num(out, tm.min, 2, '0', flag),
        'n' => out.push('\n'),
        'p' => out.push_str(if tm.hour < 12 { "AM" } else { "PM" }),
        'P' => out.push_str(if tm.hour < 12 { "am" } else { "pm" }),
        'r' => out.push_str(&strftime("%I:%M:%S %p", tm, local_zone)),
        'R' => out.push_str(&strftime("%H:%M", tm, local_zone)),
        's' => {
            let secs = super::calendar::to_seconds(tm).unwrap_or(0) - tm.gmtoff;
            out.push_str(&secs.to_string());
        }
        'S' => num(out, tm.sec, 2, '0', flag),
        't' => out.push('\t'),
        'T' | 'X' => out.push_str(&strftime("%H:%M:%S", tm, local_zone)),
        'u' => num(out, wd as i64 + 1, 1, '0', flag),
        'U' => num(out, (tm.yday - 1 + 7 - sunday_wday) / 7, 2, '0', flag),
        'V' => num(out, iso_week(tm).1, 2, '0', flag),
        'w' => num(out, sunday_wday, 1, '0', flag),
        'W' => num(out, (tm.yday - 1 + 7 - wd as i64) / 7, 2, '0', flag),
        'y' => num(out, tm.year.rem_euclid(100), 2, '0', flag),
        'Y' => num(out, tm.year, 1, '0', flag),
        'z' => {
            let off = tm.gmtoff;
            out.push(if off < 0 { '-' } else { '+' });
            let off = off.abs();
            out.push_str(&format!("{:02}{:02}", off / 3600, off % 3600 / 60));
        }
        'Z' => out.push_str(tm.zone.as_deref().unwrap_or(local_zone)),
        '%' => out.push('%'),
        other => {
            // glibc leaves an unknown conversion as it was written.
            out.push('%');
            if let Some(f) = flag {
                out.push(f);
            }
            out.push(other);
        }
    }
}

/// Why `strptime` refused its input.
pub(crate) enum StrptimeError {
    NoMatch,
    Unconverted(String),
    BadDirective(char),
    Value(String),
}

/// `strptime(text, format)`: the broken-down time (defaults 1900-01-01 00:00:00) and
/// the fraction of a second (`%f`).
pub(crate) fn strptime(text: &str, format: &str) -> Result<Tm, StrptimeError> {
    let t: Vec<char> = text.chars().collect();
    let mut i = 0;
    let (mut year, mut mon, mut mday, mut hour, mut min, mut sec) = (1900, 1, 1, 0, 0, 0);
    let (mut yd, mut wd): (Option<i64>, Option<i64>) = (None, None);
    let (mut pm, mut hour12): (Option<bool>, Option<i64>) = (None, None);
    let mut gmtoff: Option<i64> = None;
    let mut zone: Option<String> = None;
    let mut f = format.chars().peekable();
    while let Some(c) = f.next() {
        if c.is_whitespace() {
            while f.peek().is_some_and(|c| c.is_whitespace()) {
                f.next();
            }
            if !t.get(i).is_some_and(|c| c.is_whitespace()) {
                return Err(StrptimeError::NoMatch);
            }
            while t.get(i).is_some_and(|c| c.is_whitespace()) {
                i += 1;
            }
            continue;
        }
        if c != '%' {
            if !t
                .get(i)
                .is_some_and(|x| x.to_lowercase().eq(c.to_lowercase()))
            {
                return Err(StrptimeError::NoMatch);
            }
            i += 1;
            continue;
        }
        let Some(d) = f.next() else {
            return Err(StrptimeError::Value(
                "stray % in format '".to_string() + format + "'",
            ));
        };
        match d {
            'Y' => {
                let start = i;
                year = digits(&t, &mut i, 4, 0, 9999)?;
                if i - start != 4 {
                    return Err(StrptimeError::NoMatch);
                }
            }
            'y' => {
                let v = digits(&t, &mut i, 2, 0, 99)?;
                year = if v <= 68 { 2000 + v } else { 1900 + v };
            }
            'm' => mon = digits(&t, &mut i, 2, 1, 12)?,
            'd' => {
                if t.get(i) == Some(&' ') {
                    i += 1;
                }
                mday = digits(&t, &mut i, 2, 1, 31)?;
            }
            'H' => hour = digits(&t, &mut i, 2, 0, 23)?,
            'I' => hour12 = Some(digits(&t, &mut i, 2, 1, 12)?),
            'M' => min = digits(&t, &mut i, 2, 0, 59)?,
            'S' => sec = digits(&t, &mut i, 2, 0, 61)?,
            'j' => yd = Some(digits(&t, &mut i, 3, 1, 366)?),
            'f' => {
                digits(&t, &mut i, 6, 0, 999_999)?;
            }
            'w' => wd = Some((digits(&t, &mut i, 1, 0, 6)? + 6) % 7),
            'u' => wd = Some(digits(&t, &mut i, 1, 1, 7)? - 1),
            'b' | 'B' | 'h' => mon = name(&t, &mut i, &MONTHS)? as i64 + 1,
            'a' | 'A' => wd = Some(name(&t, &mut i, &DAYS)? as i64),
            'p' => {
                let rest: String = t[i.min(t.len())..].iter().take(2).collect();
                pm = match rest.to_ascii_lowercase().as_str() {
                    "am" => Some(false),
                    "pm" => Some(true),
                    _ => return Err(StrptimeError::NoMatch),
                };
                i += 2;
            }
            'z' => gmtoff = Some(utc_offset(&t, &mut i)?),
            'Z' => {
                let rest: String = t[i.min(t.len())..].iter().take(3).collect();
                match rest.to_ascii_uppercase().as_str() {
                    "UTC" | "GMT" => {
                        zone = Some(rest.clone());
                        i += 3;
                    }
                    _ => return Err(StrptimeError::NoMatch),
                }
            }
            '%' => {
                if t.get(i) != Some(&'%') {
                    return Err(StrptimeError::NoMatch);
                }
                i += 1;
            }
            other => return Err(StrptimeError::BadDirective(other)),
        }
    }
    if i < t.len() {
        return Err(StrptimeError::Unconverted(t[i..].iter().collect()));
    }
    if let Some(h) = hour12 {
        hour = match pm {
            Some(true) => h % 12 + 12,
            _ => h % 12,
        };
    }
    if let Some(day) = yd {
        let days = days_from_civil(year, 1, 1) + day - 1;
        let (_, m, d) = super::calendar::civil_from_days(days);
        mon = m;
        mday = d;
    }
    if mday > days_in_month(year, mon) {
        return Err(StrptimeError::Value("day is out of range for month".into()));
    }
    let days = days_from_civil(year, mon, mday);
    Ok(Tm {
        year,
        mon,
        mday,
        hour,
        min,
        sec,
        wday: wd.unwrap_or_else(|| wday(days)),
        yday: yday(year, mon, mday),
        isdst: if zone.is_some() { 0 } else { -1 },
        zone,
        gmtoff: gmtoff.unwrap_or(0),
    })
}

/// Up to `max` digits at `i`, their value within `lo..=hi`.
fn digits(t: &[char], i: &mut usize, max: usize, lo: i64, hi: i64) -> Result<i64, StrptimeError> {
    let start = *i;
    let mut end = start;
    while end - start < max && t.get(end).is_some_and(char::is_ascii_digit) {
        end += 1;
    }
    // Like the regex alternatives `_strptime` tries: the longest run in range.
    while end > start {
        let s: String = t[start..end].iter().collect();
        if let Ok(v) = s.parse::<i64>() {
            if (lo..=hi).contains(&v) {
                *i = end;
                return Ok(v);
            }
        }
        end -= 1;
    }
    Err(StrptimeError::NoMatch)
}

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// A day or month name, full or abbreviated, any case: its index.
fn name(t: &[char], i: &mut usize, names: &[&str]) -> Result<usize, StrptimeError> {
    let rest: String = t[(*i).min(t.len())..]
        .iter()
        .collect::<String>()
        .to_lowercase();
    for (k, full) in names.iter().enumerate() {
        let full = full.to_lowercase();
        if rest.starts_with(&full) {
            *i += full.chars().count();
            return Ok(k);
        }
    }
    for (k, full) in names.iter().enumerate() {
        if rest.starts_with(&full[..3].to_lowercase()) {
            *i += 3;
            return Ok(k);
        }
    }
    Err(StrptimeError::NoMatch)
}

/// `%z`: `Z`, or `+HHMM` / `+HH:MM` (seconds optional): the offset in seconds.
fn utc_offset(t: &[char], i: &mut usize) -> Result<i64, StrptimeError> {
    if t.get(*i) == Some(&'Z') {
        *i += 1;
        return Ok(0);
    }
    let sign = match t.get(*i) {
        Some('+') => 1,
        Some('-') => -1,
        _ => return Err(StrptimeError::NoMatch),
    };
    *i += 1;
    let mut parts = Vec::new();
    for k in 0..3 {
        if k > 0 && t.get(*i) == Some(&':') {
            *i += 1;
        }
        let two: String = t[(*i).min(t.len())..].iter().take(2).collect();
        if two.len() == 2 && two.bytes().all(|b| b.is_ascii_digit()) {
            parts.push(two.parse::<i64>().unwrap_or(0));
            *i += 2;
        } else if k < 2 {
            return Err(StrptimeError::NoMatch);
        } else {
            break;
        }
    }
    let secs = parts[0] * 3600 + parts[1] * 60 + parts.get(2).copied().unwrap_or(0);
    Ok(sign * secs)
}
