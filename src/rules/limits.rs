//! The limits walk: depth, array and string lengths from [`Options`], over the whole
//! payload in one iterative pass, before any field rule runs.

use super::*;

/// One pass over the payload with an explicit stack: depth, array lengths, string lengths.
/// Paths are kept as parent links and only spelled out for an issue.
pub(super) fn check_limits(payload: &Value, options: &Options, report: &mut Report) {
    let mut nodes = Trail::default();
    let mut stack: Vec<(&Value, usize, usize)> = vec![(payload, Trail::ROOT, 0)];
    while let Some((value, node, depth)) = stack.pop() {
        if depth > options.max_depth {
            report.push(
                Issue::new(Code::TooDeep, "JSON is nested too deeply")
                    .param("max", options.max_depth)
                    .at(&nodes.path(node)),
            );
            continue;
        }
        match value {
            Value::String(s)
                if s.len() > options.max_string_chars
                    && s.chars().count() > options.max_string_chars =>
            {
                report.push(
                    Issue::new(Code::TooLong, "Text is too long")
                        .param("max", options.max_string_chars)
                        .at(&nodes.path(node)),
                );
            }
            Value::Array(items) => {
                if items.len() > options.max_array_len {
                    report.push(
                        Issue::new(Code::TooManyItems, "List has too many items")
                            .param("max", options.max_array_len)
                            .at(&nodes.path(node)),
                    );
                    continue;
                }
                for (i, item) in items.iter().enumerate().rev() {
                    stack.push((item, nodes.push(node, Step::Index(i)), depth + 1));
                }
            }
            Value::Object(map) => {
                for (k, v) in map.iter().rev() {
                    stack.push((v, nodes.push(node, Step::Key(k)), depth + 1));
                }
            }
            _ => {}
        }
    }
}

/// One step from a parent node to a child in [`Trail`].
#[derive(Clone, Copy)]
pub(super) enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

/// The nodes a walk has visited, each as its parent's index and the step to it: a path costs
/// nothing until [`Trail::path`] spells it out.
#[derive(Default)]
pub(super) struct Trail<'a> {
    nodes: Vec<(usize, Step<'a>)>,
}

impl<'a> Trail<'a> {
    /// The root's index (it has no entry).
    const ROOT: usize = usize::MAX;

    fn push(&mut self, parent: usize, step: Step<'a>) -> usize {
        self.nodes.push((parent, step));
        self.nodes.len() - 1
    }

    fn path(&self, mut node: usize) -> Path {
        let mut steps = Vec::new();
        while let Some(&(parent, step)) = self.nodes.get(node) {
            steps.push(step);
            node = parent;
        }
        let mut path = Path::root();
        for step in steps.into_iter().rev() {
            path = match step {
                Step::Key(k) => path.key(k),
                Step::Index(i) => path.index(i),
            };
        }
        path
    }
}
