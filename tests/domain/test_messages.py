"""The English catalogue: every code's sentence, filled from its parameters, checked at once."""

from __future__ import annotations

import re

import pytest

from bibagreements import errors
from bibagreements.domain.problems import Problem


def test_problems_and_errors_speak_todays_english() -> None:
    problem = Problem("party_twice", "parties", 1, name="Region Skåne")
    assert (problem.field, problem.index, problem.path_text()) == ("parties", 1, "parties[1]")
    assert str(problem) == "parties[1]: Region Skåne is a party twice"
    inner = Problem("empty", "name").within("agreements", 3, "parties", 1, "organisation")
    assert str(inner) == "agreements[3].parties[1].organisation.name: must not be empty"
    assert str(errors.NotFoundError("no_agreement", id=5)) == "no agreement with ID 5"
    draft = errors.ConflictError("not_a_draft", title="A", status="out_for_signature")
    assert str(draft) == (
        "“A” is out for signature: only drafts can be deleted; end or terminate it instead"
    )
    listing = errors.InterchangeError([Problem("schema", message="'x' is required"), inner] * 11)
    assert str(listing).startswith("22 problem(s) in the file: (file): 'x' is required; agree")
    assert str(listing).endswith("; … and 2 more")


def test_a_code_or_its_parameters_mistyped_fail_at_once() -> None:
    with pytest.raises(ValueError, match="no message code 'party_twise' in the catalogue"):
        Problem("party_twise", "parties", 1, name="X")
    with pytest.raises(ValueError, match=re.escape("'party_twice' takes ['name'], not []")):
        Problem("party_twice", "parties", 1)
    with pytest.raises(ValueError, match=re.escape("'no_agreement' takes ['id'], not ['ID']")):
        errors.NotFoundError("no_agreement", ID=5)
    with pytest.raises(ValueError, match="no message code 'no_agreemnt' in the catalogue"):
        errors.NotFoundError("no_agreemnt", id=5)
