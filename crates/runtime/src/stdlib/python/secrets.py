"""Cryptographically strong random numbers for secrets (tokens, keys): CPython's secrets.

Draws from os.urandom directly; SystemRandom comes from `random` on first use.
"""

import base64
import binascii
import os
from hmac import compare_digest

__all__ = ["choice", "randbelow", "randbits", "SystemRandom",
           "token_bytes", "token_hex", "token_urlsafe", "compare_digest"]

DEFAULT_ENTROPY = 32


def randbits(k):
    """An int with k random bits."""
    if k < 0:
        raise ValueError("number of bits must be non-negative")
    if k == 0:
        return 0
    n = (k + 7) // 8
    return int.from_bytes(os.urandom(n), "big") >> (n * 8 - k)


def _randbelow(n):
    k = n.bit_length()
    r = randbits(k)
    while r >= n:
        r = randbits(k)
    return r


def randbelow(exclusive_upper_bound):
    """A random int in the range [0, n)."""
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    return _randbelow(exclusive_upper_bound)


def choice(seq):
    """A random element of a non-empty sequence."""
    if not len(seq):
        raise IndexError("Cannot choose from an empty sequence")
    return seq[_randbelow(len(seq))]


def token_bytes(nbytes=None):
    """A random byte string of nbytes bytes (DEFAULT_ENTROPY when None)."""
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    return os.urandom(nbytes)


def token_hex(nbytes=None):
    """A random text string of hexadecimal digits, two per byte."""
    return binascii.hexlify(token_bytes(nbytes)).decode("ascii")


def token_urlsafe(nbytes=None):
    """A random URL-safe Base64 text string of nbytes random bytes."""
    return base64.urlsafe_b64encode(token_bytes(nbytes)).rstrip(b"=").decode("ascii")


def __getattr__(name):
    if name == "SystemRandom":
        from random import SystemRandom
        return SystemRandom
    raise AttributeError("module 'secrets' has no attribute %r" % (name,))
