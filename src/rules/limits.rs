//! The limits walk: depth, array and string lengths from [`Options`], over the whole
//! payload in one iterative pass, before any field rule runs.

use super::*;

/// One pass over the payload with an explicit stack: depth, array lengths, string lengths.
/// Paths are kept as parent links and only spelled out for an issue; only objects, arrays
/// and values with an issue get a node in the trail (most values are leaves without one).
pub(super) fn check_limits<'a>(payload: &'a Value, options: &Options, report: &mut Report) {
    let mut nodes: Trail<'a> = Trail::default();
    // (value, its parent's node, the step from the parent, depth)
    let mut stack: Vec<(&Value, usize, Option<Step>, usize)> = Vec::with_capacity(16);
    stack.push((payload, Trail::ROOT, None, 0));
    while let Some((value, parent, step, depth)) = stack.pop() {
        let node = |nodes: &mut Trail<'a>| match step {
            Some(step) => nodes.push(parent, step),
            None => parent,
        };
        if depth > options.max_depth {
            let at = node(&mut nodes);
            report.push(
                Issue::new(Code::TooDeep, "JSON is nested too deeply")
                    .param("max", options.max_depth)
                    .at(&nodes.path(at)),
            );
            continue;
        }
        match value {
            Value::String(s)
                if s.len() > options.max_string_chars
                    && s.chars().count() > options.max_string_chars =>
            {
                let at = node(&mut nodes);
                report.push(
                    Issue::new(Code::TooLong, "Text is too long")
                        .param("max", options.max_string_chars)
                        .at(&nodes.path(at)),
                );
            }
            Value::Array(items) => {
                let at = node(&mut nodes);
                if items.len() > options.max_array_len {
                    report.push(
                        Issue::new(Code::TooManyItems, "List has too many items")
                            .param("max", options.max_array_len)
                            .at(&nodes.path(at)),
                    );
                    continue;
                }
                for (i, item) in items.iter().enumerate().rev() {
                    stack.push((item, at, Some(Step::Index(i)), depth + 1));
                }
            }
            Value::Object(map) => {
                let at = node(&mut nodes);
                for (k, v) in map.iter().rev() {
                    stack.push((v, at, Some(Step::Key(k)), depth + 1));
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
