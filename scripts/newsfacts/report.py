"""What validation found, in a form a person reads in a terminal: layer, table, rule, rows, examples."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

ERROR, WARNING = "error", "warning"
EXAMPLES = 3


@dataclass
class Problem:
    layer: str  # frictionless, json-schema or expectations
    table: str  # the table, document or "corpus" the rule is about
    rule: str  # what should hold, in words
    severity: str = ERROR
    count: int = 0  # rows that break the rule; 0 when the rule is not about rows
    examples: list[str] = field(default_factory=list)  # ids of offending rows, or places in a document
    unit: str = "row"

    def __str__(self) -> str:
        rows = f" — {self.count} {self.unit}{'s' if self.count != 1 else ''}" if self.count else ""
        shown = self.examples[:EXAMPLES]
        more = " …" if len(self.examples) > EXAMPLES else ""
        examples = f", e.g. {', '.join(shown)}{more}" if shown else ""
        return f"{self.severity.upper():<7} {self.layer:<13}{self.table}: {self.rule}{rows}{examples}"


@dataclass
class Report:
    descriptor: Path
    checked: dict[str, str] = field(default_factory=dict)  # layer -> what it looked at
    problems: list[Problem] = field(default_factory=list)
    figures: dict[str, str] = field(default_factory=dict)  # corpus-level figures worth seeing every time
    docs: Path | None = None

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == WARNING]

    def __str__(self) -> str:
        lines = [f"Validation of {self.descriptor}"]
        for layer, checked in self.checked.items():
            found = [p for p in self.problems if p.layer == layer]
            verdict = "ok" if not found else ", ".join(
                f"{n} {kind}{'s' if n != 1 else ''}"
                for kind, n in ((ERROR, sum(p.severity == ERROR for p in found)), (WARNING, sum(p.severity == WARNING for p in found)))
                if n
            )
            lines.append(f"  {layer:<13}{checked}: {verdict}")
        for name, value in self.figures.items():
            lines.append(f"  {'corpus':<13}{name}: {value}")
        if self.problems:
            lines.append("")
            lines += [f"  {p}" for p in sorted(self.problems, key=lambda p: (p.severity != ERROR, p.layer, p.table, p.rule))]
        lines.append("")
        verdict = f"INVALID: {len(self.errors)} error(s), nothing may be published" if self.errors else "valid"
        if self.warnings:
            verdict += f", {len(self.warnings)} warning(s)"
        if self.docs:
            verdict += f". Data Docs: {self.docs / 'index.html'}"
        lines.append(verdict)
        return "\n".join(lines)
