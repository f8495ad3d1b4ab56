"""Names a package exports but imports from its submodules only when first used (PEP 562).

    __getattr__, __dir__ = lazy_names(__name__, {"holoniq_map": "holoniq"}, globals())

A notebook uses a few of the package's names; importing every submodule up
front would make every notebook's first cell wait for all of them.
"""
from __future__ import annotations

from importlib import import_module
from typing import Any, Callable, Mapping


def lazy_names(package: str, module_of: Mapping[str, str],
               namespace: dict[str, Any]) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` for ``package``: each name in ``module_of`` comes from that submodule the
    first time it is used, and is then kept in ``namespace`` (the package's globals) so later uses are direct."""

    def __getattr__(name: str) -> Any:
        module = module_of.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(f"{package}.{module}"), name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(set(namespace) | set(namespace.get("__all__", ())))

    return __getattr__, __dir__
