//! Tests of the Rust harness runtime, run in the runner image:
//! rustc --test --edition 2021 -o runtime_test test/tryout_test.rs && ./runtime_test
#[path = "../tryout.rs"]
mod tryout;

use std::cell::RefCell;
use std::rc::Rc;
use tryout::{parse, FromJson, Json, ListNode, ToJson, TreeNode};

fn read<T: FromJson>(text: &str) -> Result<T, String> {
    T::from_json(&parse(text)?)
}

#[test]
fn parses_scalars_and_keeps_number_text() {
    assert!(matches!(parse(" null ").unwrap(), Json::Null));
    assert!(matches!(parse("true").unwrap(), Json::Bool(true)));
    assert!(matches!(parse("-12.5e+3").unwrap(), Json::Num(s) if s == "-12.5e+3"));
    assert_eq!(read::<i64>("9223372036854775807").unwrap(), i64::MAX);
    assert_eq!(read::<i32>("-2147483648").unwrap(), i32::MIN);
    assert_eq!(read::<f64>("1e300").unwrap(), 1e300);
    assert_eq!(read::<bool>("false").unwrap(), false);
}

#[test]
fn refuses_malformed_json_and_wrong_types() {
    for bad in ["", "[1,", "[1 2]", "01", "1.", "-", "tru", "\"a", "[1]x", "{}", "\"\u{1}\""] {
        assert!(parse(bad).is_err(), "{:?} parsed", bad);
    }
    assert!(read::<i32>("2147483648").is_err());
    assert!(read::<i32>("1.5").is_err());
    assert!(read::<String>("1").is_err());
    assert!(read::<Vec<i32>>("[1,\"2\"]").is_err());
}

#[test]
fn decodes_string_escapes_and_surrogate_pairs() {
    let s: String = read(r#""a\"b\\c\/d\n\t\u00e9\ud83d\ude00\u20ac""#).unwrap();
    assert_eq!(s, "a\"b\\c/d\n\té😀€");
    let lone: String = read(r#""\ud800x""#).unwrap();
    assert_eq!(lone, "\u{FFFD}x");
}

#[test]
fn reads_nested_arrays() {
    let g: Vec<Vec<String>> = read(r#"[["a",""],[]]"#).unwrap();
    assert_eq!(g, vec![vec!["a".to_string(), String::new()], vec![]]);
    let b: Vec<Vec<bool>> = read("[[true,false]]").unwrap();
    assert_eq!(b, vec![vec![true, false]]);
}

#[test]
fn writes_values_as_json() {
    assert_eq!(tryout::to_json(&vec![1i64 << 62, -(1i64 << 62)]), "[4611686018427387904,-4611686018427387904]");
    assert_eq!(tryout::to_json(&vec![0.1f64, -3.0, 1e300, 2.5e-10]), "[0.1,-3.0,1e300,2.5e-10]");
    assert_eq!(tryout::to_json(&"q\"\\\n\u{1}é".to_string()), r#""q\"\\\n\u0001é""#);
    assert_eq!(tryout::to_json(&Vec::<Vec<bool>>::new()), "[]");
    let mut out = String::new();
    true.write_json(&mut out);
    assert_eq!(out, "true");
}

#[test]
fn every_written_double_reads_back_the_same() {
    for x in [0.1f64, 1.0 / 3.0, -2.5e-3 / 3.0, 1e300 * 2.0, 5e-324, 123456789.123] {
        let back: f64 = read(&tryout::to_json(&x)).unwrap();
        assert_eq!(back, x);
    }
}

#[test]
#[should_panic(expected = "not a JSON number")]
fn refuses_nan() {
    tryout::to_json(&f64::NAN);
}

#[test]
fn builds_and_writes_lists() {
    let l: Option<Box<ListNode>> = read("[1,2,3]").unwrap();
    assert_eq!(l.as_ref().unwrap().next.as_ref().unwrap().val, 2);
    assert_eq!(tryout::to_json(&l), "[1,2,3]");
    let empty: Option<Box<ListNode>> = read("[]").unwrap();
    assert!(empty.is_none());
    assert_eq!(tryout::to_json(&empty), "[]");
    let mut one = ListNode::new(7);
    one.next = Some(Box::new(ListNode::new(8)));
    assert_eq!(tryout::to_json(&Some(Box::new(one))), "[7,8]");
}

#[test]
fn builds_and_writes_trees_in_level_order() {
    for text in ["[4,2,7,1,3,6,9]", "[1,null,2,3]", "[]", "[1,2]", "[3,9,20,null,null,15,7]"] {
        let t: Option<Rc<RefCell<TreeNode>>> = read(text).unwrap();
        assert_eq!(tryout::to_json(&t), text);
    }
    // Trailing nulls are dropped.
    let t: Option<Rc<RefCell<TreeNode>>> = read("[1,2,null,null,null]").unwrap();
    assert_eq!(tryout::to_json(&t), "[1,2]");
}

#[test]
#[should_panic(expected = "shared node")]
fn refuses_a_tree_with_a_shared_node() {
    let leaf = Rc::new(RefCell::new(TreeNode::new(2)));
    let mut root = TreeNode::new(1);
    root.left = Some(leaf.clone());
    root.right = Some(leaf);
    tryout::to_json(&Some(Rc::new(RefCell::new(root))));
}
