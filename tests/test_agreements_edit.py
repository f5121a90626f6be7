"""Agreement editing rules and the renewal workflow."""

from __future__ import annotations

from datetime import date

import pytest

from consularapp import agreements as ag
from consularapp.agreements import AgreementInput, Status
from consularapp.errors import InputError, InUseError

TODAY = date(2026, 11, 21)


@pytest.fixture
def demo_db(demo_db_at):
    return demo_db_at(TODAY)


def _valid(**kw) -> AgreementInput:
    base = dict(id="NEW-1", kind="Letter of Arrangement", state="signed",
                office_ids=["NLRB-R13"], consulate_ids=["MX-CHICAGO"],
                signed_on=date(2026, 1, 10), term_months=36)
    base.update(kw)
    return AgreementInput(**base)


def test_saves_a_valid_agreement_with_several_parties(demo_db) -> None:
    change = ag.save_agreement(demo_db, _valid(office_ids=["NLRB-R13", "NLRB-R25"],
                                               consulate_ids=["MX-CHICAGO", "GT-CHICAGO"]))
    assert change.created == {"agreement": {"NEW-1"}}
    saved = ag.get_agreement(demo_db, "NEW-1")
    assert saved.office_ids == ["NLRB-R13", "NLRB-R25"]
    assert saved.consulate_ids == ["GT-CHICAGO", "MX-CHICAGO"]


@pytest.mark.parametrize(
    ("changes", "where", "code"),
    [
        (dict(expires_on=date(2025, 1, 1), term_months=None), "Expires on",
         "agreement.expires_before_start"),
        (dict(expires_on=date(2029, 1, 11)), "Expires on", "agreement.expiry_disagrees_with_term"),
        (dict(signed_on=None), "Signed on", "agreement.signed_without_date"),
        (dict(office_ids=[], consulate_ids=[]), "Offices", "agreement.no_office"),
        (dict(consulate_ids=["MX-ATLANTIS"]), "Consulates", "agreement.unknown_consulate"),
        (dict(state="terminated"), "Terminated on", "agreement.terminated_without_date"),
        (dict(state="terminated", signed_on=None), "Signed on",
         "agreement.terminated_without_signing"),
        (dict(terminated_on=date(2026, 3, 1)), "Terminated on",
         "agreement.termination_date_not_terminated"),
        (dict(term_months=0), "Term months", "field.out_of_range"),
        (dict(renews_id="NEW-1"), "Renews", "agreement.renews_itself"),
        (dict(us_signatory_id="P-NOBODY"), "US signatory", "agreement.unknown_signatory"),
        (dict(kind="Treaty"), "Kind", "choice.unknown"),
        (dict(document="https://example.org/loa\n2021.pdf"), "Document",
         "link.unusable_character"),
        (dict(signed_on=date(9999, 6, 1), term_months=36), "Signed on", "date.out_of_range"),
    ],
)
def test_editor_rules_explain_what_is_wrong(demo_db, changes, where, code) -> None:
    with pytest.raises(InputError) as caught:
        ag.save_agreement(demo_db, _valid(**changes))
    problems = [p for p in caught.value.problems if p.where == where]
    assert [p.code for p in problems][:1] == [code], caught.value.problems
    assert problems[0].message  # a sentence, besides the code


def test_term_and_expiry_that_agree_are_accepted(demo_db) -> None:
    ag.save_agreement(demo_db, _valid(signed_on=date(2024, 2, 29), expires_on=date(2027, 2, 28)))
    assert ag.get_agreement(demo_db, "NEW-1").expires_on == date(2027, 2, 28)


def test_renewal_cycle_is_refused(demo_db) -> None:
    old = ag.get_agreement(demo_db, "WHD-CHI-MX-2020")
    old.renews_id = "WHD-CHI-MX-2023"
    with pytest.raises(InputError) as caught:
        ag.save_agreement(demo_db, old, "WHD-CHI-MX-2020")
    assert [p.code for p in caught.value.problems] == ["agreement.renewal_loop"]


def test_renew_proposes_current_signatories_and_keeps_parties(demo_db) -> None:
    change, new_id = ag.renew(demo_db, "OSHA-PHX-ALLIANCE-2024", today=TODAY)
    assert new_id == "OSHA-PHX-ALLIANCE-2026"
    assert change.created == {"agreement": {new_id}}
    draft = ag.get_agreement(demo_db, new_id)
    assert draft.state == "draft" and draft.renews_id == "OSHA-PHX-ALLIANCE-2024"
    assert draft.signed_on is None and draft.effective_on is None and draft.expires_on is None
    assert draft.term_months == 24 and draft.kind == "Arrangement Establishing an Alliance"
    assert len(draft.consulate_ids) == 5
    # The consul general who signed left; the current one is proposed.
    assert draft.consular_signatory_id == "P-PATRICIA-MORA"
    assert draft.us_signatory_id == "P-SUSAN-PARK"
    by_id = {a.id: a for a in ag.compute_statuses(demo_db, TODAY)}
    assert by_id["OSHA-PHX-ALLIANCE-2024"].renewed_by == new_id
    assert by_id["OSHA-PHX-ALLIANCE-2024"].status is Status.EXPIRING  # a draft supersedes nothing


def test_signing_the_renewal_supersedes_and_history_is_chained(demo_db) -> None:
    _, new_id = ag.renew(demo_db, "WHD-CHI-MX-2023", today=TODAY)
    draft = ag.get_agreement(demo_db, new_id)
    draft.state, draft.signed_on = "signed", date(2026, 12, 1)
    ag.save_agreement(demo_db, draft, new_id)
    by_id = {a.id: a for a in ag.compute_statuses(demo_db, date(2026, 12, 2))}
    assert by_id["WHD-CHI-MX-2023"].status is Status.SUPERSEDED
    assert by_id[new_id].status is Status.ACTIVE
    assert by_id[new_id].expires_on == date(2029, 12, 1)
    assert ag.renewal_chain(demo_db, "WHD-CHI-MX-2023") == [
        "WHD-CHI-MX-2020", "WHD-CHI-MX-2023", new_id]


def test_renewal_id_is_fresh(demo_db) -> None:
    _, first = ag.renew(demo_db, "WHD-LA-MX-2021", today=TODAY)
    _, second = ag.renew(demo_db, "WHD-LA-MX-2021", today=TODAY)
    assert first == "WHD-LA-MX-2026" and second != first
    with pytest.raises(InputError, match="already used"):
        ag.renew(demo_db, "WHD-LA-MX-2021", new_id=first)


def test_delete_keeps_history_intact(demo_db) -> None:
    with pytest.raises(InUseError, match="renewed by"):
        ag.delete_agreement(demo_db, "WHD-CHI-MX-2020")
    change = ag.delete_agreement(demo_db, "WHD-HNL-PH-DRAFT")
    assert change.deleted == {"agreement": {"WHD-HNL-PH-DRAFT"}}


def test_renewal_proposal_is_what_renew_creates(demo_db) -> None:
    assert ag.renewal_proposal(demo_db, "OSHA-PHX-ALLIANCE-2024", TODAY) == (
        "P-SUSAN-PARK", "P-PATRICIA-MORA")
