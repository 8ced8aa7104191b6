"""Work off the GUI thread where only the latest request counts.

The compare view asks for a recomputation after every edit. :class:`LatestOnly` runs one job
at a time on Qt's thread pool; requests that arrive while it runs are folded into one more run,
started when it ends with a fresh snapshot (``make_job`` is called then, on the GUI thread),
and a result that a later request has overtaken is dropped, never shown. The result comes back
through a queued signal, so it is handled on the GUI thread between two events, like a click.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QThreadPool, QTimer, Signal, Slot

log = logging.getLogger(__name__)

Job = Callable[[], object]


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits through it (Qt queues the call)."""

    done = Signal(int, object)


class LatestOnly(QObject):
    """Runs ``make_job()``'s job off the GUI thread, delivering only the latest result.

    ``make_job`` is called on the GUI thread when a run starts and returns the job (a callable
    the worker runs, holding everything it needs) or None when there is nothing to do. The
    job's return value — or the exception it raised — is emitted as :attr:`resultReady`.
    """

    resultReady = Signal(object)
    busyChanged = Signal(bool)

    def __init__(self, make_job: Callable[[], Job | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._make_job = make_job
        self._asked = 0  # requests and cancellations so far: a result answers one of them
        self._pending = False  # a request no started run has taken up yet
        self._running: int | None = None  # the request the running job answers
        self._busy = False
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        # the edits of one key press arrive together: start once control is back in the loop
        self._start_soon = QTimer(self)
        self._start_soon.setSingleShot(True)
        self._start_soon.setInterval(0)
        self._start_soon.timeout.connect(self._start)

    @property
    def busy(self) -> bool:
        """A result is owed: a run is going or about to start."""
        return self._busy

    def request(self) -> None:
        """Something changed: compute again (the result of earlier requests will not show)."""
        self._asked += 1
        self._pending = True
        self._set_busy(True)
        if self._running is None:
            self._start_soon.start()

    def cancel(self) -> None:
        """Nothing more is wanted: a running job's result is dropped and nothing starts."""
        self._asked += 1
        self._pending = False
        self._start_soon.stop()
        self._set_busy(False)

    def _start(self) -> None:
        if self._running is not None or not self._pending:
            return
        self._pending = False
        job = self._make_job()
        if job is None:
            self._set_busy(False)
            return
        token = self._running = self._asked
        relay = self._relay  # the worker touches nothing else of this object

        def run() -> None:
            try:
                result: object = job()
            except Exception as exc:  # shown by whoever receives it; the worker goes on
                log.exception("a background job failed")
                result = exc
            try:
                relay.done.emit(token, result)
            except RuntimeError:  # the window closed meanwhile: nobody to tell
                pass

        QThreadPool.globalInstance().start(run)

    @Slot(int, object)
    def _on_done(self, token: int, result: object) -> None:
        self._running = None
        if token == self._asked:
            self._set_busy(False)
            self.resultReady.emit(result)
        elif self._pending:  # overtaken by later edits: drop it and start from them
            self._start()

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit(busy)
