"""The keyboard cheat sheet (F1), generated from the scheme and the player's key table.

Nothing here lists a key by hand: player keys come from
:data:`~attachcoder.gui.actions.keymap.BINDINGS` and code keys from the scheme, so the sheet is
right for whatever scheme is open."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from attachcoder.core.scheme import Scheme
from attachcoder.core.translatable import QT_TRANSLATE_NOOP
from attachcoder.gui.actions.keymap import BINDINGS, key_label

translate = QCoreApplication.translate  # pyside6-lupdate reads translate("context", "literal")

_STYLE = """
<style>
  h2 { margin: 8px 0 2px 0; }
  h3 { margin: 8px 0 2px 0; }
  td, th { padding: 2px 8px; vertical-align: top; }
  th { text-align: left; }
  .key { font-family: monospace; font-weight: bold; white-space: nowrap; }
  .swatch { font-size: large; }
</style>
"""


#: how episodes are edited: (keys, what they do), as HTML (marked for translation)
EDITING_ROWS = (
    (
        QT_TRANSLATE_NOOP("help", "F2, Enter"),
        QT_TRANSLATE_NOOP(
            "help",
            "In the episode table, F2 edits the cell; Enter keeps the edit. At a boundary two "
            "touching episodes share, a new onset or offset moves <b>both</b> sides, as "
            "dragging the boundary in the timeline does (one undo step).",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("help", "Shift+Enter"),
        QT_TRANSLATE_NOOP(
            "help",
            "Keeps a new onset or offset for <b>this edge alone</b> (the neighbour stays: a "
            "gap opens, or an overlap is refused). In the timeline, hold Shift while dragging "
            "an edge.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("help", "Note, modifiers"),
        QT_TRANSLATE_NOOP(
            "help",
            "Under the table, the selected episode's note (Ctrl+Enter or clicking away keeps "
            "it, Escape puts back what was there) and its modifiers. A modifier left unset is "
            "tinted in the table and counted in the status bar; click the count to go to the "
            "next one.",
        ),
    ),
)


def _editing_html() -> str:
    rows = "".join(
        f"<tr><td class='key'>{_tr(keys)}</td><td>{_tr(text)}</td></tr>"
        for keys, text in EDITING_ROWS
    )
    title = translate("help", "Editing episodes")
    return f"<h2>{title}</h2><table>{rows}</table>"


def _tr(text: str) -> str:
    """A text of :data:`EDITING_ROWS` in the window's language."""
    return QCoreApplication.translate("help", text)


def cheat_sheet_html(scheme: Scheme) -> str:
    """The sheet as HTML: how coding works, the scheme's code keys, then the player keys."""
    title = translate("help", "Keys for the scheme “{0}”").format(escape(scheme.name))
    out = [_STYLE, f"<h2>{title}</h2>"]
    out.append(
        "<p>"
        + translate(
            "help",
            "A <b>state</b> key starts that state and ends the one running in its layer at the "
            "same frame; pressing the running state's key again ends it. A <b>point</b> key "
            "marks an instant. Keys code the frame on screen, wherever the focus is (except in "
            "a text field); Shift is never needed.",
        )
        + "</p>"
    )
    head = "".join(
        f"<th>{h}</th>"
        for h in (translate("help", "Key"), translate("help", "Code"), translate("help", "Meaning"))
    )
    for layer in scheme.layers:
        kind = translate("help", "states") if layer.is_state else translate("help", "points")
        out.append(f"<h3>{escape(layer.name)} <small>({kind})</small></h3>")
        out.append(f"<table><tr>{head}</tr>")
        for code in layer.codes:
            key = key_label(code.key) or "—"
            color = code.color or "#888888"
            extras = []
            if code.modifiers:
                choices = "; ".join(
                    f"{escape(m.name)}: {escape(', '.join(m.values))}" for m in code.modifiers
                )
                extras.append(translate("help", "then choose {0}").format(choices))
            if code.asks_note:
                extras.append(
                    translate("help", "asks for a note (Enter keeps it, Escape leaves it out)")
                )
            meaning = escape(code.definition)
            if extras:
                meaning += f"<br><i>{'; '.join(extras)}</i>"
            out.append(
                f"<tr><td class='key'>{escape(key)}</td>"
                f"<td><span class='swatch' style='color:{escape(color)}'>■</span> "
                f"{escape(code.name)}</td><td>{meaning}</td></tr>"
            )
        out.append("</table>")
    out.append(_editing_html())
    title = translate("help", "Player and window keys")
    key, does = translate("help", "Key"), translate("help", "Does")
    out.append(f"<h2>{title}</h2><table>")
    out.append(f"<tr><th>{key}</th><th>{does}</th></tr>")
    for b in BINDINGS:
        out.append(
            f"<tr><td class='key'>{escape(b.key_text())}</td><td>{escape(b.shown_label)}</td></tr>"
        )
    out.append("</table>")
    return "\n".join(out)


class HelpDialog(QDialog):
    """A non-modal window with the cheat sheet; :meth:`set_scheme` refreshes it."""

    def __init__(self, scheme: Scheme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard help"))
        self.setModal(False)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(620, 640)
        self.set_scheme(scheme)

    def set_scheme(self, scheme: Scheme) -> None:
        self.browser.setHtml(cheat_sheet_html(scheme))

    def text(self) -> str:
        """The sheet as plain text (what a reader sees)."""
        return self.browser.toPlainText()


def show_help(parent: QWidget, scheme: Scheme) -> HelpDialog:
    """Show the one help window of ``parent`` (created on first use), up to date and in front."""
    dialog = parent.findChild(HelpDialog, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if dialog is None:
        dialog = HelpDialog(scheme, parent)
    else:
        dialog.set_scheme(scheme)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
