// Files through WASI: write, append, read back, metadata, directory listing, rename, remove.
use std::fs;
use std::io::{BufRead, BufReader, Read, Write};

fn main() -> std::io::Result<()> {
    let input = fs::read_to_string("/input.txt")?;
    println!("input: {} bytes, {} lines", input.len(), input.lines().count());
    for (i, line) in BufReader::new(fs::File::open("/input.txt")?).lines().enumerate() {
        println!("{i}: {}", line?);
    }
    fs::create_dir("/out")?;
    let mut f = fs::File::create("/out/a.txt")?;
    for i in 0..5 {
        writeln!(f, "line {i}")?;
    }
    drop(f);
    let mut f = fs::OpenOptions::new().append(true).open("/out/a.txt")?;
    f.write_all(b"appended\n")?;
    drop(f);
    let mut s = String::new();
    fs::File::open("/out/a.txt")?.read_to_string(&mut s)?;
    print!("{s}");
    println!("len {}", fs::metadata("/out/a.txt")?.len());
    fs::write("/out/b.bin", [1u8, 2, 3, 255])?;
    println!("b.bin = {:?}", fs::read("/out/b.bin")?);
    fs::rename("/out/b.bin", "/out/c.bin")?;
    let mut names: Vec<String> = fs::read_dir("/out")?.map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    names.sort();
    println!("dir: {names:?}");
    println!("missing: {:?}", fs::read("/nope").map_err(|e| e.kind()));
    fs::remove_file("/out/a.txt")?;
    fs::remove_file("/out/c.bin")?;
    fs::remove_dir("/out")?;
    println!("exists after remove: {}", fs::metadata("/out").is_ok());
    Ok(())
}
