"""The episode table's sort/filter proxy: right order after sorting, coding, editing, undo and
filtering, row by row (no reset), with selection kept on its episodes."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QTableView

from attachcoder.core.episode import Episode
from attachcoder.core.session import Session
from attachcoder.gui.editing.document import Document
from attachcoder.gui.editing.session_signals import SessionSignals
from attachcoder.gui.episodes.episode_model import EPISODE_ID_ROLE, Column, EpisodeTableModel
from attachcoder.gui.episodes.episode_proxy import EpisodeFilterProxy
from attachcoder.io.session.file import load

DESC = Qt.SortOrder.DescendingOrder
ASC = Qt.SortOrder.AscendingOrder


@pytest.fixture
def sample(sample_session_file) -> Session:
    return load(sample_session_file)


@pytest.fixture
def document(sample: Session) -> Iterator[Document]:
    doc = Document(sample, None)  # no file: no journal, no lock
    yield doc
    doc.close(discard=True)


@pytest.fixture
def stack(document: Document) -> QUndoStack:
    return document.undo_stack


@pytest.fixture
def proxy(qtbot, sample: Session, document: Document) -> EpisodeFilterProxy:
    def edit(episode_id: str, **fields: object) -> None:
        document.push(sample.plan_update(episode_id, **fields), "edit")

    signals = SessionSignals(sample)
    model = EpisodeTableModel(sample, signals, edit)
    p = EpisodeFilterProxy()
    p.setSourceModel(model)
    p._keep = (signals, model)  # type: ignore[attr-defined]
    return p


def _shown(proxy: EpisodeFilterProxy) -> list[str]:
    return [proxy.index(r, 0).data(EPISODE_ID_ROLE) for r in range(proxy.rowCount())]


def _expected(
    session: Session,
    key: Any,
    reverse: bool = False,
    layer: str | None = None,
    code: str | None = None,
) -> list[str]:
    """The order the proxy must show: by ``key``, ties in session (onset) order."""
    eps = [
        e
        for e in session.episodes()
        if (layer is None or e.layer == layer) and (code is None or e.code == code)
    ]
    natural = {e.id: i for i, e in enumerate(session.episodes())}
    ordered = sorted(eps, key=lambda e: (key(e), natural[e.id]), reverse=reverse)
    return [e.id for e in ordered]


def _duration(e: Episode) -> int:
    return -1 if e.duration_ms is None else e.duration_ms


def _code(e: Episode) -> str:
    return e.code.casefold()


def test_sort_orders_by_each_column_and_back_to_source_order(qtmodeltester, proxy, sample):
    qtmodeltester.check(proxy, force_py=True)
    proxy.sort(Column.CODE, ASC)
    assert _shown(proxy) == _expected(sample, _code)
    proxy.sort(Column.DURATION, DESC)
    assert [sample.episode(i).duration_ms for i in _shown(proxy)] == [
        sample.episode(i).duration_ms for i in _expected(sample, _duration, reverse=True)
    ]
    proxy.sort(Column.ONSET, DESC)
    assert [sample.episode(i).onset_ms for i in _shown(proxy)] == sorted(
        (e.onset_ms for e in sample.episodes()), reverse=True
    )
    proxy.sort(Column.ONSET, ASC)
    assert proxy.sortColumn() == -1
    assert _shown(proxy) == [e.id for e in sample.episodes()]
    qtmodeltester.check(proxy, force_py=True)


@pytest.mark.parametrize("order", [ASC, DESC])
def test_coding_editing_deleting_and_undo_keep_the_sorted_order_row_by_row(
    qtmodeltester, proxy, sample, document, stack, order
):
    proxy.sort(Column.CODE, order)
    qtmodeltester.check(proxy, force_py=True)
    resets: list[int] = []
    layouts: list[int] = []
    proxy.modelReset.connect(lambda: resets.append(1))
    proxy.layoutChanged.connect(lambda: layouts.append(1))
    desc = order == DESC

    document.push(sample.plan_code("Interaction", "repair", 359_000), "code")
    document.push(sample.plan_add_point("Marks", "infant bid", 1_000), "point")
    assert _shown(proxy) == _expected(sample, _code, desc)
    first = next(e for e in sample.episodes() if e.layer == "Interaction")
    index = proxy.index(_shown(proxy).index(first.id), Column.CODE)
    assert proxy.setData(index, "misattuned" if first.code != "misattuned" else "attuned")
    assert _shown(proxy) == _expected(sample, _code, desc)
    index = proxy.index(_shown(proxy).index(first.id), Column.ONSET)
    assert proxy.setData(index, "00:00:00.500")  # a new onset: a new source row too
    assert _shown(proxy) == _expected(sample, _code, desc)
    document.push(sample.plan_delete([first.id]), "delete")
    assert _shown(proxy) == _expected(sample, _code, desc)
    while stack.canUndo():
        stack.undo()
        assert _shown(proxy) == _expected(sample, _code, desc)
    while stack.canRedo():
        stack.redo()
        assert _shown(proxy) == _expected(sample, _code, desc)
    assert resets == [] and layouts == []  # row inserts, removes and moves only
    qtmodeltester.check(proxy, force_py=True)


def test_filter_and_sort_combine_and_new_episodes_follow_both(qtmodeltester, proxy, sample):
    proxy.sort(Column.DURATION, ASC)
    proxy.set_filter("Interaction", None)
    qtmodeltester.check(proxy, force_py=True)
    assert _shown(proxy) == _expected(sample, _duration, layer="Interaction")
    proxy.set_filter("Interaction", "repair")
    assert _shown(proxy) == _expected(sample, _duration, layer="Interaction", code="repair")
    sample.code("Interaction", "repair", 359_000)
    sample.add_point("Marks", "infant bid", 2_000)  # filtered out: no row
    assert _shown(proxy) == _expected(sample, _duration, layer="Interaction", code="repair")
    proxy.sort(Column.LAYER, DESC)
    proxy.set_filter(None, None)
    order = {la.name: i for i, la in enumerate(sample.scheme.layers)}
    assert _shown(proxy) == _expected(sample, lambda e: order[e.layer], reverse=True)
    qtmodeltester.check(proxy, force_py=True)


def test_a_code_edit_under_a_code_filter_removes_and_restores_the_row(proxy, sample, stack):
    repair = next(e for e in sample.episodes() if e.code == "repair")
    proxy.sort(Column.NOTE, ASC)
    proxy.set_filter(None, "repair")
    before = _shown(proxy)
    index = proxy.index(before.index(repair.id), Column.CODE)
    assert proxy.setData(index, "attuned")
    assert repair.id not in _shown(proxy)
    stack.undo()
    assert _shown(proxy) == before


def test_selection_stays_on_its_episode_through_sort_and_filter(qtbot, proxy, sample):
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    target = [e for e in sample.episodes() if e.layer == "Interaction"][-1]
    sel = view.selectionModel()
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    sel.setCurrentIndex(proxy.index(_shown(proxy).index(target.id), 0), flags)

    def selected() -> list[str]:
        return [i.data(EPISODE_ID_ROLE) for i in sel.selectedRows(0)]

    proxy.sort(Column.CODE, DESC)
    assert selected() == [target.id] and view.currentIndex().data(EPISODE_ID_ROLE) == target.id
    proxy.set_filter("Interaction", None)
    assert selected() == [target.id]
    assert view.verticalHeader().count() == proxy.rowCount() < len(sample)
    proxy.set_filter("Marks", None)  # the selected episode is filtered out
    assert selected() == []
    assert view.verticalHeader().count() == proxy.rowCount()
    proxy.set_filter(None, None)
    assert view.verticalHeader().count() == proxy.rowCount() == len(sample)


def test_mapping_both_ways_agrees(proxy, sample):
    model = proxy.sourceModel()
    proxy.sort(Column.OFFSET, DESC)
    proxy.set_filter("Interaction", None)
    for r in range(proxy.rowCount()):
        src = proxy.mapToSource(proxy.index(r, Column.NOTE))
        assert src.column() == Column.NOTE
        assert proxy.mapFromSource(src).row() == r
    marks_row = next(r for r in range(model.rowCount()) if model.episode_at(r).layer == "Marks")
    assert not proxy.mapFromSource(model.index(marks_row, 0)).isValid()
    assert proxy.headerData(Column.ONSET, Qt.Orientation.Horizontal) == "Onset"
