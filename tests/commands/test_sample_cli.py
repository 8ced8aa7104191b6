"""``attachcoder sample DIR``: the shipped sample, read from the package, laid down to try."""

from __future__ import annotations

from pathlib import Path

from attachcoder.cli import main
from attachcoder.io.installed import bundled
from attachcoder.io.session.file import load, media_path, sha256_file


def test_the_sample_lands_whole_and_opens_with_its_video(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "new" / "sample"
    assert main(["sample", str(folder)]) == 0
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["D001_C1.acs", "D001_C2.acs", "demo.mp4"]
    session = load(folder / bundled.SAMPLE_SESSION)
    video = media_path(folder / bundled.SAMPLE_SESSION, session.media[0])
    assert video == folder / "demo.mp4"
    assert sha256_file(video) == session.media[0].sha256
    assert f"attachcoder {folder / 'D001_C1.acs'}" in capsys.readouterr().out


def test_existing_files_are_never_overwritten(tmp_path: Path, capsys) -> None:
    (tmp_path / "D001_C2.acs").write_text("my own coding", encoding="utf-8")
    assert main(["sample", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "D001_C2.acs: already exists; nothing was written" in err
    assert (tmp_path / "D001_C2.acs").read_text(encoding="utf-8") == "my own coding"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["D001_C2.acs"]


def test_a_file_in_place_of_the_folder_is_refused(tmp_path: Path, capsys) -> None:
    target = tmp_path / "taken"
    target.write_text("x", encoding="utf-8")
    assert main(["sample", str(target)]) == 1
    assert "is a file; give a folder" in capsys.readouterr().err


def test_no_folder_is_a_usage_error(capsys) -> None:
    assert main(["sample"]) == 2
