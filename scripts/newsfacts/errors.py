"""Errors a user can act on: each names the file and says what to do."""

from pathlib import Path


class NewsfactsError(Exception):
    """A problem the CLI reports in one line, without a traceback."""


class InputError(NewsfactsError):
    def __init__(self, path: Path, problem: str):
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")
