//! Reads an order as JSON on stdin, totals it, and writes it back as JSON with the total.

use serde::{Deserialize, Serialize};
use std::io::Read;

#[derive(Debug, Serialize, Deserialize)]
struct Item {
    name: String,
    quantity: u32,
    unit_price_cents: u64,
}

#[derive(Debug, Serialize, Deserialize)]
struct Order {
    id: u64,
    customer: String,
    items: Vec<Item>,
    #[serde(default)]
    total_cents: Option<u64>,
}

fn main() {
    let mut input = String::new();
    if std::io::stdin().read_to_string(&mut input).is_err() {
        eprintln!("error: stdin is not UTF-8");
        std::process::exit(2);
    }
    let mut order: Order = match serde_json::from_str(&input) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("error: invalid order: {e}");
            std::process::exit(1);
        }
    };
    order.total_cents = Some(order.items.iter().map(|i| u64::from(i.quantity) * i.unit_price_cents).sum());
    println!("{}", serde_json::to_string(&order).expect("an order serializes"));
}
