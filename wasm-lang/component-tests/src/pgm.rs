//! The plain-Rust reference: a P5 greymap reader/writer and the sharpen filter, written
//! independently of the component code so the comparison means something.

use anyhow::{Result, bail};

/// A greymap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gray {
    pub width: usize,
    pub height: usize,
    pub data: Vec<u8>,
}

impl Gray {
    /// Parses a P5 file with a plain `P5\n<w> <h>\n255\n` header (what the test images use).
    pub fn parse(bytes: &[u8]) -> Result<Gray> {
        let mut parts = Vec::new();
        let mut pos = 0;
        while parts.len() < 4 {
            while pos < bytes.len() && bytes[pos].is_ascii_whitespace() {
                pos += 1;
            }
            let start = pos;
            while pos < bytes.len() && !bytes[pos].is_ascii_whitespace() {
                pos += 1;
            }
            if start == pos {
                bail!("truncated P5 header");
            }
            parts.push(std::str::from_utf8(&bytes[start..pos])?.to_string());
        }
        if parts[0] != "P5" || parts[3] != "255" {
            bail!("not an 8-bit P5 greymap");
        }
        let (width, height): (usize, usize) = (parts[1].parse()?, parts[2].parse()?);
        let data = bytes[pos + 1..].to_vec();
        if data.len() != width * height {
            bail!("P5 body has {} bytes, expected {}", data.len(), width * height);
        }
        Ok(Gray { width, height, data })
    }

    /// P5 bytes.
    pub fn to_p5(&self) -> Vec<u8> {
        let mut v = format!("P5\n{} {}\n255\n", self.width, self.height).into_bytes();
        v.extend_from_slice(&self.data);
        v
    }

    /// Reference sharpen: kernel [0,-1,0,-1,5,-1,0,-1,0], edge pixels repeated, f32 sums in
    /// kernel order, rounded half away from zero, clamped.
    pub fn sharpen(&self) -> Gray {
        const K: [[f32; 3]; 3] = [[0.0, -1.0, 0.0], [-1.0, 5.0, -1.0], [0.0, -1.0, 0.0]];
        let (w, h) = (self.width as i64, self.height as i64);
        let px = |x: i64, y: i64| self.data[(y.clamp(0, h - 1) * w + x.clamp(0, w - 1)) as usize] as f32;
        let mut data = vec![0u8; self.data.len()];
        for y in 0..h {
            for x in 0..w {
                let mut sum = 0.0f32;
                for (dy, row) in K.iter().enumerate() {
                    for (dx, k) in row.iter().enumerate() {
                        sum += k * px(x + dx as i64 - 1, y + dy as i64 - 1);
                    }
                }
                data[(y * w + x) as usize] = sum.round().clamp(0.0, 255.0) as u8;
            }
        }
        Gray { width: self.width, height: self.height, data }
    }
}
