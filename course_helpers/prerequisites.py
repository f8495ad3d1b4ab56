"""Prerequisite loops: the strongly connected components a set of modules reaches (notebook 05).

A catalogue's prerequisites form a directed graph. A loop (A needs B, B needs
A, or a module that needs itself) means none of its modules can ever be
taken. :func:`loops_reached` finds every loop reachable from some starting
modules with Tarjan's algorithm, written without recursion so that a chain of
thousands of modules cannot exhaust Python's stack. Pure: no I/O, no wording.
"""
from __future__ import annotations

from typing import Callable, Iterable, Sequence


def loops_reached(starts: Iterable[str], needs: Callable[[str], Sequence[str]]) -> list[list[str]]:
    """Every prerequisite loop reachable from ``starts``; ``needs(id)`` gives a module's known prerequisites.

    Each loop is a list of module ids (a single id when a module needs itself).
    Each edge list is asked for once per module.
    """
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    edges_of: dict[str, Sequence[str]] = {}
    loops: list[list[str]] = []
    counter = 0
    for root in starts:
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            node, child = work.pop()
            if child == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            edges = edges_of.get(node)
            if edges is None:
                edges = edges_of[node] = needs(node)
            if child < len(edges):
                work.append((node, child + 1))
                successor = edges[child]
                if successor not in index:
                    work.append((successor, 0))
                elif successor in on_stack:
                    low[node] = min(low[node], index[successor])
                continue
            if low[node] == index[node]:  # node is the root of a component: pop it
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1 or node in edges:
                    loops.append(component)
            if work:  # back in the parent, which reaches whatever node reaches
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return loops
