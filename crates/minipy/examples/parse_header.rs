//! A host hands a captured packet to a script, which parses its header with `struct`
//! and memoryview and stamps a checksum into the host's own buffer.
use minipy::{BufferKind, Interpreter};

const SCRIPT: &str = r#"
import struct
version, flags, length = struct.unpack_from(">BBH", packet, 0)
payload = packet[4:4 + length]
checksum = sum(payload) & 0xFFFF
struct.pack_into(">H", packet, 4 + length, checksum)
print(f"v{version} flags={flags:#04x} length={length} payload={payload.tobytes()!r} checksum={checksum}")
del payload
"#;

fn main() {
    // A header (version, flags, payload length), the payload, two bytes for the checksum.
    let payload = b"hello from a host that shares its packet buffer";
    let mut packet = vec![2u8, 0x81, 0, payload.len() as u8];
    packet.extend_from_slice(payload);
    packet.extend_from_slice(&[0, 0]);
    let before = packet.as_ptr();
    let mut py = Interpreter::new();
    let shared = py.share_buffer("packet", packet, BufferKind::MemoryView);
    if let Err(e) = py.run("parse_header.py", SCRIPT) {
        eprint!("{}", e.traceback);
        std::process::exit(1);
    }
    // Both hold by construction: `del packet` of a bound global cannot fail, and SCRIPT
    // deletes its only other view (`payload`), so no export of the buffer is left.
    py.run("<cleanup>", "del packet").expect("cleanup");
    let packet = shared.take().expect("no view is left");
    assert_eq!(packet.as_ptr(), before, "the script worked in place");
    println!(
        "host sees checksum bytes {:?}",
        &packet[4 + payload.len()..]
    );
}
