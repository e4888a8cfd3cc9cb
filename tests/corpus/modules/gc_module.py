import gc

print(gc.isenabled(), gc.get_threshold(), gc.get_debug(), gc.get_freeze_count())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.collect(), gc.collect(0), gc.collect(generation=1), gc.collect(2))
for bad in [3, -1]:
    try:
        gc.collect(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in ["x", 1.5, None]:
    try:
        gc.collect(bad)
    except TypeError as e:
        print(type(e).__name__, e)
gc.set_threshold(5)
print(gc.get_threshold())
gc.set_threshold(100, 20)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
for args in [(), (1, 2, 3, 4)]:
    try:
        gc.set_threshold(*args)
    except TypeError as e:
        print(type(e).__name__, e)
gc.set_debug(gc.DEBUG_STATS | gc.DEBUG_SAVEALL)
print(gc.get_debug())
gc.set_debug(0)
print(gc.DEBUG_LEAK, gc.DEBUG_SAVEALL, gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE)
print(gc.garbage, gc.callbacks)
print(len(gc.get_stats()), sorted(gc.get_stats()[0]))


class C:
    pass


for o in [1, "a", b"x", 1.5, None, True, 10**30, [], {}, {"a": 1}, {"a": []}, (),
          (1, 2), ([],), set(), frozenset(), bytearray(), range(3), C, C(), object(),
          lambda: 0, int, len]:
    print(type(o).__name__, gc.is_tracked(o))
print(gc.get_referents([1, 2], (3, 4), {5: 6}, 7, "s"))
print(gc.is_finalized(C()))
gc.freeze()
gc.unfreeze()
print(gc.get_freeze_count())
for f, args in [(gc.is_tracked, ()), (gc.is_tracked, (1, 2)), (gc.isenabled, (1,)),
                (gc.get_count, (1,))]:
    try:
        f(*args)
    except TypeError as e:
        print(type(e).__name__, e)
print(type(gc.get_count()).__name__, len(gc.get_count()))
print(sorted(n for n in dir(gc) if not n.startswith("_")))
print(type(gc.get_objects(-1)).__name__, type(gc.get_objects()).__name__)
for g in [3, -2]:
    try:
        gc.get_objects(g)
    except ValueError as e:
        print(type(e).__name__, e)
