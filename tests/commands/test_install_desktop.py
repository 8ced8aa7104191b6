"""``attachcoder install-desktop``: the menu entry and icon in the XDG data folder."""

from __future__ import annotations

import configparser
import os
import shutil
from pathlib import Path

import pytest

from attachcoder.cli import main


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_user_install_writes_entry_and_icon_under_xdg_data_home(
    tmp_path: Path, monkeypatch, capsys
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    assert main(["install-desktop"]) == 0
    desktop = tmp_path / "share" / "applications" / "attachcoder.desktop"
    icon = tmp_path / "share" / "icons" / "hicolor" / "scalable" / "apps" / "attachcoder.svg"
    entry = _entry(desktop)
    assert entry["Type"] == "Application"
    assert entry["Icon"] == "attachcoder"
    assert entry["Terminal"] == "false"
    program = entry["Exec"].split(" %f")[0]
    assert Path(program).name == "attachcoder-gui" and os.access(program, os.X_OK)
    assert icon.read_bytes().startswith(b"<?xml") and b"<svg" in icon.read_bytes()
    assert entry["MimeType"] == "application/x-attachcoder-session;"
    mime = tmp_path / "share" / "mime" / "packages" / "attachcoder-session.xml"
    assert '<glob pattern="*.acs"/>' in mime.read_text(encoding="utf-8")
    assert str(desktop) in capsys.readouterr().out


@pytest.mark.skipif(
    shutil.which("update-mime-database") is None, reason="shared-mime-info is not installed"
)
def test_the_desktop_learns_that_acs_files_are_sessions(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    assert main(["install-desktop"]) == 0
    globs = (tmp_path / "share" / "mime" / "globs2").read_text(encoding="utf-8")
    assert "application/x-attachcoder-session:*.acs" in globs


def test_system_install_goes_to_the_first_xdg_data_dir(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_DATA_DIRS", f"{tmp_path / 'sys'}:/usr/share")
    assert main(["install-desktop", "--system"]) == 0
    assert (tmp_path / "sys" / "applications" / "attachcoder.desktop").is_file()


def test_an_unwritable_data_folder_is_reported(tmp_path: Path, monkeypatch, capsys) -> None:
    (tmp_path / "share").write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    assert main(["install-desktop"]) == 1
    assert "could not write" in capsys.readouterr().err


def test_paths_with_spaces_are_quoted_for_the_desktop(tmp_path: Path) -> None:
    from attachcoder.io.installed.desktop_entry import desktop_entry_text

    text = desktop_entry_text(["/opt/my apps/attachcoder-gui"])
    assert 'Exec="/opt/my apps/attachcoder-gui" %f' in text
