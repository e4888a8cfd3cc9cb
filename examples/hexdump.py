"""Prints a file as `hexdump -C` does: offset, sixteen bytes in hex, and the printable
characters, with repeated lines folded into a `*`.

    minipy examples/hexdump.py FILE

The file is read in chunks with readinto() straight into one bytearray, and every line
is a memoryview slice of it: no bytes are copied until they are formatted.
"""
import sys

WIDTH = 16
CHUNK = 256 * WIDTH


def printable(line):
    return "".join(chr(b) if 32 <= b < 127 else "." for b in line)


def hex_column(line):
    cells = ["%02x " % b for b in line]
    if len(cells) > 8:
        cells[7] += " "
    return "".join(cells).ljust(3 * WIDTH + 1)


def fill(f, view):
    """Reads until `view` is full or the file ends; how many bytes it holds."""
    filled = 0
    while filled < len(view):
        n = f.readinto(view[filled:])
        if not n:
            break
        filled += n
    return filled


def dump(path, out):
    buffer = bytearray(CHUNK)
    view = memoryview(buffer)
    offset = 0
    previous = None
    folded = False
    with open(path, "rb") as f:
        while True:
            n = fill(f, view)
            for start in range(0, n, WIDTH):
                line = view[start:min(start + WIDTH, n)]
                if len(line) == WIDTH and line == previous:
                    if not folded:
                        out.write("*\n")
                        folded = True
                else:
                    out.write("%08x  %s |%s|\n" % (offset, hex_column(line), printable(line)))
                    folded = False
                    previous = bytes(line)
                offset += len(line)
            if n < CHUNK:
                break
    if offset:
        out.write("%08x\n" % offset)


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: hexdump.py FILE\n")
        return 2
    try:
        dump(argv[1], sys.stdout)
    except OSError as e:
        sys.stderr.write("hexdump.py: %s\n" % e)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
