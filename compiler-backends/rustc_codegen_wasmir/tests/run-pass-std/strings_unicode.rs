// Strings through std: char classes, case mapping (unicode tables), splitting, parsing, UTF-8.
fn main() {
    let s = "Grüße, Welt! ΑΒΓ déjà vu 123 ﬁ";
    println!("{} chars, {} bytes", s.chars().count(), s.len());
    println!("upper: {}", s.to_uppercase());
    println!("lower: {}", s.to_lowercase());
    let words: Vec<&str> = s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    println!("{words:?}");
    let digits: u32 = s.chars().filter_map(|c| c.to_digit(10)).sum();
    println!("digit sum {digits}");
    let reversed: String = s.chars().rev().collect();
    println!("{reversed}");
    println!("{:?}", "a,b,,c".split(',').collect::<Vec<_>>());
    println!("{:?}", "  trim me  ".trim());
    println!("{:?}", "key=value=more".split_once('='));
    let nums: Result<Vec<i64>, _> = "1 -2 30 400".split(' ').map(str::parse::<i64>).collect();
    println!("{nums:?}");
    println!("{}", String::from_utf8_lossy(&[0x66, 0x6f, 0xff, 0x6f]));
    println!("{:?}", "hello".char_indices().filter(|(_, c)| *c == 'l').collect::<Vec<_>>());
    println!("{}", "abc".repeat(3).replace("ca", "-"));
}
