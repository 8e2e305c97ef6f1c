//! The spec's image-filter component through the whole WIT path: model -> WIT -> wit-parser
//! -> canonical ABI signatures and names -> component-type metadata.

use wit_gen::resolve::{CoreTy, Direction};
use wit_gen::{Component, Func, ImportSpec, Interface, Param, Record, Field, Resolved, Ty};

fn image_filter() -> Component {
    let kernel = Ty::Tuple(vec![Ty::F32; 9]);
    Component {
        namespace: "wasmrust".into(),
        name: "image-filter".into(),
        version: semver::Version::new(1, 0, 0),
        records: vec![],
        exports: vec![Func {
            name: "sharpen".into(),
            params: vec![
                Param { name: "pixels".into(), ty: Ty::List(Box::new(Ty::U8)) },
                Param { name: "width".into(), ty: Ty::U32 },
                Param { name: "height".into(), ty: Ty::U32 },
            ],
            result: Some(Ty::List(Box::new(Ty::U8))),
        }],
        imports: vec![Interface {
            spec: ImportSpec::parse("gfx@2.1").unwrap(),
            records: vec![],
            funcs: vec![Func {
                name: "convolve-3x3".into(),
                params: vec![
                    Param { name: "pixels".into(), ty: Ty::List(Box::new(Ty::U8)) },
                    Param { name: "kernel".into(), ty: kernel },
                ],
                result: Some(Ty::List(Box::new(Ty::U8))),
            }],
        }],
    }
}

#[test]
fn image_filter_world_resolves_with_expected_abi() {
    let (r, text) = Resolved::from_component(&image_filter()).unwrap();
    assert!(text.contains("import wasmrust:gfx/gfx@2.1.0;"), "{text}");
    assert_eq!(r.world_id(), "wasmrust:image-filter/image-filter@1.0.0");
    let funcs = r.functions().unwrap();
    assert_eq!(funcs.len(), 2);

    let conv = funcs.iter().find(|f| f.func.name == "convolve-3x3").unwrap();
    assert_eq!(
        conv.dir,
        Direction::Import { module: "wasmrust:gfx/gfx@2.1.0".into(), field: "convolve-3x3".into() }
    );
    // list<u8> = (ptr, len), 9 x f32, then the return pointer for the list result.
    let mut expected = vec![CoreTy::I32, CoreTy::I32];
    expected.extend([CoreTy::F32; 9]);
    expected.push(CoreTy::I32);
    assert_eq!(conv.params, expected);
    assert!(conv.results.is_empty() && conv.retptr && !conv.indirect_params);
    assert_eq!((conv.result_size, conv.result_align), (8, 4));

    let sharpen = funcs.iter().find(|f| f.func.name == "sharpen").unwrap();
    assert_eq!(
        sharpen.dir,
        Direction::Export { name: "sharpen".into(), post_return: "cabi_post_sharpen".into() }
    );
    assert_eq!(sharpen.params, vec![CoreTy::I32; 4]);
    assert_eq!(sharpen.results, vec![CoreTy::I32]);
}

#[test]
fn generated_wit_round_trips_through_wit_parser() {
    let (r, _) = Resolved::from_component(&image_filter()).unwrap();
    let printed = r.to_wit().unwrap();
    let again = Resolved::from_text("again.wit", &printed, Some("image-filter")).unwrap();
    assert_eq!(again.to_wit().unwrap(), printed);
    assert_eq!(again.world_id(), r.world_id());
}

#[test]
fn metadata_is_a_valid_component_type() {
    let (r, _) = Resolved::from_component(&image_filter()).unwrap();
    let bytes = r.metadata().unwrap();
    wasmparser::Validator::new_with_features(wasmparser::WasmFeatures::all())
        .validate_all(&bytes)
        .unwrap();
    assert!(r.custom_section_name().starts_with("component-type:"));
}

#[test]
fn records_options_results_and_many_params() {
    let point = Record {
        name: "point".into(),
        fields: vec![
            Field { name: "x".into(), ty: Ty::F64 },
            Field { name: "label".into(), ty: Ty::Option(Box::new(Ty::String)) },
        ],
    };
    let c = Component {
        namespace: "wasmrust".into(),
        name: "shapes".into(),
        version: semver::Version::new(0, 3, 1),
        records: vec![point],
        exports: vec![
            Func {
                name: "centroid".into(),
                params: vec![Param { name: "pts".into(), ty: Ty::List(Box::new(Ty::Named("point".into()))) }],
                result: Some(Ty::Result(Some(Box::new(Ty::Named("point".into()))), Some(Box::new(Ty::String)))),
            },
            Func {
                name: "wide".into(),
                params: (0..17).map(|i| Param { name: format!("a{i}"), ty: Ty::U8 }).collect(),
                result: Some(Ty::Bool),
            },
        ],
        imports: vec![],
    };
    let (r, text) = Resolved::from_component(&c).unwrap();
    assert!(text.contains("record point {"), "{text}");
    let funcs = r.functions().unwrap();
    let wide = funcs.iter().find(|f| f.func.name == "wide").unwrap();
    assert!(wide.indirect_params);
    assert_eq!(wide.params, vec![CoreTy::I32]);
    assert_eq!((wide.params_size, wide.params_align), (17, 1));
    let centroid = funcs.iter().find(|f| f.func.name == "centroid").unwrap();
    assert_eq!(centroid.records.len(), 1);
    assert!(centroid.retptr);
}

#[test]
fn unsupported_wit_types_are_named() {
    let wit = "package a:b@1.0.0;\nworld w { enum color { red, green } export f: func(c: color); }\n";
    let r = Resolved::from_text("w.wit", wit, None).unwrap();
    let e = format!("{:#}", r.functions().unwrap_err());
    assert!(e.contains("not supported yet: WIT enum types"), "{e}");
}
