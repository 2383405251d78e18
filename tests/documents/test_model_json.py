"""The document model survives JSON exactly (documents/model_json.py): frozen versions."""

from __future__ import annotations

import json

from bibagreements.documents import model
from bibagreements.documents.model_json import document_from_json, document_to_json
from tests.documents.documents_helpers import build_agreement


def test_a_document_round_trips_through_json_unchanged() -> None:
    document = build_agreement()
    assert {type(b) for b in document.blocks} >= {
        model.Heading,
        model.Paragraph,
        model.BulletList,
        model.Table,
        model.SignatureBlocks,
    }
    text = document_to_json(document)
    again = document_from_json(text)
    assert again == document
    assert document_to_json(again) == text  # stable: the same JSON every time


def test_every_kind_of_block_and_odd_text_survive() -> None:
    document = model.Document(
        title='<b>AT&T</b> ]]> "citat" \t tab',
        short_title="📚 آرام",
        language="sv-SE",
        version_label="2",
        blocks=(
            model.Heading("Rubrik", level=2),
            model.Paragraph("rad ett\nrad två"),
            model.BulletList(("ett", "två")),
            model.Table(("A", "B"), (("1", "2"),), (0.3, 0.7)),
            model.SignatureBlocks((model.SignatureBlock("Region Skåne", "Malmö 2019-11-08"),)),
            model.PageBreak(),
        ),
        draft=True,
        metadata=model.Metadata(author="Region", keywords=("a", "b")),
    )
    assert document_from_json(document_to_json(document)) == document


def test_a_field_missing_from_older_json_takes_its_default() -> None:
    document = model.Document("T", "T", "en", "1", (model.Paragraph("x"),))
    data = json.loads(document_to_json(document))
    del data["draft"]
    del data["metadata"]["creator"]
    again = document_from_json(json.dumps(data))
    assert again.draft is False and again.metadata.creator == "bibagreements"
