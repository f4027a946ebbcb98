//! Flat rows (CSV records) to JSON payloads: a dotted column name is a path
//! (`metadata.name` → `{"metadata": {"name": …}}`, `addresses.0.line_1` → an array item), and
//! a column name used more than once becomes an array in column order (Authvia's repeated
//! `address` columns). Empty cells are absent fields. Providers may rename columns
//! ([`Provider::csv_aliases`]).
//!
//! ```
//! use customer_validate::rows::{Columns, row_to_json};
//! let columns = Columns::new(&["ref", "address", "address", "metadata.name"], &[("address", "addresses")]).unwrap();
//! let v = row_to_json(&columns, &["c-1", "+12024561111", "ada@example.com", "Ada"]).unwrap();
//! assert_eq!(v, serde_json::json!({"ref": "c-1", "addresses": ["+12024561111", "ada@example.com"],
//!     "metadata": {"name": "Ada"}}));
//! ```
//!
//! [`Provider::csv_aliases`]: crate::providers::Provider::csv_aliases

use crate::issue::{Code, Issue};
use serde_json::{Map, Value};

/// One step of a column's path.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Step {
    Key(String),
    Index(usize),
    /// Next item of a repeated column's array.
    Push,
}

/// The parsed header: each column's path into the payload.
///
/// ```
/// use customer_validate::rows::Columns;
/// assert!(Columns::new(&["a", ""], &[]).is_err());
/// assert_eq!(Columns::new(&["a", "b"], &[]).unwrap().len(), 2);
/// ```
#[derive(Debug, Clone)]
pub struct Columns {
    paths: Vec<Vec<Step>>,
}

/// Most columns a header may have.
pub const MAX_COLUMNS: usize = 1000;

/// Largest array index a column may name (`addresses.99.line_1`), so a header cannot ask
/// for a huge array.
pub const MAX_COLUMN_INDEX: usize = 99;

impl Columns {
    /// Parses header names; `aliases` renames a one-segment list column (`address` →
    /// `addresses`): each such column holds one item of the list, in column order, so a
    /// single `address` column still makes a one-item list.
    /// Blank names and names whose paths collide (`a` and `a.b`) are refused.
    pub fn new<S: AsRef<str>>(headers: &[S], aliases: &[(&str, &str)]) -> Result<Self, Issue> {
        if headers.len() > MAX_COLUMNS {
            return Err(
                Issue::new(Code::HeaderInvalid, "Too many columns").param("max", MAX_COLUMNS)
            );
        }
        let mut paths = Vec::with_capacity(headers.len());
        for (i, h) in headers.iter().enumerate() {
            let name = clean_header(h.as_ref());
            if name.is_empty() {
                return Err(header_issue("Column name is empty", i));
            }
            let repeated = headers
                .iter()
                .filter(|o| clean_header(o.as_ref()) == name)
                .count()
                > 1;
            let list_alias = !name.contains('.') && aliases.iter().any(|(from, _)| *from == name);
            let mut steps = Vec::new();
            for (j, seg) in name.split('.').enumerate() {
                if seg.is_empty() {
                    return Err(header_issue("Column name has an empty segment", i));
                }
                let seg = if j == 0 {
                    aliases
                        .iter()
                        .find(|(from, _)| *from == seg)
                        .map_or(seg, |(_, to)| to)
                } else {
                    seg
                };
                match seg.parse::<usize>() {
                    Ok(n) if j > 0 && n <= MAX_COLUMN_INDEX => steps.push(Step::Index(n)),
                    Ok(_) if j > 0 => return Err(header_issue("Column index is too large", i)),
                    _ => steps.push(Step::Key(seg.to_owned())),
                }
            }
            if repeated || list_alias {
                steps.push(Step::Push);
            }
            paths.push(steps);
        }
        // Collisions: a leaf that is also a prefix of another path.
        for (i, a) in paths.iter().enumerate() {
            for b in &paths[i + 1..] {
                let n = a.len().min(b.len());
                if a[..n] == b[..n] && a.len() != b.len() && !a.contains(&Step::Push) {
                    return Err(header_issue(
                        "Column names overlap (one is inside another)",
                        i,
                    ));
                }
            }
        }
        Ok(Columns { paths })
    }

    /// Number of columns.
    pub fn len(&self) -> usize {
        self.paths.len()
    }

    /// True when there are no columns.
    pub fn is_empty(&self) -> bool {
        self.paths.is_empty()
    }
}

/// A header name without surrounding whitespace or a leading byte order mark.
fn clean_header(h: &str) -> &str {
    h.trim().trim_start_matches('\u{feff}')
}

fn header_issue(msg: &str, column: usize) -> Issue {
    Issue::new(Code::HeaderInvalid, msg).param("column", column + 1)
}

/// Builds the payload of one row. A row with another number of cells than the header is
/// refused (`params.expected`, `params.received`); empty cells are left out.
///
/// ```
/// use customer_validate::rows::{Columns, row_to_json};
/// let columns = Columns::new(&["name", "addresses.0.line_1"], &[]).unwrap();
/// let v = row_to_json(&columns, &["Ada", "1 Main St"]).unwrap();
/// assert_eq!(v, serde_json::json!({"name": "Ada", "addresses": [{"line_1": "1 Main St"}]}));
/// assert!(row_to_json(&columns, &["only one"]).is_err());
/// ```
pub fn row_to_json<S: AsRef<str>>(columns: &Columns, cells: &[S]) -> Result<Value, Issue> {
    if cells.len() != columns.len() {
        return Err(
            Issue::new(Code::ColumnCount, "Row has the wrong number of columns")
                .param("expected", columns.len())
                .param("received", cells.len()),
        );
    }
    let mut root = Value::Object(Map::new());
    for (steps, cell) in columns.paths.iter().zip(cells) {
        let cell = cell.as_ref();
        if cell.trim().is_empty() {
            continue;
        }
        insert(&mut root, steps, Value::String(cell.to_owned()));
    }
    Ok(root)
}

fn insert(root: &mut Value, steps: &[Step], leaf: Value) {
    let mut cur = root;
    for (i, step) in steps.iter().enumerate() {
        let last = i + 1 == steps.len();
        let next_is_array = matches!(steps.get(i + 1), Some(Step::Index(_) | Step::Push));
        let fresh = || {
            if next_is_array {
                Value::Array(Vec::new())
            } else {
                Value::Object(Map::new())
            }
        };
        cur = match (step, cur) {
            (Step::Key(k), Value::Object(m)) => {
                if last {
                    m.insert(k.clone(), leaf);
                    return;
                }
                m.entry(k.clone()).or_insert_with(fresh)
            }
            (Step::Index(n), Value::Array(a)) => {
                while a.len() <= *n {
                    a.push(Value::Null);
                }
                if last {
                    a[*n] = leaf;
                    return;
                }
                if a[*n].is_null() {
                    a[*n] = fresh();
                }
                &mut a[*n]
            }
            (Step::Push, Value::Array(a)) => {
                a.push(leaf);
                return;
            }
            // A shape clash (header checks make it unreachable); keep the first value.
            _ => return,
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn empty_cells_are_absent_and_order_is_kept() {
        let c = Columns::new(
            &["b", "a", "address", "x", "address"],
            &[("address", "addresses")],
        )
        .unwrap();
        let v = row_to_json(&c, &["2", "", "p1", " ", "p2"]).unwrap();
        assert_eq!(
            serde_json::to_string(&v).unwrap(),
            r#"{"b":"2","addresses":["p1","p2"]}"#
        );
    }

    #[test]
    fn overlapping_headers_are_refused() {
        assert!(Columns::new(&["a", "a.b"], &[]).is_err());
        assert!(Columns::new(&["a..b"], &[]).is_err());
        assert!(Columns::new(&["a.1000"], &[]).is_err());
    }

    #[test]
    fn sparse_indices_fill_with_null() {
        let c = Columns::new(&["l.1"], &[]).unwrap();
        assert_eq!(row_to_json(&c, &["x"]).unwrap(), json!({"l": [null, "x"]}));
    }

    /// Regression (found by tests/cli_validate.rs): an Authvia file with one `address`
    /// column made `"addresses": "…"`, a string, so every row was `invalid_type`.
    #[test]
    fn a_single_aliased_list_column_makes_a_one_item_list() {
        let c = Columns::new(&["ref", "address"], &[("address", "addresses")]).unwrap();
        assert_eq!(
            row_to_json(&c, &["c-1", "+12024561111"]).unwrap(),
            json!({"ref": "c-1", "addresses": ["+12024561111"]})
        );
    }

    /// A BOM before the first header does not hide that the name repeats.
    #[test]
    fn bom_does_not_hide_a_repeated_header() {
        let c = Columns::new(&["\u{feff}tag", "tag"], &[]).unwrap();
        assert_eq!(
            row_to_json(&c, &["a", "b"]).unwrap(),
            json!({"tag": ["a", "b"]})
        );
    }

    #[test]
    fn bom_in_first_header_is_ignored() {
        let c = Columns::new(&["\u{feff}ref"], &[]).unwrap();
        assert_eq!(row_to_json(&c, &["r"]).unwrap(), json!({"ref": "r"}));
    }
}
