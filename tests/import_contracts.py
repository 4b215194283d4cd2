"""import-linter contract types that also see the app's top-level modules and page scripts.

import-linter (grimp) builds its graph from packages only, but GPT Lab's faces
(`app/api_bots.py`, ...), `settings.py`, `manage.py`, the entry script and the page scripts are
plain modules that Streamlit runs with `app/` on the path. These contract types add those
modules and their imports to the graph, then check the standard `forbidden` and `protected`
rules, so a face that imports Streamlit breaks a contract like any package module would.
Configured in pyproject.toml under [tool.importlinter]; run by `lint-imports` in
scripts/test.sh.
"""

from __future__ import annotations

import ast
from pathlib import Path

import grimp
from importlinter import ContractCheck
from importlinter.contracts.forbidden import ForbiddenContract
from importlinter.contracts.protected import ProtectedContract

_APP_DIR = Path(__file__).resolve().parent.parent / "app"


def top_level_modules(app_dir: Path) -> dict[str, Path]:
    """The app's modules that are not in a package: `api_bots`, `home`, `pages.lab`, ..."""
    modules = {path.stem: path for path in app_dir.glob("*.py")}
    modules.update({f"pages.{path.stem}": path for path in (app_dir / "pages").glob("*.py")})
    return modules


def _imports(path: Path) -> list[tuple[str, tuple[str, ...], int, str]]:
    """(module, names imported from it, line, text) for every absolute import, nested too."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                found.append((alias.name, (), node.lineno, lines[node.lineno - 1].strip()))
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = tuple(alias.name for alias in node.names)
            found.append((node.module, names, node.lineno, lines[node.lineno - 1].strip()))
    return found


def _target(graph: grimp.ImportGraph, module: str, name: str | None) -> str:
    """The graph's node for `from module import name`: the submodule if `name` is one, else the
    module, else its nearest ancestor in the graph, else a new external (squashed) package."""
    candidates = [f"{module}.{name}", module] if name else [module]
    parts = module.split(".")
    candidates += [".".join(parts[:i]) for i in range(len(parts) - 1, 0, -1)]
    for candidate in candidates:
        if candidate in graph.modules:
            return candidate
    graph.add_module(parts[0], is_squashed=True)
    return parts[0]


def _add_unsquashed(graph: grimp.ImportGraph, name: str) -> None:
    """Add `name` as an app module; if a package's import already put it in the graph as an
    external (squashed) node, replace that node and keep the imports that point at it."""
    if name in graph.modules and not graph.is_module_squashed(name):
        return
    importers = []
    if name in graph.modules:
        importers = [
            (importer, graph.get_import_details(importer=importer, imported=name))
            for importer in graph.find_modules_that_directly_import(name)
        ]
        graph.remove_module(name)
    graph.add_module(name)
    for importer, details in importers:
        for detail in details or [{"line_number": None, "line_contents": None}]:
            graph.add_import(
                importer=importer,
                imported=name,
                line_number=detail["line_number"],
                line_contents=detail["line_contents"],
            )


def add_top_level_modules(graph: grimp.ImportGraph, app_dir: Path = _APP_DIR) -> None:
    """Put the top-level modules and page scripts, with their imports, into the graph."""
    modules = top_level_modules(app_dir)
    for name in ["pages", *modules]:
        _add_unsquashed(graph, name)
    for name, path in modules.items():
        for module, imported_names, line, text in _imports(path):
            for imported_name in imported_names or (None,):
                target = _target(graph, module, imported_name)
                if target != name:
                    graph.add_import(
                        importer=name, imported=target, line_number=line, line_contents=text
                    )


class _WithTopLevelModules:
    def check(self, graph: grimp.ImportGraph, verbose: bool) -> ContractCheck:
        add_top_level_modules(graph)
        return super().check(graph, verbose)  # type: ignore[misc]


class AppForbiddenContract(_WithTopLevelModules, ForbiddenContract):
    """`forbidden`, with the top-level modules and pages in the graph."""


class AppProtectedContract(_WithTopLevelModules, ProtectedContract):
    """`protected`, with the top-level modules and pages in the graph."""
