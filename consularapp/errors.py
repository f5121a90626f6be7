"""Typed errors of the core.

The UI has one place that turns these into dialogs (ui/errors.py) and the command line one place
that turns them into exit codes (cli.py). Anything else that escapes is a bug and is reported as
such.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from dataclasses import field as _field
from typing import Any

from consularapp.i18n import N_, _


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input, located precisely enough for a user to fix it.

    `where` says where, for a person: for workbook rows "Sheet, row N, Column", for a dialog the
    field's label. `message` is the sentence, already in the user's language. `code` names the
    rule that was broken, stably (`agreement.terminated_without_signing`, `field.too_long`), and
    `params` holds the values the sentence was made from, so an interface can word it its own way
    and tests can match what went wrong without matching prose. `field` is the record's
    attribute the problem is about (`signed_on`; `memberships.title` with `params["membership"]`
    for a list item), from which a caller works out `where`.
    """

    where: str
    message: str
    code: str = ""
    params: Mapping[str, Any] = _field(default_factory=dict, hash=False, compare=False)
    field: str = ""

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message

    def at(self, where: str) -> Problem:
        """The same problem, located at `where`."""
        return replace(self, where=where)


class ConsularError(Exception):
    """Base of every error the core raises on purpose."""


class InputError(ConsularError):
    """The user's input or data was refused; carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem] | Problem | str, title: str | None = None) -> None:
        if isinstance(problems, str):
            problems = [Problem("", problems, code="input.refused")]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = list(problems)
        self.title = title or _("The input was refused")
        super().__init__("\n".join(str(p) for p in self.problems))


# The kinds of record a NotFoundError names (the Change table names), in words.
_RECORD_KINDS = {
    "office": N_("office"), "consulate": N_("consulate"), "person": N_("person"),
    "agreement": N_("agreement"), "event": N_("event"), "assignment": N_("assignment"),
    "campaign": N_("campaign"), "Labor Rights Week": N_("Labor Rights Week"),
}


class NotFoundError(ConsularError):
    """A record named by its ID does not exist."""

    def __init__(self, kind: str, record_id: str) -> None:
        self.kind = kind
        self.record_id = record_id
        super().__init__(_("No {kind} with ID {id!r}").format(
            kind=_(_RECORD_KINDS.get(kind, kind)), id=record_id))


class InUseError(ConsularError):
    """A record cannot be deleted because others refer to it."""


class WorkbookFileError(ConsularError):
    """The file is not a readable .xlsx workbook at all (as opposed to a workbook with bad rows)."""


class DatabaseError(ConsularError):
    """The database cannot be opened or upgraded."""


class DatabaseTooNewError(DatabaseError):
    """The database was written by a newer version of the app; opening it could damage it."""


class CancelledError(ConsularError):
    """The user cancelled a long operation; whatever it had started was undone."""


class DatabaseBusyError(DatabaseError):
    """Another writer held the database for longer than we wait; nothing was written."""


class WriteConflictError(ConsularError):
    """A save clashed with what someone else saved meanwhile; nothing was written.

    Team mode raises it for a save based on an older version of a record, naming who changed the
    record and when (`changed_by`, `changed_at`).
    """

    def __init__(self, message: str, *, table: str = "", record_id: str = "",
                 changed_by: str | None = None, changed_at: object = None) -> None:
        super().__init__(message)
        self.table, self.record_id = table, record_id
        self.changed_by, self.changed_at = changed_by, changed_at


class PermissionDeniedError(ConsularError):
    """The user's role on a team database does not allow this change; nothing was written."""
