//! Binary greymaps (netpbm P5, maxval 255) and the 3x3 convolution of gfx@2.1.

/// A greyscale image.
pub struct Image {
    pub width: usize,
    pub height: usize,
    pub pixels: Vec<u8>,
}

impl Image {
    /// Parses `P5 <w> <h> 255` + w*h bytes (whitespace and `#` comments in the header).
    pub fn parse(data: &[u8]) -> Result<Image, &'static str> {
        let mut pos = 0;
        let mut fields = [0usize; 3];
        if data.get(..2) != Some(b"P5") {
            return Err("not a binary greymap (P5)");
        }
        pos += 2;
        for f in &mut fields {
            loop {
                match data.get(pos) {
                    Some(b'#') => {
                        while data.get(pos).is_some_and(|c| *c != b'\n') {
                            pos += 1;
                        }
                    }
                    Some(c) if c.is_ascii_whitespace() => pos += 1,
                    _ => break,
                }
            }
            let start = pos;
            while data.get(pos).is_some_and(u8::is_ascii_digit) {
                pos += 1;
            }
            let digits = core::str::from_utf8(&data[start..pos]).map_err(|_| "bad header")?;
            *f = digits.parse().map_err(|_| "bad header number")?;
        }
        if fields[2] != 255 {
            return Err("only maxval 255 is supported");
        }
        if !data.get(pos).is_some_and(u8::is_ascii_whitespace) {
            return Err("bad header end");
        }
        pos += 1;
        let (width, height) = (fields[0], fields[1]);
        let body = &data[pos..];
        if body.len() != width * height {
            return Err("pixel data does not match width x height");
        }
        Ok(Image { width, height, pixels: body.to_vec() })
    }

    /// `P5` encoding.
    pub fn encode(&self) -> Vec<u8> {
        let mut out = format!("P5\n{} {}\n255\n", self.width, self.height).into_bytes();
        out.extend_from_slice(&self.pixels);
        out
    }

    fn at(&self, x: isize, y: isize) -> u8 {
        let x = x.clamp(0, self.width as isize - 1) as usize;
        let y = y.clamp(0, self.height as isize - 1) as usize;
        self.pixels[y * self.width + x]
    }

    /// gfx@2.1 `convolve-3x3`.
    pub fn convolve_3x3(&self, k: &[f32; 9]) -> Image {
        let mut pixels = Vec::with_capacity(self.pixels.len());
        for y in 0..self.height as isize {
            for x in 0..self.width as isize {
                let mut acc = 0.0f32;
                for ky in 0..3 {
                    for kx in 0..3 {
                        acc += k[(ky * 3 + kx) as usize] * self.at(x + kx - 1, y + ky - 1) as f32;
                    }
                }
                pixels.push(acc.round().clamp(0.0, 255.0) as u8);
            }
        }
        Image { width: self.width, height: self.height, pixels }
    }
}
