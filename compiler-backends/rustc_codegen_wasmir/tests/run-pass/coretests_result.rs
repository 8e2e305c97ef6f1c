// core's tests: result
// Adapted automatically from rustc 1.96.0 library/coretests/tests/result.rs (core's own test
// suite, MIT/Apache-2.0) by compiler-backends/codegen-tests/extract_coretests.py: `std::` -> `core::`,
// #[test] fns become plain fns that `run` calls in order, printing each name after it passed (a
// failed assertion traps); tests and items needing alloc/std or panicking on purpose are left out.
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
use core::ops::DerefMut;
use core::option::*;
fn op1() -> Result<isize, &'static str> {
    Ok(666)
}
fn op2() -> Result<isize, &'static str> {
    Err("sadface")
}
fn test_and() {
    assert_eq!(op1().and(Ok(667)).unwrap(), 667);
    assert_eq!(op1().and(Err::<i32, &'static str>("bad")).unwrap_err(), "bad");

    assert_eq!(op2().and(Ok(667)).unwrap_err(), "sadface");
    assert_eq!(op2().and(Err::<i32, &'static str>("bad")).unwrap_err(), "sadface");
}
fn test_and_then() {
    assert_eq!(op1().and_then(|i| Ok::<isize, &'static str>(i + 1)).unwrap(), 667);
    assert_eq!(op1().and_then(|_| Err::<isize, &'static str>("bad")).unwrap_err(), "bad");

    assert_eq!(op2().and_then(|i| Ok::<isize, &'static str>(i + 1)).unwrap_err(), "sadface");
    assert_eq!(op2().and_then(|_| Err::<isize, &'static str>("bad")).unwrap_err(), "sadface");
}
fn test_or() {
    assert_eq!(op1().or(Ok::<_, &'static str>(667)).unwrap(), 666);
    assert_eq!(op1().or(Err("bad")).unwrap(), 666);

    assert_eq!(op2().or(Ok::<_, &'static str>(667)).unwrap(), 667);
    assert_eq!(op2().or(Err("bad")).unwrap_err(), "bad");
}
fn test_or_else() {
    assert_eq!(op1().or_else(|_| Ok::<isize, &'static str>(667)).unwrap(), 666);
    assert_eq!(op1().or_else(|e| Err::<isize, &'static str>(e)).unwrap(), 666);

    assert_eq!(op2().or_else(|_| Ok::<isize, &'static str>(667)).unwrap(), 667);
    assert_eq!(op2().or_else(|e| Err::<isize, &'static str>(e)).unwrap_err(), "sadface");
}
fn test_impl_map() {
    assert!(Ok::<isize, isize>(1).map(|x| x + 1) == Ok(2));
    assert!(Err::<isize, isize>(1).map(|x| x + 1) == Err(1));
}
fn test_impl_map_err() {
    assert!(Ok::<isize, isize>(1).map_err(|x| x + 1) == Ok(1));
    assert!(Err::<isize, isize>(1).map_err(|x| x + 1) == Err(2));
}
fn test_unwrap_or() {
    let ok: Result<isize, &'static str> = Ok(100);
    let ok_err: Result<isize, &'static str> = Err("Err");

    assert_eq!(ok.unwrap_or(50), 100);
    assert_eq!(ok_err.unwrap_or(50), 50);
}
fn test_unwrap_or_else() {
    fn handler(msg: &'static str) -> isize {
        if msg == "I got this." { 50 } else { panic!("BadBad") }
    }

    let ok: Result<isize, &'static str> = Ok(100);
    let ok_err: Result<isize, &'static str> = Err("I got this.");

    assert_eq!(ok.unwrap_or_else(handler), 100);
    assert_eq!(ok_err.unwrap_or_else(handler), 50);
}
fn test_unwrap_unchecked() {
    let ok: Result<isize, &'static str> = Ok(100);
    assert_eq!(unsafe { ok.unwrap_unchecked() }, 100);
}
fn test_unwrap_err_unchecked() {
    let ok_err: Result<isize, &'static str> = Err("Err");
    assert_eq!(unsafe { ok_err.unwrap_err_unchecked() }, "Err");
}
pub fn test_expect_ok() {
    let ok: Result<isize, &'static str> = Ok(100);
    assert_eq!(ok.expect("Unexpected error"), 100);
}
pub fn test_expect_err_err() {
    let ok: Result<&'static str, isize> = Err(100);
    assert_eq!(ok.expect_err("Unexpected ok"), 100);
}
pub fn test_iter() {
    let ok: Result<isize, &'static str> = Ok(100);
    let mut it = ok.iter();
    assert_eq!(it.size_hint(), (1, Some(1)));
    assert_eq!(it.next(), Some(&100));
    assert_eq!(it.size_hint(), (0, Some(0)));
    assert!(it.next().is_none());
    assert_eq!((&ok).into_iter().next(), Some(&100));

    let err: Result<isize, &'static str> = Err("error");
    assert_eq!(err.iter().next(), None);
}
#[allow(for_loops_over_fallibles)]
pub fn test_iter_mut() {
    let mut ok: Result<isize, &'static str> = Ok(100);
    for loc in ok.iter_mut() {
        *loc = 200;
    }
    assert_eq!(ok, Ok(200));
    for loc in &mut ok {
        *loc = 300;
    }
    assert_eq!(ok, Ok(300));

    let mut err: Result<isize, &'static str> = Err("error");
    for loc in err.iter_mut() {
        *loc = 200;
    }
    assert_eq!(err, Err("error"));
}
pub fn test_unwrap_or_default() {
    assert_eq!(op1().unwrap_or_default(), 666);
    assert_eq!(op2().unwrap_or_default(), 0);
}
#[allow(non_local_definitions)]
pub fn test_into_ok() {
    fn infallible_op() -> Result<isize, !> {
        Ok(666)
    }

    assert_eq!(infallible_op().into_ok(), 666);

    enum MyNeverToken {}
    impl From<MyNeverToken> for ! {
        fn from(never: MyNeverToken) -> ! {
            match never {}
        }
    }

    fn infallible_op2() -> Result<isize, MyNeverToken> {
        Ok(667)
    }

    assert_eq!(infallible_op2().into_ok(), 667);
}
#[allow(non_local_definitions)]
pub fn test_into_err() {
    fn until_error_op() -> Result<!, isize> {
        Err(666)
    }

    assert_eq!(until_error_op().into_err(), 666);

    enum MyNeverToken {}
    impl From<MyNeverToken> for ! {
        fn from(never: MyNeverToken) -> ! {
            match never {}
        }
    }

    fn until_error_op2() -> Result<MyNeverToken, isize> {
        Err(667)
    }

    assert_eq!(until_error_op2().into_err(), 667);
}
fn test_try() {
    fn try_result_ok() -> Result<u8, u32> {
        let result: Result<u8, u8> = Ok(1);
        let val = result?;
        Ok(val)
    }
    assert_eq!(try_result_ok(), Ok(1));

    fn try_result_err() -> Result<u8, u32> {
        let result: Result<u8, u8> = Err(1);
        let val = result?;
        Ok(val)
    }
    assert_eq!(try_result_err(), Err(1));
}
fn result_const() {
    // test that the methods of `Result` are usable in a const context

    const RESULT: Result<usize, bool> = Ok(32);

    const REF: Result<&usize, &bool> = RESULT.as_ref();
    assert_eq!(REF, Ok(&32));

    const IS_OK: bool = RESULT.is_ok();
    assert!(IS_OK);

    const IS_ERR: bool = RESULT.is_err();
    assert!(!IS_ERR)
}
const fn result_const_mut() {
    let mut result: Result<usize, bool> = Ok(32);

    {
        let as_mut = result.as_mut();
        match as_mut {
            Ok(v) => *v = 42,
            Err(_) => unreachable!(),
        }
    }

    let mut result_err: Result<usize, bool> = Err(false);

    {
        let as_mut = result_err.as_mut();
        match as_mut {
            Ok(_) => unreachable!(),
            Err(v) => *v = true,
        }
    }
}
fn result_try_trait_v2_branch() {
    use core::num::NonZero;
    use core::ops::ControlFlow::*;
    use core::ops::Try;

    assert_eq!(Ok::<i32, i32>(4).branch(), Continue(4));
    assert_eq!(Err::<i32, i32>(4).branch(), Break(Err(4)));
    let one = NonZero::new(1).unwrap();
    assert_eq!(Ok::<(), NonZero<u32>>(()).branch(), Continue(()));
    assert_eq!(Err::<(), NonZero<u32>>(one).branch(), Break(Err(one)));
    assert_eq!(Ok::<NonZero<u32>, ()>(one).branch(), Continue(one));
    assert_eq!(Err::<NonZero<u32>, ()>(()).branch(), Break(Err(())));
}
// helper functions for const contexts
const fn eq10(x: u8) -> bool {
    x == 10
}
const fn eq20(e: u8) -> bool {
    e == 20
}
const fn double_u16(x: u8) -> u16 {
    x as u16 * 2
}
const fn to_u16(x: u8) -> u16 {
    x as u16
}
const fn err_to_u16_plus1(e: u8) -> u16 {
    e as u16 + 1
}
const fn inc_u8(x: u8) -> u8 {
    x + 1
}
const fn noop_u8_ref(_x: &u8) {}
const fn add1_result(x: u8) -> Result<u8, u8> {
    Ok(x + 1)
}
const fn add5_result(e: u8) -> Result<u8, u8> {
    Ok(e + 5)
}
const fn plus7_u8(e: u8) -> u8 {
    e + 7
}
fn test_const_result() {
    const {
        let r_ok: Result<u8, u8> = Ok(10);
        let r_err: Result<u8, u8> = Err(20);
        assert!(r_ok.is_ok());
        assert!(r_err.is_err());

        let ok_and = r_ok.is_ok_and(eq10);
        let err_and = r_err.is_err_and(eq20);
        assert!(ok_and);
        assert!(err_and);

        let opt_ok: Option<u8> = r_ok.ok();
        let opt_err: Option<u8> = r_err.err();
        assert!(opt_ok.unwrap() == 10);
        assert!(opt_err.unwrap() == 20);

        let mapped: Result<u16, u8> = r_ok.map(double_u16);
        let map_or: u16 = r_ok.map_or(0, to_u16);
        let map_or_else: u16 = r_err.map_or_else(err_to_u16_plus1, to_u16);
        let map_or_default: u8 = r_err.map_or_default(inc_u8);
        assert!(mapped.unwrap_or_default() == 20);
        assert!(map_or == 10);
        assert!(map_or_else == 21);
        assert!(map_or_default == 0);

        let _map_err: Result<u8, u16> = r_err.map_err(to_u16);
        //FIXME: currently can't unwrap const error
        // assert!(map_err.unwrap_err() == 20);

        let inspected_ok: Result<u8, u8> = r_ok.inspect(noop_u8_ref);
        let inspected_err: Result<u8, u8> = r_err.inspect_err(noop_u8_ref);
        assert!(inspected_ok.is_ok());
        assert!(inspected_err.is_err());

        let unwrapped_default: u8 = r_err.unwrap_or_default();
        assert!(unwrapped_default == 0);

        let and_then: Result<u8, u8> = r_ok.and_then(add1_result);
        let or: Result<u8, u8> = r_err.or(Ok(5));
        let or_else: Result<u8, u8> = r_err.or_else(add5_result);
        assert!(and_then.unwrap_or_default() == 11);
        assert!(or.unwrap_or_default() == 5);
        assert!(or_else.unwrap_or_default() == 25);

        let u_or: u8 = r_err.unwrap_or(7);
        let u_or_else: u8 = r_err.unwrap_or_else(plus7_u8);
        assert!(u_or == 7);
        assert!(u_or_else == 27);
    };
}
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    test_and();
    ps("test_and");
    test_and_then();
    ps("test_and_then");
    test_or();
    ps("test_or");
    test_or_else();
    ps("test_or_else");
    test_impl_map();
    ps("test_impl_map");
    test_impl_map_err();
    ps("test_impl_map_err");
    test_unwrap_or();
    ps("test_unwrap_or");
    test_unwrap_or_else();
    ps("test_unwrap_or_else");
    test_unwrap_unchecked();
    ps("test_unwrap_unchecked");
    test_unwrap_err_unchecked();
    ps("test_unwrap_err_unchecked");
    test_expect_ok();
    ps("test_expect_ok");
    test_expect_err_err();
    ps("test_expect_err_err");
    test_iter();
    ps("test_iter");
    test_iter_mut();
    ps("test_iter_mut");
    test_unwrap_or_default();
    ps("test_unwrap_or_default");
    test_into_ok();
    ps("test_into_ok");
    test_into_err();
    ps("test_into_err");
    test_try();
    ps("test_try");
    result_const();
    ps("result_const");
    result_const_mut();
    ps("result_const_mut");
    result_try_trait_v2_branch();
    ps("result_try_trait_v2_branch");
    test_const_result();
    ps("test_const_result");
}
