"""What the import freezes: the records and the content freezing one agreement gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from bibagreements.domain.enums import AgreementKind
from bibagreements.services.agreements import agreement_ids, get_agreement, get_agreements
from bibagreements.services.freeze_batches import FreezeReader
from bibagreements.services.versions import frozen_content
from bibagreements.storage.database import open_database
from bibagreements.storage.models import AgreementRow, AgreementVersionRow
from tests.builders import new_db
from tests.interchange.rich_register import make_rich_register
from tests.services.import_case import CASE, run


def test_the_freezing_reader_gives_the_records_get_agreements_gives(tmp_path: Path) -> None:
    db = new_db(tmp_path)
    make_rich_register(db, agreements=120)
    with db.unit_of_work() as uow:
        ids = agreement_ids(uow)
        reader = FreezeReader(uow.session)
        for batch in (ids[:50], ids[50:51], ids[51:][::-1]):  # a later batch reuses what it read
            assert reader.read(batch) == get_agreements(uow, batch)
        records = reader.read(ids)
        assert any(a.amended for a in records) and any(a.parent_title for a in records)
        assert any(f.area_title for a in records for f in a.followups)
        parties = [p for a in records for p in a.parties]
        assert any(p.organisation and p.organisation.parent_name for p in parties)
    db.close()


@pytest.mark.sqlite_only  # reads or reopens the SQLite file
def test_the_import_freezes_what_freezing_each_agreement_keeps(tmp_path: Path) -> None:
    # The equivalence case: every kind, amendments and projects, parties reused and left.
    run(tmp_path)
    carried = {
        item["uid"]
        for document in json.loads(CASE.read_text(encoding="utf-8"))
        for item in document["agreements"]
        if item.get("versions")
    }
    db = open_database(str(tmp_path / "case.sqlite3"))
    with db.unit_of_work() as uow:
        v, a = AgreementVersionRow, AgreementRow
        query = select(v.agreement_id, v.number, v.frozen_at, v.content, a.uid).join(
            a, a.id == v.agreement_id
        )
        frozen = [row for row in uow.session.execute(query) if row.uid not in carried]
        assert len(frozen) > 5
        kinds = set()
        for agreement_id, number, frozen_at, content, _uid in frozen:
            agreement = get_agreement(uow, agreement_id)
            kinds.add(agreement.kind)
            assert content == frozen_content(agreement, number, frozen_at), agreement_id
        assert AgreementKind.PROJECT in kinds  # (amendments: the reader's test above)
    db.close()
