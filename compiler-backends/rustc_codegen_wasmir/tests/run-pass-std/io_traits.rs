// std::io: Cursor, BufWriter, Read/Write traits, io::Error kinds, writing to stderr.
use std::io::{self, BufWriter, Cursor, Read, Seek, SeekFrom, Write};

fn main() -> io::Result<()> {
    let mut c = Cursor::new(Vec::new());
    c.write_all(b"hello cursor")?;
    c.seek(SeekFrom::Start(6))?;
    let mut rest = String::new();
    c.read_to_string(&mut rest)?;
    println!("rest = {rest:?}");
    let stdout = io::stdout();
    let mut w = BufWriter::new(stdout.lock());
    for i in 0..3 {
        writeln!(w, "buffered {i}")?;
    }
    w.flush()?;
    drop(w);
    eprintln!("this goes to stderr");
    let err = io::Error::new(io::ErrorKind::InvalidData, "bad bytes");
    println!("{err} / {:?}", err.kind());
    let mut empty = String::new();
    let n = io::stdin().read_to_string(&mut empty)?;
    println!("stdin: {n} bytes");
    Ok(())
}
