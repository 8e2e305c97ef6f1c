//! Feeds random bytes and mutated corpus text to the parser and verifier: they must return
//! errors, never panic. The seeds are the checked-in corpus (tests/corpus/*.wir).

use proptest::prelude::*;

fn corpus() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus");
    let mut v: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|x| x == "wir")).collect();
    v.sort();
    v.into_iter().map(|p| std::fs::read_to_string(p).unwrap()).collect()
}

fn check(src: &str) {
    if let Ok(m) = wasmir::parse_module(src) {
        if wasmir::verify_module(&m).is_ok() {
            // A verified module must print and re-parse to itself.
            let text = wasmir::print_module(&m);
            assert_eq!(wasmir::parse_module(&text).as_ref(), Ok(&m));
        }
    }
}

#[derive(Debug, Clone)]
enum Mutation {
    Delete(usize, usize),
    Insert(usize, String),
    Swap(usize, usize),
    Dup(usize, usize),
}

const PIECES: &[&str] = &["v0", "b1", "(", ")", ",", ":", "=", "$f", "\"", "-", "0x", "nan:", "i32", "br", "{", "}", "\n", " ", "ret", "@0:1:1", "99999999999999", "linear", "call", "align=3", ";"];

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), 1usize..20).prop_map(|(a, n)| Mutation::Delete(a, n)),
        (any::<usize>(), prop::sample::select(PIECES)).prop_map(|(a, s)| Mutation::Insert(a, s.to_string())),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::Swap(a, b)),
        (any::<usize>(), 1usize..40).prop_map(|(a, n)| Mutation::Dup(a, n)),
    ]
}

fn apply(src: &str, muts: &[Mutation]) -> String {
    let mut s: Vec<char> = src.chars().collect();
    for m in muts {
        let n = s.len().max(1);
        match m {
            Mutation::Delete(a, k) => {
                let a = a % n;
                let e = (a + k).min(s.len());
                if a < e {
                    s.drain(a..e);
                }
            }
            Mutation::Insert(a, t) => {
                let a = a % (s.len() + 1);
                s.splice(a..a, t.chars());
            }
            Mutation::Swap(a, b) => {
                if !s.is_empty() {
                    let (a, b) = (a % s.len(), b % s.len());
                    s.swap(a, b);
                }
            }
            Mutation::Dup(a, k) => {
                let a = a % n;
                let e = (a + k).min(s.len());
                if a < e {
                    let piece: Vec<char> = s[a..e].to_vec();
                    s.splice(a..a, piece);
                }
            }
        }
    }
    s.into_iter().collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 600, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        check(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn mutated_corpus_never_panics(which in any::<usize>(), muts in prop::collection::vec(mutation(), 1..6)) {
        let c = corpus();
        let src = &c[which % c.len()];
        check(&apply(src, &muts));
    }
}
