# strftime (C locale directives, %f %z %Z) and strptime (directives, backtracking, errors)
import datetime as D
for a in [(1,'%Y'), ('1','%Q'), ('1', '1%'), ('2020', 5), ('Feb 29', '%b %d'), ('2020 12', '%Y%m'), ('  2020', ' %Y'), ('2020-01-01 +0530', '%Y-%m-%d %z'), ('2020-01-01 Z', '%Y-%m-%d %z'), ('10 pm', '%I %p'), ('1.5', '%S.%f'), ('2020 100', '%Y %j'), ('UTC', '%Z'), ('2020 5 1', '%Y %U %w'), ('1%', '%d%%'), ('2020-01-01T10:00:00+05:30:15.5', '%Y-%m-%dT%H:%M:%S%z'), ('Monday', '%A'), ('t', '%E'), ('69', '%y'), ('68', '%y'), ('12', '%m%d'), ('2024-01-02 03:04:05', '%Y-%m-%d %H:%M:%S'), ('Tue Jan  2 03:04:05 2024', '%c'), ('2024 W01 3', '%G W%V %u'), ('2021 0 0', '%Y %W %w'), ('2021 0 0', '%Y %U %w'), ('12 AM', '%I %p'), ('12 PM', '%I %p'), ('march 3', '%B %d'), ('x', '%d'), ('20201', '%Y%m%d'), ('2020-13-01', '%Y-%m-%d'), ('12:60', '%H:%M'), ('1:1:61', '%H:%M:%S'), ('+05:30 UTC', '%z %Z')]:
  try: print(repr(D.datetime.strptime(*a)))
  except Exception as e: print(type(e).__name__, e)
d=D.datetime(5,1,2,3,4,5,6)
print(repr(d.strftime('%Y|%G|%c|%x|%X|%e|%k|%l|%C|%D|%F|%g|%h|%n|%r|%R|%t|%T|%u|%U|%V|%w|%W|%y|%j|%I|%p|%Q|%E|%Oy|%P|%+|%')))
print(repr(D.time(1,2).strftime('%Y %c %j %f %z %Z')))
for y in range(2019, 2027):
    for md in [(1,1),(1,7),(12,31),(6,15)]:
        x = D.datetime(y, *md, 13, 5, tzinfo=D.timezone(D.timedelta(hours=-3, seconds=-7), 'ABC'))
        print(x.strftime('%a %A %b %B %U %W %V %G %j %w %u %I %p %z %Z %%'), format(x, '%d/%m'), f'{x.date():%Y}', format(x, ''))
for y in (1, 5, 50, 100, 999, 1000, 1999, 9999):
    print(D.date(y, 1, 5).strftime('%C|%G|%Y|%y|%g|%F|%j|%U|%W|%V'))
print(D.date(2020, 1, 1).strftime(''), D.time(5).strftime('%H%%%M'), D.date(2020, 3, 4).strftime('%H:%M:%S %f %z|%Z'))
try:
    D.date(2020, 1, 1).strftime(5)
except TypeError as e:
    print(e)
for f in ['%Y-%m-%dT%H:%M:%S.%f%z', '%d/%m/%y %I:%M %p', '%A %d %B %Y', '%a %b %d %H:%M:%S %Y', '%j/%Y']:
    x = D.datetime(2023, 7, 9, 21, 3, 7, 120000, tzinfo=D.timezone(D.timedelta(hours=2)))
    s = x.strftime(f)
    print(s, repr(D.datetime.strptime(s, f)))
for a in [('2023-07-09', '%Y-%m-%d %H'), ('2023', '%Y '), ('2023 ', '%Y'), ('  2023', '%Y'), ('MAR', '%b'),
          ('Thu', '%a'), ('thursday', '%a'), ('31', '%d'), ('32', '%d'), (' 3', '%d'), ('123456789', '%f'),
          ('1234567', '%f'), ('60', '%S'), ('1 2', '%H%M'), ('366', '%j'), ('2021 366', '%Y %j'), ('0', '%j'),
          ('+05:30:60', '%z'), ('-0000', '%z'), ('+5', '%z'), ('10', '%%d'), ('x%d', 'x%%d'),
          ('2024 52 6', '%Y %W %w'), ('2024 00 0', '%Y %U %w'), ('2020 53 7', '%G %V %u'),
          ('2020 1', '%G %V'), ('1 pm', '%H %p')]:
    try:
        print(a, repr(D.datetime.strptime(*a)))
    except Exception as e:
        print(a, type(e).__name__, e)
for a in [('2020 1 1', '%G %V %u'), ('2020 1 1 1', '%G %V %u %j'), ('1 1', '%V %u'), ('2020 1 1', '%Y %V %u'), ('1', '%V')]:
    try:
        print(a, repr(D.datetime.strptime(*a)))
    except Exception as e:
        print(a, type(e).__name__, e)
for y in (2018, 2019, 2020, 2021, 2022, 2023, 2024):
    for w in (0, 1, 2, 52, 53):
        for wd in (0, 1, 6):
            for f in ('%Y %U %w', '%Y %W %w'):
                s = '%d %d %d' % (y, w, wd)
                print(s, f, D.datetime.strptime(s, f).date(), end='; ')
    print()
for a in [('+0100 Utc', '%z %Z'), ('-0000 gMt', '%z %Z'), ('10 Pm', '%I %p'), ('JAN', '%b'), ('fRiDaY 3', '%A %d')]:
    print(a, repr(D.datetime.strptime(*a)))
