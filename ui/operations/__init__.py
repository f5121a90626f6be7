"""The window's operations layer, in the manner of Anki's `aqt/operations`.

Every write the window makes is one small wrapper in this package (`ui.operations.directory`,
`.agreements`, `.events`, `.staffing`, `.campaigns`, `.publishing`, `.settings`, `.workbook`)
around one core service call. A wrapper returns a `WriteOp`, which

* runs the call: `call()` now, on the UI thread, raising what the core raised (a dialog's Save,
  which shows refused input beside its fields); `run()` with errors handed to the one presenter
  (ui/errors.py) or to `failure(...)`; or off the UI thread behind a progress dialog when the op
  was marked `in_background(...)` (publishing, copying a year, importing);
* remembers what the records it touches were before and after, as one step of Edit > Undo
  (`ui.operations.undo`), when it is undoable;
* announces the call's `Change` once, on the `ChangeBus` of the database, with the widget that
  made it as the initiator. Every page listens to that bus and refreshes just what the Change
  names; nobody relays changes from page to window to page.

Pages and dialogs never open database sessions for writing, and never call a core write
directly: they call a wrapper.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from consularapp import undo as core_undo
from consularapp.changes import Change
from consularapp.db import Database
from ui.errors import show_error
from ui.operations.undo import UndoStack

R = TypeVar("R")
Key = core_undo.Key


class ChangeBus(QObject):
    """Where every write of the window is announced, once. One per open database.

    `changed(change, initiator)`: a write finished; `initiator` is the widget that made it (or
    None). `reloaded()`: too much changed to say (a large import): read everything again.
    """

    changed = Signal(object, object)
    reloaded = Signal()

    def announce(self, change: Change, initiator: object = None) -> None:
        if change:
            self.changed.emit(change, initiator)

    def reload(self) -> None:
        self.reloaded.emit()


class Context(QObject):
    """What the operations of one open database share: its bus and its undo history."""

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.bus = ChangeBus(self)
        self.undo = UndoStack(db, self.bus, self)


_CONTEXTS: dict[int, Context] = {}


def context(db: Database) -> Context:
    """The bus and undo history of `db` (made the first time it is asked for)."""
    key = id(db)
    found = _CONTEXTS.get(key)
    if found is None or found.db is not db:
        found = _CONTEXTS[key] = Context(db)
        weakref.finalize(db, _CONTEXTS.pop, key, None)
    return found


def bus(db: Database) -> ChangeBus:
    """The ChangeBus of `db`: connect to `changed` to hear every write."""
    return context(db).bus


def change_in(result: Any) -> Change:
    """The Change a service returned: itself, `.change` of a result, or the first of a pair."""
    if isinstance(result, Change):
        return result
    if isinstance(result, tuple) and result and isinstance(result[0], Change):
        return result[0]
    found = getattr(result, "change", None)
    return found if isinstance(found, Change) else Change()


class WriteOp(Generic[R]):
    """One service call that writes; see the module docstring.

    `touches`: the (table, ID) records the call may change, known before it runs (the record
    edited, an event whose staff changes); with `label`, the call is one undo step. Records the
    call creates are found in its Change.
    """

    def __init__(
        self,
        parent: QWidget | None,
        db: Database,
        op: Callable[[], R],
        *,
        label: str = "",
        touches: Iterable[Key] | Callable[[], Iterable[Key]] = (),
        undoable: bool = True,
    ) -> None:
        self.parent = parent
        self.db = db
        self.op = op
        self.label = label
        self._touches = touches
        self.undoable = undoable and bool(label)
        self._success: Callable[[R], Any] | None = None
        self._failure: Callable[[BaseException], Any] | None = None
        self._background: str | None = None
        self._progress_kwargs = False
        self._offer_undo = False
        self._reload_above: int | None = None
        self.initiator: object = parent
        self.result: R | None = None
        self.step: core_undo.Step | None = None

    # --- configuring ----------------------------------------------------------------------------

    def success(self, callback: Callable[[R], Any] | None) -> WriteOp[R]:
        self._success = callback
        return self

    def failure(self, callback: Callable[[BaseException], Any] | None) -> WriteOp[R]:
        self._failure = callback
        return self

    def in_background(self, title: str, *, with_progress: bool = False) -> WriteOp[R]:
        """Run off the UI thread behind a progress dialog titled `title`; `with_progress`:
        the call takes the core's `progress=` and `cancelled=` keywords."""
        self._background = title
        self._progress_kwargs = with_progress
        return self

    def reloading_above(self, limit: int) -> WriteOp[R]:
        """When the call writes more than `limit` records, tell the pages to read everything
        again rather than to apply the Change record by record (a large import)."""
        self._reload_above = limit
        return self

    def offering_undo(self) -> WriteOp[R]:
        """Once done, offer Undo in the status bar too (deletes: easy to regret)."""
        self._offer_undo = True
        return self

    def from_initiator(self, initiator: object) -> WriteOp[R]:
        """Announce the Change as made by `initiator` (default: the parent widget)."""
        self.initiator = initiator
        return self

    # --- running --------------------------------------------------------------------------------

    def call(self) -> R:
        """Run now, on this thread; raise what the core raised (nothing announced then)."""
        result, before = self._execute()
        self._finished(result, before)
        return result

    def run(self) -> Any:
        """Run (off the UI thread if `in_background`); errors to `failure` or the presenter.

        Returns the result when run here, the worker Task when run in the background.
        """
        if self._background is not None:
            return self._run_in_background()
        try:
            return self.call()
        except Exception as exc:  # a typed error is a sentence; anything else, the crash dialog
            self._failed(exc)
            return None

    def _execute(self, **kwargs: Any) -> tuple[R, core_undo.State | None]:
        before = None
        if self.undoable:
            touches = self._touches() if callable(self._touches) else self._touches
            before = core_undo.capture(self.db, [k for k in touches if k[1]])
        op: Callable[..., R] = self.op
        return op(**kwargs), before

    def _finished(self, result: R, before: core_undo.State | None,
                  after: core_undo.State | None = None) -> None:
        self.result = result
        change = change_in(result)
        if before is not None and change:
            self.step = _step(self.db, self.label, before, change, after)
            if self.step is not None:
                context(self.db).undo.push(self.step, offer=self._offer_undo)
        if self._reload_above is not None and change.total() > self._reload_above:
            bus(self.db).reload()
        else:
            bus(self.db).announce(change, self.initiator)
        if self._success is not None:
            self._success(result)

    def _failed(self, exc: BaseException) -> None:
        if self._failure is not None:
            self._failure(exc)
        else:
            show_error(self.parent, exc)

    def _run_in_background(self) -> Any:
        from ui.progress import run_with_progress

        def work(**kwargs: Any) -> tuple[R, core_undo.State | None, core_undo.State | None]:
            result, before = self._execute(**kwargs)
            after = None
            if before is not None:
                after = core_undo.capture(
                    self.db, set(before) | core_undo.keys_of(self.db, change_in(result)))
            return result, before, after

        def done(outcome: tuple[R, core_undo.State | None, core_undo.State | None]) -> None:
            self._finished(*outcome)

        if self._progress_kwargs:
            return run_with_progress(self.parent, self._background or "", work,
                                     on_success=done, on_error=self._failed)
        return run_with_progress(self.parent, self._background or "",
                                 lambda progress=None, cancelled=None: work(),
                                 on_success=done, on_error=self._failed)


def _step(db: Database, label: str, before: core_undo.State, change: Change,
          after: core_undo.State | None) -> core_undo.Step | None:
    """The undo step of a finished call: its records before (None for those it created) and
    after. A record the Change names but nobody predicted, and that existed, is left out: its
    earlier state is unknown, so undo leaves it as it is."""
    keys = set(before) | core_undo.keys_of(db, change)
    created = {(t, i) for t, ids in change.created.items() for i in ids}
    start = dict(before)
    for key in keys - set(before):
        if key in created:
            start[key] = None
    if after is None:
        after = core_undo.capture(db, start)
    end = {key: after.get(key) for key in start}
    if all(core_undo.same(start[k], end[k]) for k in start):
        return None  # nothing an undo could give back
    return core_undo.Step(label, start, end)
