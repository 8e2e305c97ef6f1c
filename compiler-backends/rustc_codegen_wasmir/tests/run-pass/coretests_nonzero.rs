// core's tests: nonzero
// Adapted automatically from rustc 1.96.0 library/coretests/tests/nonzero.rs (core's own test
// suite, MIT/Apache-2.0) by compiler-backends/codegen-tests/extract_coretests.py: `std::` -> `core::`,
// #[test] fns become plain fns that `run` calls in order, printing each name after it passed (a
// failed assertion traps); tests and items needing alloc/std or panicking on purpose are left out.
// Left out for rustc_codegen_wasmir (128-bit integers; str::parse (core::num parsing without MIR)): test_from_str, test_signed_nonzero_neg.
// Left out for rustc_codegen_wasmir (128-bit integers): test_nonzero_lowest_one, test_nonzero_isolate_lowest_one, test_nonzero_isolate_highest_one, test_nonzero_highest_one, test_nonzero_bit_width, nonzero_trailing_zeros.
// Left out for rustc_codegen_wasmir (128-bit integers): nonzero_leading_zeros.
#![no_std]
#![allow(unused, internal_features, unnecessary_transmutes, deprecated, invalid_value, clippy::all)]
#![feature(array_ptr_get)]
#![feature(array_try_from_fn)]
#![feature(array_try_map)]
#![feature(ascii_char)]
#![feature(ascii_char_variants)]
#![feature(async_iter_from_iter)]
#![feature(async_iterator)]
#![feature(bool_to_result)]
#![feature(bstr)]
#![feature(cfg_target_has_reliable_f16_f128)]
#![feature(char_internals)]
#![feature(char_max_len)]
#![feature(clone_to_uninit)]
#![feature(cmp_minmax)]
#![feature(const_array)]
#![feature(const_bool)]
#![feature(const_cell_traits)]
#![feature(const_clone)]
#![feature(const_closures)]
#![feature(const_cmp)]
#![feature(const_convert)]
#![feature(const_default)]
#![feature(const_destruct)]
#![feature(const_drop_in_place)]
#![feature(const_eval_select)]
#![feature(const_index)]
#![feature(const_iter)]
#![feature(const_ops)]
#![feature(const_option_ops)]
#![feature(const_ref_cell)]
#![feature(const_result_trait_fn)]
#![feature(const_select_unpredictable)]
#![feature(const_trait_impl)]
#![feature(const_unsigned_bigint_helpers)]
#![feature(core_intrinsics)]
#![feature(core_intrinsics_fallbacks)]
#![feature(core_io_borrowed_buf)]
#![feature(core_private_bignum)]
#![feature(core_private_diy_float)]
#![feature(cstr_display)]
#![feature(debug_closure_helpers)]
#![feature(dec2flt)]
#![feature(drop_guard)]
#![feature(duration_constants)]
#![feature(duration_constructors)]
#![feature(exact_div)]
#![feature(exact_size_is_empty)]
#![feature(extend_one)]
#![feature(extern_types)]
#![feature(f16)]
#![feature(f128)]
#![feature(float_algebraic)]
#![feature(float_exact_integer_constants)]
#![feature(float_minimum_maximum)]
#![feature(flt2dec)]
#![feature(fmt_internals)]
#![feature(formatting_options)]
#![feature(freeze)]
#![feature(funnel_shifts)]
#![feature(future_join)]
#![feature(generic_assert_internals)]
#![feature(hasher_prefixfree_extras)]
#![feature(hashmap_internals)]
#![feature(int_from_ascii)]
#![feature(int_lowest_highest_one)]
#![feature(int_roundings)]
#![feature(ip)]
#![feature(is_ascii_octdigit)]
#![feature(isolate_most_least_significant_one)]
#![feature(iter_advance_by)]
#![feature(iter_array_chunks)]
#![feature(iter_collect_into)]
#![feature(iter_intersperse)]
#![feature(iter_is_partitioned)]
#![feature(iter_map_windows)]
#![feature(iter_next_chunk)]
#![feature(iter_order_by)]
#![feature(iter_partition_in_place)]
#![feature(iterator_try_collect)]
#![feature(iterator_try_reduce)]
#![feature(layout_for_ptr)]
#![feature(maybe_uninit_fill)]
#![feature(maybe_uninit_uninit_array_transpose)]
#![feature(min_specialization)]
#![feature(never_type)]
#![feature(next_index)]
#![feature(non_exhaustive_omitted_patterns_lint)]
#![feature(nonzero_from_str_radix)]
#![feature(numfmt)]
#![feature(one_sided_range)]
#![feature(panic_internals)]
#![feature(pattern)]
#![feature(pointer_is_aligned_to)]
#![feature(portable_simd)]
#![feature(ptr_metadata)]
#![feature(result_option_map_or_default)]
#![feature(rustc_attrs)]
#![feature(signed_bigint_helpers)]
#![feature(slice_from_ptr_range)]
#![feature(slice_index_methods)]
#![feature(slice_internals)]
#![feature(slice_partition_dedup)]
#![feature(slice_shift)]
#![feature(slice_split_once)]
#![feature(sliceindex_wrappers)]
#![feature(split_array)]
#![feature(split_as_slice)]
#![feature(std_internals)]
#![feature(step_trait)]
#![feature(str_internals)]
#![feature(strict_provenance_lints)]
#![feature(trusted_len)]
#![feature(trusted_random_access)]
#![feature(try_blocks)]
#![feature(try_find)]
#![feature(try_trait_v2)]
#![feature(type_info)]
#![feature(uint_bit_width)]
#![feature(uint_carryless_mul)]
#![feature(uint_gather_scatter_bits)]
#![feature(unicode_internals)]
#![feature(unsize)]
#![feature(unwrap_infallible)]
#![feature(widening_mul)]
include!("prelude.rs");
use core::num::{IntErrorKind, NonZero};
use core::option::Option::None;
fn test_create_nonzero_instance() {
    let _a = unsafe { NonZero::new_unchecked(21) };
}
fn test_size_nonzero_in_option() {
    assert_eq!(size_of::<NonZero<u32>>(), size_of::<Option<NonZero<u32>>>());
    assert_eq!(size_of::<NonZero<i32>>(), size_of::<Option<NonZero<i32>>>());
}
fn test_match_on_nonzero_option() {
    let a = Some(unsafe { NonZero::<u32>::new_unchecked(42) });
    match a {
        Some(val) => assert_eq!(val.get(), 42),
        None => panic!("unexpected None while matching on Some(NonZero(_))"),
    }

    match unsafe { Some(NonZero::<u32>::new_unchecked(43)) } {
        Some(val) => assert_eq!(val.get(), 43),
        None => panic!("unexpected None while matching on Some(NonZero(_))"),
    }
}
mod atom {
    use core::num::NonZero;

    #[derive(PartialEq, Eq)]
    pub struct Atom {
        index: NonZero<u32>, // private
    }

    pub const FOO_ATOM: Atom = Atom { index: unsafe { NonZero::new_unchecked(7) } };
}
macro_rules! atom {
    ("foo") => {
        atom::FOO_ATOM
    };
}
fn test_match_nonzero_const_pattern() {
    match atom!("foo") {
        // Using as a pattern is supported by the compiler:
        atom!("foo") => {}
        _ => panic!("Expected the const item as a pattern to match."),
    }
}
fn test_from_nonzero() {
    let nz = NonZero::new(1).unwrap();
    let num: u32 = nz.into();
    assert_eq!(num, 1u32);
}
fn test_from_signed_nonzero() {
    let nz = NonZero::new(1).unwrap();
    let num: i32 = nz.into();
    assert_eq!(num, 1i32);
}
fn test_from_ascii_radix() {
    assert_eq!(NonZero::<u8>::from_ascii_radix(b"123", 10), Ok(NonZero::new(123).unwrap()));
    assert_eq!(NonZero::<u8>::from_ascii_radix(b"1001", 2), Ok(NonZero::new(9).unwrap()));
    assert_eq!(NonZero::<u8>::from_ascii_radix(b"123", 8), Ok(NonZero::new(83).unwrap()));
    assert_eq!(NonZero::<u16>::from_ascii_radix(b"123", 16), Ok(NonZero::new(291).unwrap()));
    assert_eq!(NonZero::<u16>::from_ascii_radix(b"ffff", 16), Ok(NonZero::new(65535).unwrap()));
    assert_eq!(NonZero::<u8>::from_ascii_radix(b"z", 36), Ok(NonZero::new(35).unwrap()));
    assert_eq!(
        NonZero::<u8>::from_ascii_radix(b"0", 10).err().map(|e| e.kind().clone()),
        Some(IntErrorKind::Zero)
    );
    assert_eq!(
        NonZero::<u8>::from_ascii_radix(b"-1", 10).err().map(|e| e.kind().clone()),
        Some(IntErrorKind::InvalidDigit)
    );
    assert_eq!(
        NonZero::<i8>::from_ascii_radix(b"-129", 10).err().map(|e| e.kind().clone()),
        Some(IntErrorKind::NegOverflow)
    );
    assert_eq!(
        NonZero::<u8>::from_ascii_radix(b"257", 10).err().map(|e| e.kind().clone()),
        Some(IntErrorKind::PosOverflow)
    );

    assert_eq!(
        NonZero::<u8>::from_ascii_radix(b"Z", 10).err().map(|e| e.kind().clone()),
        Some(IntErrorKind::InvalidDigit)
    );
    assert_eq!(
        NonZero::<u8>::from_ascii_radix(b"_", 2).err().map(|e| e.kind().clone()),
        Some(IntErrorKind::InvalidDigit)
    );
}
fn test_from_ascii() {
    assert_eq!(NonZero::<u8>::from_ascii(b"123"), Ok(NonZero::new(123).unwrap()));
    assert_eq!(
        NonZero::<u8>::from_ascii(b"0").err().map(|e| e.kind().clone()),
        Some(IntErrorKind::Zero)
    );
    assert_eq!(
        NonZero::<u8>::from_ascii(b"-1").err().map(|e| e.kind().clone()),
        Some(IntErrorKind::InvalidDigit)
    );
    assert_eq!(
        NonZero::<i8>::from_ascii(b"-129").err().map(|e| e.kind().clone()),
        Some(IntErrorKind::NegOverflow)
    );
    assert_eq!(
        NonZero::<u8>::from_ascii(b"257").err().map(|e| e.kind().clone()),
        Some(IntErrorKind::PosOverflow)
    );
}
fn test_from_str_radix() {
    assert_eq!(NonZero::<u8>::from_str_radix("123", 10), Ok(NonZero::new(123).unwrap()));
    assert_eq!(NonZero::<u8>::from_str_radix("1001", 2), Ok(NonZero::new(9).unwrap()));
    assert_eq!(NonZero::<u8>::from_str_radix("123", 8), Ok(NonZero::new(83).unwrap()));
    assert_eq!(NonZero::<u16>::from_str_radix("123", 16), Ok(NonZero::new(291).unwrap()));
    assert_eq!(NonZero::<u16>::from_str_radix("ffff", 16), Ok(NonZero::new(65535).unwrap()));
    assert_eq!(NonZero::<u8>::from_str_radix("z", 36), Ok(NonZero::new(35).unwrap()));
    assert_eq!(
        NonZero::<u8>::from_str_radix("0", 10).err().map(|e| e.kind().clone()),
        Some(IntErrorKind::Zero)
    );
    assert_eq!(
        NonZero::<u8>::from_str_radix("-1", 10).err().map(|e| e.kind().clone()),
        Some(IntErrorKind::InvalidDigit)
    );
    assert_eq!(
        NonZero::<i8>::from_str_radix("-129", 10).err().map(|e| e.kind().clone()),
        Some(IntErrorKind::NegOverflow)
    );
    assert_eq!(
        NonZero::<u8>::from_str_radix("257", 10).err().map(|e| e.kind().clone()),
        Some(IntErrorKind::PosOverflow)
    );

    assert_eq!(
        NonZero::<u8>::from_str_radix("Z", 10).err().map(|e| e.kind().clone()),
        Some(IntErrorKind::InvalidDigit)
    );
    assert_eq!(
        NonZero::<u8>::from_str_radix("_", 2).err().map(|e| e.kind().clone()),
        Some(IntErrorKind::InvalidDigit)
    );
}
fn test_nonzero_bitor() {
    let nz_alt = NonZero::new(0b1010_1010).unwrap();
    let nz_low = NonZero::new(0b0000_1111).unwrap();

    let both_nz: NonZero<u8> = nz_alt | nz_low;
    assert_eq!(both_nz.get(), 0b1010_1111);

    let rhs_int: NonZero<u8> = nz_low | 0b1100_0000u8;
    assert_eq!(rhs_int.get(), 0b1100_1111);

    let rhs_zero: NonZero<u8> = nz_alt | 0u8;
    assert_eq!(rhs_zero.get(), 0b1010_1010);

    let lhs_int: NonZero<u8> = 0b0110_0110u8 | nz_alt;
    assert_eq!(lhs_int.get(), 0b1110_1110);

    let lhs_zero: NonZero<u8> = 0u8 | nz_low;
    assert_eq!(lhs_zero.get(), 0b0000_1111);
}
fn test_nonzero_bitor_assign() {
    let mut target = NonZero::<u8>::new(0b1010_1010).unwrap();

    target |= NonZero::new(0b0000_1111).unwrap();
    assert_eq!(target.get(), 0b1010_1111);

    target |= 0b0001_0000;
    assert_eq!(target.get(), 0b1011_1111);

    target |= 0;
    assert_eq!(target.get(), 0b1011_1111);
}
fn test_nonzero_from_int_on_success() {
    assert_eq!(NonZero::<u8>::try_from(5), Ok(NonZero::new(5).unwrap()));
    assert_eq!(NonZero::<u32>::try_from(5), Ok(NonZero::new(5).unwrap()));

    assert_eq!(NonZero::<i8>::try_from(-5), Ok(NonZero::new(-5).unwrap()));
    assert_eq!(NonZero::<i32>::try_from(-5), Ok(NonZero::new(-5).unwrap()));
}
fn test_nonzero_from_int_on_err() {
    assert!(NonZero::<u8>::try_from(0).is_err());
    assert!(NonZero::<u32>::try_from(0).is_err());

    assert!(NonZero::<i8>::try_from(0).is_err());
    assert!(NonZero::<i32>::try_from(0).is_err());
}
fn nonzero_const() {
    // test that the methods of `NonZeroX>` are usable in a const context
    // Note: only tests NonZero<u8>

    const NONZERO_U8: NonZero<u8> = unsafe { NonZero::new_unchecked(5) };

    const GET: u8 = NONZERO_U8.get();
    assert_eq!(GET, 5);

    const ZERO: Option<NonZero<u8>> = NonZero::new(0);
    assert!(ZERO.is_none());

    const ONE: Option<NonZero<u8>> = NonZero::new(1);
    assert!(ONE.is_some());

    const FROM_NONZERO_U8: u8 = u8::from(NONZERO_U8);
    assert_eq!(FROM_NONZERO_U8, 5);

    const NONZERO_CONVERT: NonZero<u32> = NonZero::<u32>::from(NONZERO_U8);
    assert_eq!(NONZERO_CONVERT.get(), 5);
}
fn test_nonzero_uint_div() {
    let nz = NonZero::new(1).unwrap();

    let x: u32 = 42u32 / nz;
    assert_eq!(x, 42u32);
}
fn test_nonzero_uint_rem() {
    let nz = NonZero::new(10).unwrap();

    let x: u32 = 42u32 % nz;
    assert_eq!(x, 2u32);
}
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    test_create_nonzero_instance();
    ps("test_create_nonzero_instance");
    test_size_nonzero_in_option();
    ps("test_size_nonzero_in_option");
    test_match_on_nonzero_option();
    ps("test_match_on_nonzero_option");
    test_match_nonzero_const_pattern();
    ps("test_match_nonzero_const_pattern");
    test_from_nonzero();
    ps("test_from_nonzero");
    test_from_signed_nonzero();
    ps("test_from_signed_nonzero");
    test_from_ascii_radix();
    ps("test_from_ascii_radix");
    test_from_ascii();
    ps("test_from_ascii");
    test_from_str_radix();
    ps("test_from_str_radix");
    test_nonzero_bitor();
    ps("test_nonzero_bitor");
    test_nonzero_bitor_assign();
    ps("test_nonzero_bitor_assign");
    test_nonzero_from_int_on_success();
    ps("test_nonzero_from_int_on_success");
    test_nonzero_from_int_on_err();
    ps("test_nonzero_from_int_on_err");
    nonzero_const();
    ps("nonzero_const");
    test_nonzero_uint_div();
    ps("test_nonzero_uint_div");
    test_nonzero_uint_rem();
    ps("test_nonzero_uint_rem");
}
