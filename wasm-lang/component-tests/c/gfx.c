/*
 * A gfx@2.1 provider written in C: implements `convolve-3x3` of wasmrust:gfx/gfx@2.1.0
 * (examples/gfx-provider/wit/gfx.wit) by hand against the canonical ABI, the way a C
 * toolchain without bindings generators would. Composed with the Rust image-filter
 * component, it exchanges list<u8> and a tuple of nine f32 with Rust code.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* The canonical ABI allocator the host uses to pass lists into this module. */
__attribute__((export_name("cabi_realloc")))
void *cabi_realloc(void *old, size_t old_size, size_t align, size_t new_size) {
    (void)old_size;
    if (new_size == 0) {
        free(old);
        return (void *)align;
    }
    void *p = realloc(old, new_size); /* malloc aligns to 16, enough for every WIT type */
    if (!p) abort();
    return p;
}

/* Return area: list<u8> result = (ptr, len). */
static uint32_t RET_AREA[2];

static int parse_number(const uint8_t *d, size_t n, size_t *pos, size_t *out) {
    while (*pos < n && (d[*pos] == ' ' || d[*pos] == '\n' || d[*pos] == '\t' || d[*pos] == '\r')) (*pos)++;
    size_t start = *pos, v = 0;
    while (*pos < n && d[*pos] >= '0' && d[*pos] <= '9') v = v * 10 + (d[(*pos)++] - '0');
    *out = v;
    return *pos > start;
}

__attribute__((export_name("wasmrust:gfx/gfx@2.1.0#convolve-3x3")))
uint32_t *convolve_3x3(uint8_t *pixels, size_t len, float k0, float k1, float k2, float k3,
                       float k4, float k5, float k6, float k7, float k8) {
    const float k[9] = {k0, k1, k2, k3, k4, k5, k6, k7, k8};
    size_t pos = 2, w, h, maxval;
    if (len < 2 || pixels[0] != 'P' || pixels[1] != '5' || !parse_number(pixels, len, &pos, &w) ||
        !parse_number(pixels, len, &pos, &h) || !parse_number(pixels, len, &pos, &maxval) ||
        maxval != 255 || pos >= len || w == 0 || h == 0 || len - pos - 1 != w * h) {
        __builtin_trap(); /* no error channel in the interface */
    }
    const uint8_t *in = pixels + pos + 1;
    size_t header = pos + 1;
    uint8_t *out = malloc(len);
    if (!out) abort();
    memcpy(out, pixels, header);
    for (size_t y = 0; y < h; y++) {
        for (size_t x = 0; x < w; x++) {
            float acc = 0.0f;
            for (int ky = 0; ky < 3; ky++) {
                for (int kx = 0; kx < 3; kx++) {
                    long sx = (long)x + kx - 1, sy = (long)y + ky - 1;
                    if (sx < 0) sx = 0;
                    if (sx >= (long)w) sx = (long)w - 1;
                    if (sy < 0) sy = 0;
                    if (sy >= (long)h) sy = (long)h - 1;
                    acc += k[ky * 3 + kx] * (float)in[sy * w + sx];
                }
            }
            float r = roundf(acc);
            out[header + y * w + x] = r < 0.0f ? 0 : r > 255.0f ? 255 : (uint8_t)r;
        }
    }
    free(pixels); /* list parameters are owned by the callee */
    RET_AREA[0] = (uint32_t)(uintptr_t)out;
    RET_AREA[1] = (uint32_t)len;
    return RET_AREA;
}

__attribute__((export_name("cabi_post_wasmrust:gfx/gfx@2.1.0#convolve-3x3")))
void convolve_3x3_post_return(uint32_t *ret) {
    free((void *)(uintptr_t)ret[0]);
}
