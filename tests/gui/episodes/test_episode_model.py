"""The episode table model: Qt's model contract, row-by-row updates, edits through undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from attachcoder.core.session import Session
from attachcoder.core.timefmt import format_ms
from attachcoder.gui.editing.document import Document
from attachcoder.gui.editing.session_signals import SessionSignals
from attachcoder.gui.episodes.episode_model import (
    EPISODE_ID_ROLE,
    Column,
    EpisodeTableModel,
    parse_modifiers,
)
from attachcoder.gui.episodes.episode_table import EpisodeFilterProxy
from attachcoder.io.session.file import default_scheme, load


class Edits:
    """The document's role for a bare model: each edit one undo command."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.document = Document(session, None)  # no file: no journal, no lock
        self.stack = self.document.undo_stack

    def __call__(self, episode_id: str, **fields: object) -> None:
        self.document.push(self.session.plan_update(episode_id, **fields), "e")


@pytest.fixture
def sample(sample_session_file) -> Session:
    return load(sample_session_file)


@pytest.fixture
def model(qtbot, sample: Session) -> EpisodeTableModel:
    signals = SessionSignals(sample)
    m = EpisodeTableModel(sample, signals, Edits(sample))
    m._keep = signals  # type: ignore[attr-defined]
    return m


def _ids_in_order(model: EpisodeTableModel) -> list[str]:
    return [model.index(r, 0).data(EPISODE_ID_ROLE) for r in range(model.rowCount())]


def _expected_order(session: Session) -> list[str]:
    return [e.id for e in session.episodes()]


def test_model_tester_through_coding_editing_and_deleting(qtmodeltester, model, sample) -> None:
    qtmodeltester.check(model, force_py=True)
    sample.code("Interaction", "repair", 359_000)
    sample.code("Marks", "infant bid", 1000)
    some = next(e for e in sample.iter_episodes() if e.layer == "Interaction")
    sample.update(some.id, note="checked")
    sample.delete(some.id)
    qtmodeltester.check(model, force_py=True)
    assert _ids_in_order(model) == _expected_order(sample)


def test_rows_follow_the_session_order(model, sample) -> None:
    assert model.rowCount() == len(sample)
    assert _ids_in_order(model) == _expected_order(sample)
    assert model.columnCount() == len(Column)
    assert model.headerData(Column.ONSET, Qt.Orientation.Horizontal) == "Onset"


def test_a_new_episode_is_one_row_insert_never_a_reset(qtbot, model, sample) -> None:
    resets: list[int] = []
    inserted: list[tuple[int, int]] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.rowsInserted.connect(lambda parent, a, b: inserted.append((a, b)))
    sample.code("Marks", "infant bid", 2000)
    assert resets == []
    assert len(inserted) == 1
    row = inserted[0][0]
    assert model.index(row, Column.CODE).data() == "infant bid"
    assert model.index(row, Column.ONSET).data() == "00:00:02.000"
    assert _ids_in_order(model) == _expected_order(sample)


def test_an_onset_edit_moves_the_row_and_keeps_it_selected_by_identity(model, sample) -> None:
    ep = next(e for e in sample.episodes() if e.layer == "Marks")
    moved: list[int] = []
    model.rowsMoved.connect(lambda *a: moved.append(1))
    sample.update(ep.id, onset_ms=ep.onset_ms + 30_000)
    assert moved == [1]
    assert _ids_in_order(model) == _expected_order(sample)
    row = model.row_of(ep.id)
    assert model.index(row, Column.ONSET).data() == format_ms(ep.onset_ms + 30_000)
    assert model.episode_id(row) == ep.id


def test_edits_parse_validate_and_go_through_the_editor(qtbot, model, sample) -> None:
    refused: list[str] = []
    model.editRefused.connect(refused.append)
    inter = [e for e in sample.episodes() if e.layer == "Interaction"]
    first, second = inter[0], inter[1]
    row = model.row_of(first.id)

    # an offset past the next episode's onset would overlap: refused with a message
    late = second.onset_ms + 500
    assert not model.setData(model.index(row, Column.OFFSET), f"{late / 1000:.3f}")
    assert refused and "overlap" in refused[-1]
    # an offset before the onset: refused
    assert not model.setData(model.index(row, Column.OFFSET), "00:00:00.000")
    assert "not after" in refused[-1]
    # text that is not a time: refused
    assert not model.setData(model.index(row, Column.ONSET), "soon")
    assert "not a time" in refused[-1]
    assert sample.episode(first.id) == first  # nothing changed by the refusals

    # a valid offset: shortened by 40 ms
    new_off = first.offset_ms - 40
    assert model.setData(model.index(row, Column.OFFSET), "00:00:" + f"{new_off / 1000:06.3f}")
    assert sample.episode(first.id).offset_ms == new_off
    assert model.index(row, Column.OFFSET).data() == f"00:00:{new_off / 1000:06.3f}"

    # note and code
    assert model.setData(model.index(row, Column.NOTE), "mother smiles")
    assert sample.episode(first.id).note == "mother smiles"
    other = "misattuned" if first.code != "misattuned" else "attuned"
    assert model.setData(model.index(row, Column.CODE), other)
    assert sample.episode(first.id).code == other
    assert not model.setData(model.index(row, Column.CODE), "bliss")
    assert "no code 'bliss'" in refused[-1]


def test_modifier_edits(model, sample) -> None:
    repair = next(e for e in sample.episodes() if e.code == "repair")
    row = model.row_of(repair.id)
    assert model.flags(model.index(row, Column.MODIFIERS)) & Qt.ItemFlag.ItemIsEditable
    value = "mutual" if repair.modifiers.get("initiator") != "mutual" else "infant"
    assert model.setData(model.index(row, Column.MODIFIERS), value)  # a bare value: one modifier
    assert sample.episode(repair.id).modifiers == {"initiator": value}
    assert model.index(row, Column.MODIFIERS).data() == f"initiator: {value}"
    assert model.setData(model.index(row, Column.MODIFIERS), "")
    assert sample.episode(repair.id).modifiers == {}
    assert not model.setData(model.index(row, Column.MODIFIERS), "initiator=grandma")
    attuned = next(e for e in sample.episodes() if e.code == "attuned")
    flags = model.flags(model.index(model.row_of(attuned.id), Column.MODIFIERS))
    assert not flags & Qt.ItemFlag.ItemIsEditable


def test_parse_modifiers_messages() -> None:
    code = default_scheme().layer("Interaction").code("repair")  # type: ignore[union-attr]
    assert parse_modifiers("initiator=mutual", code) == {"initiator": "mutual"}
    assert parse_modifiers("", code) == {}
    with pytest.raises(ValueError, match="no modifier 'who'"):
        parse_modifiers("who=mutual", code)
    with pytest.raises(ValueError, match="choose one of caregiver, infant, mutual"):
        parse_modifiers("initiator: dad", code)


def test_proxy_filters_by_layer_and_code_and_sorts(qtmodeltester, model, sample) -> None:
    proxy = EpisodeFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy, force_py=True)
    proxy.set_filter("Marks", None)
    marks = [e for e in sample.episodes() if e.layer == "Marks"]
    assert proxy.rowCount() == len(marks)
    proxy.set_filter("Interaction", "repair")
    repairs = [e for e in sample.episodes() if e.code == "repair"]
    assert proxy.rowCount() == len(repairs) > 0
    sample.code("Interaction", "repair", 359_000)  # a new one appears in the filtered view
    assert proxy.rowCount() == len(repairs) + 1
    proxy.set_filter(None, None)
    proxy.sort(Column.DURATION, Qt.SortOrder.DescendingOrder)
    durations = [
        sample.episode(proxy.index(r, 0).data(EPISODE_ID_ROLE)).duration_ms
        for r in range(proxy.rowCount())
    ]
    known = [d for d in durations if d is not None]
    assert known == sorted(known, reverse=True)
    proxy.sort(Column.ONSET, Qt.SortOrder.AscendingOrder)  # back to the source order
    assert proxy.sortColumn() == -1
    assert [proxy.index(r, 0).data(EPISODE_ID_ROLE) for r in range(proxy.rowCount())] == (
        _expected_order(sample)
    )
    assert not proxy.index(0, 0, proxy.index(0, 0)).isValid()
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None
