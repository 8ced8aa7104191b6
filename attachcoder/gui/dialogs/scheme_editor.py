"""The scheme editor: layers, codes, keys, colours, roles, modifiers, notes and rating items.

It edits a :class:`~attachcoder.core.scheme_edit.SchemeDraft` and shows the scheme's problems
(``Scheme.problems()``: key conflicts, player keys, names) live; OK stays disabled until there
are none. With a coded session, the result is a
:class:`~attachcoder.core.scheme_edit.SchemeEditPlan`: renamed codes take their episodes with
them, and removing a code in use asks first — then its episodes go, in the same undo step.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from attachcoder.core.scheme import Scheme
from attachcoder.core.scheme_edit import (
    CodeRef,
    SchemeDraft,
    SchemeEditError,
    SchemeEditPlan,
    episodes_per_code,
)
from attachcoder.core.session import Session, SessionError
from attachcoder.gui.dialogs.prompts import file_filter
from attachcoder.gui.dialogs.scheme_forms import CodeForm, LayerForm, RatingTable, swatch
from attachcoder.gui.editing.document import Document
from attachcoder.io.atomic import WriteError
from attachcoder.io.session.file import SessionFileError, load_scheme, save_scheme

translate = QCoreApplication.translate  # pyside6-lupdate reads translate("context", "literal")


def scheme_filter() -> str:
    """Schemes (a template, or a session whose scheme is taken) for a file dialog."""
    return file_filter(translate("scheme_editor", "Schemes"), "*.json *.acs")


class SchemeEditorDialog(QDialog):
    def __init__(
        self, scheme: Scheme, session: Session | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Coding scheme"))
        self.draft = SchemeDraft(scheme)
        self.session = session
        self.plan: SchemeEditPlan | None = None
        self._usage = episodes_per_code(session) if session is not None else None
        self._confirmed: set[CodeRef] = set()

        self.name = QLineEdit(self.draft.name, self)
        self.name.textEdited.connect(self._on_name)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Layers and codes")])
        self.tree.currentItemChanged.connect(self._on_current)
        self.layer_form = LayerForm(self)
        self.code_form = CodeForm(self)
        self.empty = QLabel(self.tr("Choose a layer or a code to edit it."), self)
        self.forms = QStackedWidget(self)
        for w in (self.empty, self.layer_form, self.code_form):
            self.forms.addWidget(w)
        self.layer_form.edited.connect(self._on_form_edited)
        self.code_form.edited.connect(self._on_form_edited)

        self.add_layer_button = self._button(self.tr("Add layer"), self._add_layer)
        self.add_code_button = self._button(self.tr("Add code"), self._add_code)
        self.remove_button = self._button(self.tr("Remove"), self._remove)
        self.up_button = self._button(self.tr("Up"), lambda: self._move(-1))
        self.down_button = self._button(self.tr("Down"), lambda: self._move(1))
        tree_buttons = QHBoxLayout()
        for b in (self.add_layer_button, self.add_code_button, self.remove_button):
            tree_buttons.addWidget(b)
        tree_buttons.addStretch(1)
        tree_buttons.addWidget(self.up_button)
        tree_buttons.addWidget(self.down_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree)
        left_layout.addLayout(tree_buttons)
        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(self.forms)
        split.setSizes([260, 420])

        self.ratings = RatingTable(self)
        self.ratings.edited.connect(self._refresh_problems)
        self.add_rating_button = self._button(self.tr("Add rating item"), self._add_rating)
        self.remove_rating_button = self._button(self.tr("Remove rating item"), self._remove_rating)
        ratings_page = QWidget(self)
        rl = QVBoxLayout(ratings_page)
        rl.addWidget(self.ratings)
        rb = QHBoxLayout()
        rb.addWidget(self.add_rating_button)
        rb.addWidget(self.remove_rating_button)
        rb.addStretch(1)
        rl.addLayout(rb)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(split, self.tr("Layers and codes"))
        self.tabs.addTab(ratings_page, self.tr("Rating items"))
        self.problems = QListWidget(self)
        self.problems.setMaximumHeight(90)
        self.problems.setStyleSheet("color: #B00000;")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.load_button = self.buttons.addButton(
            self.tr("Load template…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button = self.buttons.addButton(
            self.tr("Save as template…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.load_button.clicked.connect(self._load_template)
        self.save_button.clicked.connect(self._save_template)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Scheme name"), self))
        top.addWidget(self.name, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(QLabel(self.tr("Problems to fix before saving:"), self))
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.resize(760, 600)
        self._rebuild()

    def _button(self, text: str, slot: object) -> QPushButton:
        b = QPushButton(text, self)
        b.setAutoDefault(False)
        b.clicked.connect(slot)
        return b

    # ------------------------------------------------------------------ the tree

    def _rebuild(self, select: tuple[int, int | None] | None = None) -> None:
        """Refill the tree from the draft; select (layer index, code index or None)."""
        self.tree.blockSignals(True)
        self.tree.clear()
        for li, layer in enumerate(self.draft.layers):
            top = QTreeWidgetItem(self.tree, [self._layer_text(li)])
            top.setData(0, Qt.ItemDataRole.UserRole, (li, None))
            for ci, _code in enumerate(layer.codes):
                item = QTreeWidgetItem(top, [self._code_text(li, ci)])
                item.setIcon(0, swatch(layer.codes[ci].color))
                item.setData(0, Qt.ItemDataRole.UserRole, (li, ci))
            top.setExpanded(True)
        self.tree.blockSignals(False)
        self.ratings.set_items(self.draft.ratings)
        if select is not None:
            self.select(*select)
        else:
            self._on_current(self.tree.currentItem())
        self._refresh_problems()

    def _layer_text(self, li: int) -> str:
        la = self.draft.layers[li]
        kind = self.tr("states") if la.kind == "state" else self.tr("points")
        return f"{la.name}  ({kind})"

    def _code_text(self, li: int, ci: int) -> str:
        c = self.draft.layers[li].codes[ci]
        return f"[{c.key.upper()}]  {c.name}" if c.key else f"[ ]  {c.name}"

    def select(self, layer_index: int, code_index: int | None = None) -> None:
        """Make a layer (or one of its codes) current, as a click in the tree would."""
        top = self.tree.topLevelItem(layer_index)
        if top is None:
            return
        item = top if code_index is None else top.child(code_index)
        if item is not None:
            self.tree.setCurrentItem(item)

    def _current(self) -> tuple[int, int | None] | None:
        item = self.tree.currentItem()
        return None if item is None else item.data(0, Qt.ItemDataRole.UserRole)

    def _on_current(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        where = None if item is None else item.data(0, Qt.ItemDataRole.UserRole)
        if where is None:
            self.forms.setCurrentWidget(self.empty)
            return
        li, ci = where
        if ci is None:
            self.layer_form.set_layer(self.draft.layers[li])
            self.forms.setCurrentWidget(self.layer_form)
        else:
            code = self.draft.layers[li].codes[ci]
            usage = None if self._usage is None else self._usage.get(code.origin or ("", ""), 0)
            self.code_form.set_code(code, usage)
            self.forms.setCurrentWidget(self.code_form)

    def _on_form_edited(self) -> None:
        where = self._current()
        item = self.tree.currentItem()
        if where is not None and item is not None:
            li, ci = where
            if ci is None:
                item.setText(0, self._layer_text(li))
            else:
                item.setText(0, self._code_text(li, ci))
                item.setIcon(0, swatch(self.draft.layers[li].codes[ci].color))
        self._refresh_problems()

    def _on_name(self, text: str) -> None:
        self.draft.name = text
        self._refresh_problems()

    # ------------------------------------------------------------------ structure edits

    def _add_layer(self) -> None:
        self.draft.add_layer()
        self._rebuild((len(self.draft.layers) - 1, None))

    def _add_code(self) -> None:
        where = self._current()
        if where is None:
            if not self.draft.layers:
                self.draft.add_layer()
            where = (len(self.draft.layers) - 1, None)
        li = where[0]
        self.draft.add_code(li)
        self._rebuild((li, len(self.draft.layers[li].codes) - 1))

    def _remove(self) -> None:
        where = self._current()
        if where is None:
            return
        li, ci = where
        layer = self.draft.layers[li]
        codes = layer.codes if ci is None else [layer.codes[ci]]
        in_use = {c.origin: self._count(c.origin) for c in codes if self._count(c.origin)}
        if in_use:
            n = sum(in_use.values())
            what = (
                self.tr("layer {0}").format(repr(layer.name))
                if ci is None
                else self.tr("code {0}").format(repr(codes[0].name))
            )
            answer = QMessageBox.question(
                self,
                self.tr("Remove a code in use"),
                self.tr(
                    "The session has {0} episode(s) coded with {1}. Remove it and delete "
                    "those episodes? (Undo after saving the scheme brings them back.)"
                ).format(n, what),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            self._confirmed.update(ref for ref in in_use if ref is not None)
        if ci is None:
            self.draft.remove_layer(li)
            self._rebuild(
                (min(li, len(self.draft.layers) - 1), None) if self.draft.layers else None
            )
        else:
            self.draft.remove_code(li, ci)
            rest = len(layer.codes)
            self._rebuild((li, min(ci, rest - 1) if rest else None))

    def _count(self, origin: CodeRef | None) -> int:
        if self._usage is None or origin is None:
            return 0
        return self._usage.get(origin, 0)

    def _move(self, delta: int) -> None:
        where = self._current()
        if where is None:
            return
        li, ci = where
        if ci is None:
            self._rebuild((self.draft.move_layer(li, delta), None))
        else:
            self._rebuild((li, self.draft.move_code(li, ci, delta)))

    def _add_rating(self) -> None:
        self.draft.add_rating()
        self._rebuild()
        self.tabs.setCurrentIndex(1)

    def _remove_rating(self) -> None:
        row = self.ratings.currentRow()
        if 0 <= row < len(self.draft.ratings):
            self.draft.remove_rating(row)
            self._rebuild()

    # ------------------------------------------------------------------ problems

    def current_problems(self) -> list[str]:
        """What must be fixed before OK: the scheme's own rules plus what the forms know."""
        out = list(self.draft.problems())
        if self.code_form.modifier_problem:
            out.append(self.code_form.modifier_problem)
        out.extend(self.ratings.problems)
        if self._usage is not None and self.session is not None:
            coded = {layer for (layer, _code) in self._usage}
            for la in self.draft.layers:
                old = self.session.scheme.layer(la.origin) if la.origin else None
                if old is not None and old.kind != la.kind and la.origin in coded:
                    text = (
                        self.tr(
                            "layer {0} has coded states; it cannot hold points (add a new "
                            "layer instead)"
                        )
                        if old.kind == "state"
                        else self.tr(
                            "layer {0} has coded points; it cannot hold states (add a new "
                            "layer instead)"
                        )
                    )
                    out.append(text.format(repr(la.name)))
        return out

    def _refresh_problems(self) -> None:
        problems = self.current_problems()
        self.problems.clear()
        self.problems.addItems(problems)
        self.ok_button.setEnabled(not problems)
        self.save_button.setEnabled(not problems)

    # ------------------------------------------------------------------ templates

    def _load_template(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Load a scheme"), "", scheme_filter())
        if not path:
            return
        try:
            scheme = load_scheme(path)
        except SessionFileError as exc:
            QMessageBox.warning(self, self.tr("Cannot load the scheme"), str(exc))
            return
        self.draft.adopt(scheme)
        self.name.setText(self.draft.name)
        self._rebuild()

    def _save_template(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the scheme as a template"),
            f"{self.draft.name or 'scheme'}.json",
            scheme_filter(),
        )
        if not path:
            return
        try:
            save_scheme(self.draft.to_scheme().validate(), path)
        except (WriteError, OSError, ValueError) as exc:
            QMessageBox.warning(self, self.tr("Cannot save the scheme"), str(exc))

    # ------------------------------------------------------------------ result

    def scheme(self) -> Scheme:
        return self.draft.to_scheme()

    def accept(self) -> None:
        """Check once more against the session; ask before anything not yet agreed is lost."""
        if self.current_problems():
            return
        if self.session is not None:
            try:
                plan = self.draft.analyse(self.session)
            except (SchemeEditError, ValueError) as exc:
                QMessageBox.warning(self, self.tr("The scheme does not fit this session"), str(exc))
                return
            unasked = plan.losses(agreed=self._confirmed)
            if unasked:
                answer = QMessageBox.question(
                    self,
                    self.tr("Coding will be lost"),
                    self.tr(
                        "Saving this scheme changes the coding:\n\n• {0}\n\n"
                        "Go ahead? (Edit → Undo brings it all back.)"
                    ).format("\n• ".join(unasked)),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                    QMessageBox.StandardButton.No,
                )
                if answer != QMessageBox.StandardButton.Yes:
                    return
            self.plan = plan
        super().accept()


def edit_session_scheme(parent: QWidget, document: Document) -> bool:
    """Open the editor on the document's scheme; apply the result as ONE undo command."""
    session = document.session
    dialog = SchemeEditorDialog(session.scheme, session, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.plan is None:
        return False
    return apply_scheme_plan(parent, document, dialog.plan)


def apply_scheme_plan(parent: QWidget, document: Document, plan: SchemeEditPlan) -> bool:
    if plan.is_empty:
        return False
    try:
        document.push(plan.change, translate("scheme_editor", "Edit the coding scheme"))
    except SessionError as exc:
        title = translate("scheme_editor", "The scheme does not fit this session")
        QMessageBox.warning(parent, title, str(exc))
        return False
    return True
