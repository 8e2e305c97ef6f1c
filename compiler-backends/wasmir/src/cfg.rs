//! Control-flow graph utilities shared by the verifier and the backends: reverse post-order and
//! dominators (Cooper, Harvey & Kennedy's iterative algorithm, near-linear in practice).

use crate::ir::{BlockId, Function};

/// Successor lists of a function's blocks (duplicates removed, order kept).
pub fn successors(f: &Function) -> Vec<Vec<usize>> {
    f.blocks
        .iter()
        .map(|b| {
            let mut s: Vec<usize> = Vec::new();
            for t in b.term.targets() {
                let i = t.block.0 as usize;
                if i < f.blocks.len() && !s.contains(&i) {
                    s.push(i);
                }
            }
            s
        })
        .collect()
}

/// Reverse post-order of the nodes reachable from `entry` (iterative DFS, no recursion).
pub fn reverse_postorder(succs: &[Vec<usize>], entry: usize) -> Vec<usize> {
    let n = succs.len();
    let mut seen = vec![false; n];
    let mut post = Vec::with_capacity(n);
    let mut stack = vec![(entry, 0usize)];
    seen[entry] = true;
    while let Some((node, i)) = stack.last_mut() {
        if let Some(&s) = succs[*node].get(*i) {
            *i += 1;
            if !seen[s] {
                seen[s] = true;
                stack.push((s, 0));
            }
        } else {
            post.push(*node);
            stack.pop();
        }
    }
    post.reverse();
    post
}

/// Dominator information for the reachable part of a CFG.
pub struct DomTree {
    /// Reverse post-order of reachable nodes.
    pub rpo: Vec<usize>,
    /// Position of each node in `rpo` (`usize::MAX` if unreachable).
    pub rpo_index: Vec<usize>,
    /// Immediate dominator (the entry's is itself; `usize::MAX` if unreachable).
    pub idom: Vec<usize>,
}

impl DomTree {
    /// Computes dominators of `succs` rooted at `entry`.
    pub fn compute(succs: &[Vec<usize>], entry: usize) -> DomTree {
        let n = succs.len();
        let rpo = reverse_postorder(succs, entry);
        let mut rpo_index = vec![usize::MAX; n];
        for (i, &b) in rpo.iter().enumerate() {
            rpo_index[b] = i;
        }
        let mut preds = vec![Vec::new(); n];
        for &b in &rpo {
            for &s in &succs[b] {
                preds[s].push(b);
            }
        }
        let mut idom = vec![usize::MAX; n];
        idom[entry] = entry;
        let mut changed = true;
        while changed {
            changed = false;
            for &b in rpo.iter().skip(1) {
                let mut new = usize::MAX;
                for &p in &preds[b] {
                    if idom[p] == usize::MAX {
                        continue;
                    }
                    new = if new == usize::MAX { p } else { intersect(&idom, &rpo_index, p, new) };
                }
                if new != idom[b] {
                    idom[b] = new;
                    changed = true;
                }
            }
        }
        DomTree { rpo, rpo_index, idom }
    }

    /// Whether node `a` dominates node `b` (both reachable). Walks the idom chain.
    pub fn dominates(&self, a: usize, mut b: usize) -> bool {
        if self.rpo_index[a] == usize::MAX || self.rpo_index[b] == usize::MAX {
            return false;
        }
        loop {
            if a == b {
                return true;
            }
            let up = self.idom[b];
            if up == b || self.rpo_index[a] > self.rpo_index[b] {
                return false;
            }
            b = up;
        }
    }

    /// Whether a node is reachable from the entry.
    pub fn reachable(&self, b: usize) -> bool {
        self.rpo_index[b] != usize::MAX
    }
}

fn intersect(idom: &[usize], order: &[usize], mut a: usize, mut b: usize) -> usize {
    while a != b {
        while order[a] > order[b] {
            a = idom[a];
        }
        while order[b] > order[a] {
            b = idom[b];
        }
    }
    a
}

/// Dominator tree of a WasmIR function.
pub fn dominators(f: &Function) -> DomTree {
    DomTree::compute(&successors(f), 0)
}

/// Whether the function's reachable CFG is reducible: every retreating edge (in RPO) goes to a
/// block that dominates its source.
pub fn is_reducible(succs: &[Vec<usize>], dt: &DomTree) -> bool {
    dt.rpo.iter().all(|&b| succs[b].iter().all(|&s| dt.rpo_index[s] > dt.rpo_index[b] || dt.dominates(s, b)))
}

/// Convenience: the block ids of a function in reverse post-order.
pub fn rpo_blocks(f: &Function) -> Vec<BlockId> {
    dominators(f).rpo.into_iter().map(|b| BlockId(b as u32)).collect()
}
