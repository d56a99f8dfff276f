"""Check a written package before anything is published."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import frictionless


@dataclass
class Problem:
    layer: str
    table: str | None
    message: str
    rows: list[int] = field(default_factory=list)

    def __str__(self) -> str:
        where = f"{self.table}: " if self.table else ""
        rows = f" (rows {', '.join(map(str, self.rows[:10]))}{' …' if len(self.rows) > 10 else ''})" if self.rows else ""
        return f"[{self.layer}] {where}{self.message}{rows}"


def frictionless_problems(descriptor_path: Path) -> list[Problem]:
    """Structure: types, constraints, primary and foreign keys, checked by the frictionless validator."""
    report = frictionless.validate(str(descriptor_path))
    problems = []
    for task in report.tasks:
        for error in task.errors:
            row = getattr(error, "row_number", None)
            problems.append(Problem("frictionless", task.name, error.message, [row] if row else []))
    for error in report.errors:
        problems.append(Problem("frictionless", None, error.message))
    return problems


def validate_package(descriptor_path: Path) -> list[Problem]:
    return frictionless_problems(descriptor_path)
