"""The streamed export: written batch by batch into the temp file, never half into the target."""

from __future__ import annotations

import gc
import json
import weakref
from pathlib import Path

import pytest

from bibagreements.domain.records import Agreement
from bibagreements.errors import NotFoundError
from bibagreements.services import export_batches, exporting
from bibagreements.services.interchange import export_data, export_to_file
from bibagreements.storage.atomic import TEMP_SUFFIX
from bibagreements.storage.database import Database
from tests.bench.synthetic import generate

OLD = b'{"a good": "old export"}\n'


@pytest.fixture
def register(db: Database) -> Database:
    generate(db, agreements=60)
    return db


def test_batches_reach_the_temp_file_as_they_are_read(
    register: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(exporting, "BATCH", 10)
    target = tmp_path / "out" / "export.json"
    target.parent.mkdir()
    target.write_bytes(OLD)
    seen: list[tuple[int, bytes]] = []
    read = export_batches.BatchReader.read

    def watching(reader: export_batches.BatchReader, ids: list[int]) -> export_batches.Batch:
        (temp,) = target.parent.glob(f"*{TEMP_SUFFIX}")
        seen.append((temp.stat().st_size, target.read_bytes()))
        return read(reader, ids)

    monkeypatch.setattr(export_batches.BatchReader, "read", watching)
    with register.unit_of_work() as uow:
        assert export_to_file(uow, target, None, None) == 60
    sizes = [size for size, _ in seen]
    assert len(sizes) == 6 and sizes == sorted(set(sizes)), "each batch written before the next"
    assert all(old == OLD for _, old in seen), "the target untouched until the file is whole"
    assert len(json.loads(target.read_bytes())["agreements"]) == 60
    assert list(target.parent.iterdir()) == [target]


def test_a_failure_midway_leaves_the_old_file_and_no_temp(
    register: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(exporting, "BATCH", 10)
    target = tmp_path / "export.json"
    target.write_bytes(OLD)
    read = export_batches.BatchReader.read
    calls: list[int] = []

    def failing(reader: export_batches.BatchReader, ids: list[int]) -> export_batches.Batch:
        calls.append(1)
        if len(calls) == 3:
            raise OSError("disk full")
        return read(reader, ids)

    monkeypatch.setattr(export_batches.BatchReader, "read", failing)
    with register.unit_of_work() as uow, pytest.raises(OSError, match="disk full"):
        export_to_file(uow, target)
    assert target.read_bytes() == OLD
    assert list(tmp_path.glob(f"*{TEMP_SUFFIX}")) == []


def test_an_unknown_id_fails_before_any_file_is_made(register: Database, tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "export.json"
    with register.unit_of_work() as uow, pytest.raises(NotFoundError) as raised:
        export_to_file(uow, target, [3, 999, 998])
    assert (raised.value.code, raised.value.params) == ("no_agreement", (("id", 999),))
    assert list(target.parent.iterdir()) == []


def test_the_document_in_memory_is_the_file_read_back(register: Database, tmp_path: Path) -> None:
    target = tmp_path / "export.json"
    with register.unit_of_work() as uow:
        export_to_file(uow, target, [7, 3])
        data = export_data(uow, [7, 3])
    written = json.loads(target.read_bytes())
    assert {k: v for k, v in written.items() if k != "exported_at"} == {
        k: v for k, v in data.items() if k != "exported_at"
    }
    titles = [a["title"].split(" om ")[0] for a in written["agreements"]]
    assert titles == ["Överenskommelse 3", "Överenskommelse 7"]  # in ID order


def test_an_empty_register_exports_no_agreements(db: Database, tmp_path: Path) -> None:
    target = tmp_path / "export.json"
    with db.unit_of_work() as uow:
        assert export_to_file(uow, target) == 0
    text = target.read_text(encoding="utf-8")
    assert '\n  "agreements": []\n}\n' in text
    assert json.loads(text)["agreements"] == []


def test_a_batch_is_let_go_before_the_next_is_read(
    register: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(exporting, "BATCH", 10)
    read = export_batches.BatchReader.read
    earlier: list[weakref.ref[Agreement]] = []
    alive_at_reads: list[int] = []

    def watching(reader: export_batches.BatchReader, ids: list[int]) -> export_batches.Batch:
        gc.collect()
        alive_at_reads.append(sum(ref() is not None for ref in earlier))
        batch = read(reader, ids)
        earlier.extend(weakref.ref(a) for a in batch.agreements)
        return batch

    monkeypatch.setattr(export_batches.BatchReader, "read", watching)
    with register.unit_of_work() as uow:
        export_to_file(uow, tmp_path / "export.json")
    # The last agreement written may linger as the loop's variable; no batch does.
    assert len(alive_at_reads) == 6 and max(alive_at_reads) <= 1


def test_many_chosen_ids_are_read_a_batch_at_a_time(
    register: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(exporting, "BATCH", 7)
    chosen = list(range(60, 0, -1))
    with register.unit_of_work() as uow:
        assert export_to_file(uow, tmp_path / "some.json", chosen) == 60
        export_to_file(uow, tmp_path / "all.json")
    some, whole = (json.loads((tmp_path / n).read_bytes()) for n in ("some.json", "all.json"))
    # All sixty chosen: the same agreements, without the organisations none names.
    assert some["agreements"] == whole["agreements"]
