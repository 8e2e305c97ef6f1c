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
    reverse_postorder_by(succs.len(), entry, |node, i| succs[node].get(i).copied())
}

/// [`reverse_postorder`] of a CFG of `n` nodes given by `nth_succ(node, i)`, node's `i`-th
/// successor (`None` past the last), for callers that keep their edges in another form.
pub fn reverse_postorder_by(n: usize, entry: usize, nth_succ: impl Fn(usize, usize) -> Option<usize>) -> Vec<usize> {
    let mut seen = vec![false; n];
    let mut post = Vec::with_capacity(n);
    let mut stack = vec![(entry, 0usize)];
    seen[entry] = true;
    while let Some((node, i)) = stack.last_mut() {
        if let Some(s) = nth_succ(*node, *i) {
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

/// Immediate dominators of a CFG numbered in reverse post-order (position 0 is the entry and
/// every position is reachable), by position, given each position's predecessors (Cooper,
/// Harvey & Kennedy; in this numbering positions compare as the order itself).
pub fn rpo_idoms<'a>(m: usize, preds: impl Fn(usize) -> &'a [u32]) -> Vec<u32> {
    let mut idom = vec![u32::MAX; m];
    if m > 0 {
        idom[0] = 0;
    }
    let intersect = |idom: &[u32], mut a: u32, mut b: u32| {
        while a != b {
            while a > b {
                a = idom[a as usize];
            }
            while b > a {
                b = idom[b as usize];
            }
        }
        a
    };
    let mut changed = true;
    while changed {
        changed = false;
        for x in 1..m {
            let mut new = u32::MAX;
            for &p in preds(x) {
                if idom[p as usize] == u32::MAX {
                    continue;
                }
                new = if new == u32::MAX { p } else { intersect(&idom, p, new) };
            }
            if new != idom[x] {
                idom[x] = new;
                changed = true;
            }
        }
    }
    idom
}

/// Whether position `a` dominates position `b`, with `idom` from [`rpo_idoms`].
pub fn rpo_dominates(idom: &[u32], a: u32, mut b: u32) -> bool {
    loop {
        if a == b {
            return true;
        }
        let up = idom[b as usize];
        if up == b || a > b {
            return false;
        }
        b = up;
    }
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
        // Dominators by position, then mapped back to nodes.
        let mut preds: Vec<Vec<u32>> = vec![Vec::new(); rpo.len()];
        for (i, &b) in rpo.iter().enumerate() {
            for &s in &succs[b] {
                preds[rpo_index[s]].push(i as u32);
            }
        }
        let by_position = rpo_idoms(rpo.len(), |x| &preds[x]);
        let mut idom = vec![usize::MAX; n];
        for (x, &d) in by_position.iter().enumerate() {
            idom[rpo[x]] = rpo[d as usize];
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
