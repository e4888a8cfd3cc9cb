//! The hash algorithms `hashlib` offers, their names (CPython's and OpenSSL's), sizes,
//! and a running state of any of them.

use digest::{Digest, ExtendableOutput, Update, XofReader};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Algo {
    Md5,
    Sha1,
    Sha224,
    Sha256,
    Sha384,
    Sha512,
    Sha512_224,
    Sha512_256,
    Sha3_224,
    Sha3_256,
    Sha3_384,
    Sha3_512,
    Shake128,
    Shake256,
    Blake2b,
    Blake2s,
    Md5Sha1,
    Ripemd160,
    Sm3,
}

use Algo::*;

/// Every algorithm with its Python name, digest size, block size and the other names
/// OpenSSL 3 knows it by (matched ignoring case, as OpenSSL does).
const TABLE: &[(Algo, &str, usize, usize, &[&str])] = &[
    (
        Md5,
        "md5",
        16,
        64,
        &["MD5", "SSL3-MD5", "1.2.840.113549.2.5"],
    ),
    (
        Sha1,
        "sha1",
        20,
        64,
        &["SHA1", "SHA-1", "SSL3-SHA1", "1.3.14.3.2.26"],
    ),
    (
        Sha224,
        "sha224",
        28,
        64,
        &["SHA2-224", "SHA-224", "SHA224", "2.16.840.1.101.3.4.2.4"],
    ),
    (
        Sha256,
        "sha256",
        32,
        64,
        &["SHA2-256", "SHA-256", "SHA256", "2.16.840.1.101.3.4.2.1"],
    ),
    (
        Sha384,
        "sha384",
        48,
        128,
        &["SHA2-384", "SHA-384", "SHA384", "2.16.840.1.101.3.4.2.2"],
    ),
    (
        Sha512,
        "sha512",
        64,
        128,
        &["SHA2-512", "SHA-512", "SHA512", "2.16.840.1.101.3.4.2.3"],
    ),
    (
        Sha512_224,
        "sha512_224",
        28,
        128,
        &[
            "SHA2-512/224",
            "SHA-512/224",
            "SHA512-224",
            "2.16.840.1.101.3.4.2.5",
        ],
    ),
    (
        Sha512_256,
        "sha512_256",
        32,
        128,
        &[
            "SHA2-512/256",
            "SHA-512/256",
            "SHA512-256",
            "2.16.840.1.101.3.4.2.6",
        ],
    ),
    (
        Sha3_224,
        "sha3_224",
        28,
        144,
        &["SHA3-224", "2.16.840.1.101.3.4.2.7"],
    ),
    (
        Sha3_256,
        "sha3_256",
        32,
        136,
        &["SHA3-256", "2.16.840.1.101.3.4.2.8"],
    ),
    (
        Sha3_384,
        "sha3_384",
        48,
        104,
        &["SHA3-384", "2.16.840.1.101.3.4.2.9"],
    ),
    (
        Sha3_512,
        "sha3_512",
        64,
        72,
        &["SHA3-512", "2.16.840.1.101.3.4.2.10"],
    ),
    (
        Shake128,
        "shake_128",
        0,
        168,
        &["SHAKE-128", "SHAKE128", "2.16.840.1.101.3.4.2.11"],
    ),
    (
        Shake256,
        "shake_256",
        0,
        136,
        &["SHAKE-256", "SHAKE256", "2.16.840.1.101.3.4.2.12"],
    ),
    (
        Blake2b,
        "blake2b",
        64,
        128,
        &["BLAKE2B-512", "BLAKE2b512", "1.3.6.1.4.1.1722.12.2.1.16"],
    ),
    (
        Blake2s,
        "blake2s",
        32,
        64,
        &["BLAKE2S-256", "BLAKE2s256", "1.3.6.1.4.1.1722.12.2.2.8"],
    ),
    (Md5Sha1, "md5-sha1", 36, 64, &["MD5-SHA1"]),
    (
        Ripemd160,
        "ripemd160",
        20,
        64,
        &[
            "RIPEMD-160",
            "RIPEMD160",
            "RIPEMD",
            "RMD160",
            "1.3.36.3.2.1",
        ],
    ),
    (Sm3, "sm3", 32, 64, &["SM3", "1.2.156.10197.1.401"]),
];

/// Whether [`TABLE`] lists the algorithms in declaration order ([`Algo::entry`] indexes it).
const fn table_in_order() -> bool {
    let mut i = 0;
    while i < TABLE.len() {
        if TABLE[i].0 as usize != i {
            return false;
        }
        i += 1;
    }
    true
}

const _: () = assert!(table_in_order());

/// The algorithms every build has (`hashlib.algorithms_guaranteed`).
pub(crate) const GUARANTEED: &[Algo] = &[
    Md5, Sha1, Sha224, Sha256, Sha384, Sha512, Blake2b, Blake2s, Sha3_224, Sha3_256, Sha3_384,
    Sha3_512, Shake128, Shake256,
];

/// Every algorithm, in table order.
pub(crate) fn all() -> impl Iterator<Item = Algo> {
    TABLE.iter().map(|e| e.0)
}

impl Algo {
    fn entry(self) -> &'static (Algo, &'static str, usize, usize, &'static [&'static str]) {
        // The table lists every variant once, in declaration order (checked above).
        &TABLE[self as usize]
    }

    /// The name CPython gives it (`h.name`).
    pub(crate) fn name(self) -> &'static str {
        self.entry().1
    }

    /// The digest size in bytes (0 for the SHAKE functions, of any length).
    pub(crate) fn digest_size(self) -> usize {
        self.entry().2
    }

    pub(crate) fn block_size(self) -> usize {
        self.entry().3
    }

    pub(crate) fn is_xof(self) -> bool {
        matches!(self, Shake128 | Shake256)
    }

    /// The algorithm `_hashlib` finds by `name`: its Python name exactly, or one of
    /// OpenSSL's names for it in any case.
    pub(crate) fn by_name(name: &str) -> Option<Algo> {
        TABLE
            .iter()
            .find(|e| e.1 == name || e.4.iter().any(|n| n.eq_ignore_ascii_case(name)))
            .map(|e| e.0)
    }
}

/// A running hash of any algorithm.
#[derive(Clone)]
pub(crate) enum Hasher {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
    Sha512_224(sha2::Sha512_224),
    Sha512_256(sha2::Sha512_256),
    Sha3_224(sha3::Sha3_224),
    Sha3_256(sha3::Sha3_256),
    Sha3_384(sha3::Sha3_384),
    Sha3_512(sha3::Sha3_512),
    Shake128(shake::Shake128),
    Shake256(shake::Shake256),
    Blake2b(Box<blake2b_simd::State>),
    Blake2s(Box<blake2s_simd::State>),
    Md5Sha1(md5::Md5, sha1::Sha1),
    Ripemd160(ripemd::Ripemd160),
    Sm3(sm3::Sm3),
}

impl Hasher {
    /// A fresh state (BLAKE2 with its default parameters).
    pub(crate) fn new(algo: Algo) -> Hasher {
        match algo {
            Md5 => Hasher::Md5(Default::default()),
            Sha1 => Hasher::Sha1(Default::default()),
            Sha224 => Hasher::Sha224(Default::default()),
            Sha256 => Hasher::Sha256(Default::default()),
            Sha384 => Hasher::Sha384(Default::default()),
            Sha512 => Hasher::Sha512(Default::default()),
            Sha512_224 => Hasher::Sha512_224(Default::default()),
            Sha512_256 => Hasher::Sha512_256(Default::default()),
            Sha3_224 => Hasher::Sha3_224(Default::default()),
            Sha3_256 => Hasher::Sha3_256(Default::default()),
            Sha3_384 => Hasher::Sha3_384(Default::default()),
            Sha3_512 => Hasher::Sha3_512(Default::default()),
            Shake128 => Hasher::Shake128(Default::default()),
            Shake256 => Hasher::Shake256(Default::default()),
            Blake2b => Hasher::Blake2b(Box::new(blake2b_simd::State::new())),
            Blake2s => Hasher::Blake2s(Box::new(blake2s_simd::State::new())),
            Md5Sha1 => Hasher::Md5Sha1(Default::default(), Default::default()),
            Ripemd160 => Hasher::Ripemd160(Default::default()),
            Sm3 => Hasher::Sm3(Default::default()),
        }
    }

    pub(crate) fn update(&mut self, data: &[u8]) {
        match self {
            Hasher::Md5(h) => md5::Digest::update(h, data),
            Hasher::Sha1(h) => Digest::update(h, data),
            Hasher::Sha224(h) => Digest::update(h, data),
            Hasher::Sha256(h) => Digest::update(h, data),
            Hasher::Sha384(h) => Digest::update(h, data),
            Hasher::Sha512(h) => Digest::update(h, data),
            Hasher::Sha512_224(h) => Digest::update(h, data),
            Hasher::Sha512_256(h) => Digest::update(h, data),
            Hasher::Sha3_224(h) => Digest::update(h, data),
            Hasher::Sha3_256(h) => Digest::update(h, data),
            Hasher::Sha3_384(h) => Digest::update(h, data),
            Hasher::Sha3_512(h) => Digest::update(h, data),
            Hasher::Shake128(h) => Update::update(h, data),
            Hasher::Shake256(h) => Update::update(h, data),
            Hasher::Blake2b(h) => {
                h.update(data);
            }
            Hasher::Blake2s(h) => {
                h.update(data);
            }
            Hasher::Md5Sha1(a, b) => {
                md5::Digest::update(a, data);
                Digest::update(b, data);
            }
            Hasher::Ripemd160(h) => Digest::update(h, data),
            Hasher::Sm3(h) => Digest::update(h, data),
        }
    }

    /// The digest of what was fed so far (the state goes on); empty for the SHAKE
    /// functions, whose output [`Hasher::xof_reader`] reads.
    pub(crate) fn digest(&self) -> Vec<u8> {
        self.clone().finish()
    }

    /// The digest, consuming the state.
    pub(crate) fn finish(self) -> Vec<u8> {
        match self {
            Hasher::Md5(h) => md5::Digest::finalize(h).to_vec(),
            Hasher::Sha1(h) => h.finalize().to_vec(),
            Hasher::Sha224(h) => h.finalize().to_vec(),
            Hasher::Sha256(h) => h.finalize().to_vec(),
            Hasher::Sha384(h) => h.finalize().to_vec(),
            Hasher::Sha512(h) => h.finalize().to_vec(),
            Hasher::Sha512_224(h) => h.finalize().to_vec(),
            Hasher::Sha512_256(h) => h.finalize().to_vec(),
            Hasher::Sha3_224(h) => h.finalize().to_vec(),
            Hasher::Sha3_256(h) => h.finalize().to_vec(),
            Hasher::Sha3_384(h) => h.finalize().to_vec(),
            Hasher::Sha3_512(h) => h.finalize().to_vec(),
            Hasher::Shake128(_) | Hasher::Shake256(_) => Vec::new(),
            Hasher::Blake2b(h) => h.finalize().as_bytes().to_vec(),
            Hasher::Blake2s(h) => h.finalize().as_bytes().to_vec(),
            Hasher::Md5Sha1(a, b) => {
                let mut out = md5::Digest::finalize(a).to_vec();
                out.extend_from_slice(&b.finalize());
                out
            }
            Hasher::Ripemd160(h) => h.finalize().to_vec(),
            Hasher::Sm3(h) => h.finalize().to_vec(),
        }
    }

    /// A SHAKE output reader over what was fed so far (`None` for the other algorithms).
    pub(crate) fn xof_reader(&self) -> Option<Squeezer> {
        match self {
            Hasher::Shake128(h) => Some(Squeezer::Shake128(h.clone().finalize_xof())),
            Hasher::Shake256(h) => Some(Squeezer::Shake256(h.clone().finalize_xof())),
            _ => None,
        }
    }
}

/// Reads a SHAKE function's output, a piece at a time.
pub(crate) enum Squeezer {
    Shake128(shake::Shake128Reader),
    Shake256(shake::Shake256Reader),
}

impl Squeezer {
    pub(crate) fn read(&mut self, out: &mut [u8]) {
        match self {
            Squeezer::Shake128(r) => r.read(out),
            Squeezer::Shake256(r) => r.read(out),
        }
    }
}
